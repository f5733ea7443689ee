pass
nonlocal y

while True:
    pass
else
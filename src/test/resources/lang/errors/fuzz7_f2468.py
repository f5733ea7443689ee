wit open("f") as f, open("g") as g:
    data = f.read()

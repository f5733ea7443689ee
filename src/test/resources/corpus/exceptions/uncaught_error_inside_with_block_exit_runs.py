class Guard:
    def __enter__(self):
        print("guard on")
        return self

    def __exit__(self, exc_type, exc, tb):
        print("guard off, saw", exc_type.__name__ if exc_type else None)
        return False

def work(items):
    with Guard():
        return [item.upper() for item in items]

print(work(["a", "b"]))
work(["a", 5])

class X:
    def __lt__(self, o):
        return self < o
sorted([X(), X()])

class X:
    def __hash__(self):
        return hash(self)
{X()}

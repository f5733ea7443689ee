            b)


@deco
class Klass(Base1, Base2, metaclass=Meta, **kw):
    """Doc."""

    x: int

    def __init__(self, *, k
# The interpreter runs `x.name`, `x.name(...)` on a local, and `obj.name += v` as fused steps
# (LOAD_FAST+LOAD_ATTR, LOAD_FAST+LOAD_METHOD, COPY+LOAD_ATTR, SWAP+STORE_ATTR); an error in
# either half must look exactly as if the two instructions had run one by one.
class Box:
    __slots__ = ("n",)

    def __init__(self):
        self.n = 1


class Frozen:
    n = 0

    def __setattr__(self, name, value):
        raise AttributeError(f"{name} is frozen")


def read_missing(b):
    return b.size


def call_missing(b):
    return b.grow(2)


def add_to_missing(b):
    b.count += 1
    return b


def add_to_frozen(f):
    f.n += 1


def unbound_then_attribute(flag):
    if flag:
        b = Box()
    return b.n


def unbound_then_method(flag):
    if flag:
        b = Box()
    return b.bit_length()


def in_loop(items):
    total = 0
    for it in items:
        it.n += 2
        total += it.n
    return total


for fn, arg in ((read_missing, Box()), (call_missing, Box()), (add_to_missing, Box()),
                (add_to_frozen, Frozen()), (unbound_then_attribute, False), (unbound_then_method, False)):
    try:
        fn(arg)
    except (AttributeError, UnboundLocalError) as e:
        print(fn.__name__, type(e).__name__, e)

boxes = [Box() for _ in range(3)]
print(in_loop(boxes), [b.n for b in boxes])
try:
    in_loop([Box(), 5])
except AttributeError as e:
    print("in_loop", e)
add_to_missing(Box())

# One compilation shares each equal constant between all its code objects (CPython's const
# cache): a 1000 or a "hello world" in a function is the object the module uses; computed
# values, other types (1000.0) and separately compiled code (exec) get their own objects.
big = 1000
text = "hello world"
pair = (1, "two")


def make_big():
    return 1000


def make_text():
    return "hello world"


def make_float():
    return 1000.0


def make_pair():
    return (1, "two")


class Holder:
    value = 1000

    def method(self):
        return "hello world"


print(make_big() is big, make_text() is text, Holder.value is big, Holder().method() is text)
print(make_float() is big, make_float() == big, make_pair() == pair, make_pair() is pair)
computed = int("1000")
joined = " ".join(["hello", "world"])
print(computed is big, joined is text, computed == big, joined == text)
namespace = {}
exec("value = 1000", namespace)
print(namespace["value"] == big, (lambda: 1000)() is big, [1000][0] is big)

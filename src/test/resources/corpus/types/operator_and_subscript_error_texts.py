def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: 1 + "a"); t(lambda: "a" - 1); t(lambda: [1] * 1.5); t(lambda: 2 ** "x"); t(lambda: pow(2, 3, "x"))
t(lambda: -"s"); t(lambda: ~[]); t(lambda: +{}); t(lambda: 1 < "a"); t(lambda: [] > {}); t(lambda: None < None)
t(lambda: len(5)); t(lambda: 3 in 5); t(lambda: "a" in 5); t(lambda: iter(None)); five, nothing = 5, None
t(lambda: five[0]); t(lambda: nothing[0])
def a1():
    x = 5
    x += "s"
def a2():
    s = "abc"; s[0] = "x"
def a3():
    tup = (1,); del tup[0]
def a4():
    a, b = 1
def a5():
    d = {}; d[[1]] = 2
def a6():
    x = [1]; x["a"]
def a7():
    s = "abc"; s["a"]
def a8():
    tu = (1, 2); tu[1.0]
def a9():
    d = {}; d()
def a10():
    x = None; x.append(1)
def a11():
    for i in 5: pass
def a12():
    [x for x in None]
def a13():
    x = 1; x -= None
def a14():
    l = [1]; l @= 2
def a15():
    1 // 0
def a16():
    1.5 % 0
def a17():
    divmod(1.0, 0)
def a18():
    int("1" * 5000)
def a19():
    2 ** 10000 * 1.0
def a20():
    import math; math.sqrt(-1)
def a21():
    import math; math.log(0)
def a22():
    "%d" % (1, 2)
def a23():
    "{0}".format()
def a24():
    b"a" + "b"
def a25():
    "a" + b"b"
def a26():
    [1, 2, 3][1:2] = 5
def a27():
    del [1][5]
def a28():
    {}.update(1)
def a29():
    set() + set()
def a30():
    frozenset().add(1)
for f in [a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19, a20, a21, a22, a23, a24, a25, a26, a27, a28, a29, a30]:
    t(f)
class A: pass
def t(x, k):
    try:
        del x[k]
    except TypeError as e:
        print(e)
for x in [5, "abc", (1,), frozenset(), A(), 1.5, None, range(3), b"ab", {1}]:
    t(x, 0)
    t(x, "k")

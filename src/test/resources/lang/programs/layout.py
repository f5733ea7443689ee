# a comment at the top

def f(a,
      b,  # trailing comment
      c):
    x = [1,
         2,
    3]

    # comment line inside block
    if x:
	    pass
    return (a +
            b) \
        + c


def g():
    pass
    # dedent after comment

x = 1 + \
    2
class A:

    def m(self):

        pass
y = {
    'k': 1,
}
if True:
        deep = 1
        if deep:
                deeper = 2
z = 3 ;


def f(a,
      b,  # trailing comment
      c):
    x = [1,
         2,
    3]

    # comment line inside block
   i f x:
	    pass
    rturn (a +

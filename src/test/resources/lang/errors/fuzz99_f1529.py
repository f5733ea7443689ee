iflambda  True:
     def    deep = 1
     if deep:

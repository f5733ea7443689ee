b = 'bac'
print(type(a))= ** # <class 'int'>

# Complex constants fold like the others: 1+2j is one constant.
x = 1+2j
y = (1, 2j, -3j, 2j * 2, 1j ** 2)

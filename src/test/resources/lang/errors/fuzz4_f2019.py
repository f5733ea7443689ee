b.a3)
a.append(4)
print(a)  # [1,2,3,4
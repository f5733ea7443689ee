a=[1,2]
b=a
b.append(3)
a.append(4)
print(a)  # [1,2,3,4]

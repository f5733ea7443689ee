count = 0
for i in range(3)
    count += i

async def work(n):
    return n
async def other():
    pass
work(1)
for i in range(3):
    work(i)
x = work(5)
y = other()
z = other()
z.close()
w = other()
try:
    w.send(None)
except StopIteration:
    pass
print("end")

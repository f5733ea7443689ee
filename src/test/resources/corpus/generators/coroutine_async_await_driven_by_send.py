class Sleep:
    def __init__(self, label):
        self.label = label
    def __await__(self):
        reply = yield f"suspend {self.label}"
        return f"{self.label} woke with {reply}"

async def fetch(name):
    first = await Sleep(name + "-1")
    second = await Sleep(name + "-2")
    return [first, second]

async def main():
    result = await fetch("job")
    return "main done: " + "; ".join(result)

coro = main()
print(type(coro).__name__, coro.__name__)
print(coro.send(None))
print(coro.send("A"))
try:
    coro.send("B")
except StopIteration as e:
    print("StopIteration value:", e.value)

async def simple():
    return 42
c = simple()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
c2 = simple()
try:
    c2.send(1)
except TypeError as e:
    print("TypeError:", e)
c2.close()
async def awaits_bad():
    await 5
try:
    awaits_bad().send(None)
except TypeError as e:
    print("TypeError:", e)

class Yielder:
    def __await__(self):
        yield "tick"
        return "tock"

async def guarded():
    try:
        return await Yielder()
    except ValueError as e:
        return f"handled {e}"

c = guarded()
print(c.send(None))
try:
    c.throw(ValueError("injected"))
except StopIteration as e:
    print("StopIteration:", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

async def twice():
    return "x"
co = twice()
try:
    co.send(None)
except StopIteration:
    pass
try:
    co.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def add(a, b):
    await Yielder()
    return a + b
async def chain():
    total = 0
    for i in range(3):
        total += await add(i, 10)
    return total
print(run(chain()))

# asyncio's Lock (FIFO waiters), Event, Semaphore and Queue (producer/consumer, join/task_done).
import asyncio


async def main():
    lock = asyncio.Lock()
    log = []

    async def worker(n):
        async with lock:
            log.append(f'{n} in')
            await asyncio.sleep(0.001)
            log.append(f'{n} out')

    await asyncio.gather(*(worker(i) for i in range(3)))
    print(log)
    print(lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print('RuntimeError:', e)

    event = asyncio.Event()

    async def waiter(n):
        await event.wait()
        return n

    waiters = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print('set?', event.is_set())
    event.set()
    print(await asyncio.gather(*waiters))

    sem = asyncio.Semaphore(2)
    active = []
    peak = []

    async def limited(n):
        async with sem:
            active.append(n)
            peak.append(len(active))
            await asyncio.sleep(0.001)
            active.remove(n)

    await asyncio.gather(*(limited(i) for i in range(5)))
    print('max concurrent', max(peak))
    bounded = asyncio.BoundedSemaphore(1)
    try:
        bounded.release()
    except ValueError as e:
        print('ValueError:', e)

    queue = asyncio.Queue(maxsize=2)
    consumed = []

    async def producer():
        for i in range(5):
            await queue.put(i)
        await queue.put(None)

    async def consumer():
        while True:
            item = await queue.get()
            queue.task_done()
            if item is None:
                break
            consumed.append(item)

    await asyncio.gather(producer(), consumer())
    await queue.join()
    print(consumed, queue.empty(), queue.qsize(), queue.full())
    try:
        queue.get_nowait()
    except asyncio.QueueEmpty:
        print('QueueEmpty')
    small = asyncio.Queue(1)
    small.put_nowait('a')
    try:
        small.put_nowait('b')
    except asyncio.QueueFull:
        print('QueueFull', small.get_nowait())


asyncio.run(main())

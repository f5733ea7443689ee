# gather returns results in argument order and can cancel a whole group; wait returns
# (done, pending) sets and stops at FIRST_COMPLETED / FIRST_EXCEPTION / ALL_COMPLETED or a timeout.
import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(name)
    return name


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def main():
    print(await asyncio.gather(job('slow', 0.03), job('fast', 0.01)))
    print(await asyncio.gather(job('ok', 0.01), job('bad', 0.01, True), return_exceptions=True))
    try:
        await asyncio.gather(job('ok', 0.01), job('bad', 0.005, True))
    except ValueError as e:
        print('gather raised', repr(e))

    group1 = asyncio.gather(job('a', 0.01), job('b', 0.01))
    group2 = asyncio.gather(job('c', 0.01), job('d', 0.01), job('e', 0.01))
    print('cancel group2:', group2.cancel())
    try:
        await asyncio.gather(group1, group2)
    except asyncio.CancelledError:
        print('outer gather cancelled')
    print(await group1, group2.done(), group2.cancelled())

    tasks = [asyncio.create_task(job(n, d), name=n) for n, d in [('t1', 0.01), ('t2', 0.05), ('t3', 0.1)]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print('FIRST_COMPLETED', names(done), names(pending))
    done, pending = await asyncio.wait(tasks, timeout=0.06)
    print('timeout', names(done), names(pending))
    done, pending = await asyncio.wait(tasks)
    print('ALL_COMPLETED', names(done), names(pending))

    tasks = [asyncio.create_task(job(n, d, f), name=n) for n, d, f in [('x', 0.01, True), ('y', 0.05, False)]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print('FIRST_EXCEPTION', names(done), names(pending))
    await asyncio.wait(pending)

    coros = [job('c1', 0), job('c2', 0)]
    try:
        await asyncio.wait(coros)
    except TypeError as e:
        print(e)
    for c in coros:
        c.close()
    try:
        await asyncio.wait([])
    except ValueError as e:
        print(e)
    print(await asyncio.wait_for(job('quick', 0.01), timeout=1))
    try:
        await asyncio.wait_for(job('late', 1), timeout=0.01)
    except asyncio.TimeoutError as e:
        print('wait_for timed out', type(e).__name__, asyncio.TimeoutError is TimeoutError)
    results = []
    for next_done in asyncio.as_completed([job('3rd', 0.03), job('1st', 0.01), job('2nd', 0.02)]):
        results.append(await next_done)
    print(results)


asyncio.run(main())

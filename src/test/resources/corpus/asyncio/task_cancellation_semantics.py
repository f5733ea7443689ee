# Cancelling tasks: CancelledError is thrown into the coroutine at its await; a coroutine may
# catch it and clean up; cancel() before the first step; cancel messages; cancelled() vs done().
import asyncio


async def sleeper(name, log):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append(name + ' cleaned up')
        raise
    return 'never'


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        return 'swallowed'


async def main():
    log = []
    t = asyncio.create_task(sleeper('t', log), name='sleeper-t')
    await asyncio.sleep(0)
    print(t.get_name(), t.done(), t.cancelled())
    print(t.cancel('enough'), t.cancel())
    try:
        await t
    except asyncio.CancelledError as e:
        print('awaiting raised', type(e).__name__, e.args)
    print(t.done(), t.cancelled(), log)

    early = asyncio.create_task(sleeper('early', log))
    early.cancel()
    await asyncio.sleep(0)
    print('early', early.cancelled(), log)

    s = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    s.cancel()
    print('stubborn result', await s, s.cancelled())

    done_task = asyncio.create_task(asyncio.sleep(0, 'x'))
    await done_task
    print('cancel a done task:', done_task.cancel())

    try:
        done_task.exception()
        t.exception()
    except asyncio.CancelledError:
        print('exception() of a cancelled task raises CancelledError')

    print(issubclass(asyncio.CancelledError, Exception), issubclass(asyncio.CancelledError, BaseException))
    f = asyncio.get_running_loop().create_future()
    f.cancel()
    try:
        f.result()
    except asyncio.CancelledError as e:
        print('future result:', repr(e))


asyncio.run(main())

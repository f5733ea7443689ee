# 练习 / Try it: in what order does the event loop run these callbacks? (chapter 7)
import asyncio


def say(label):
    print(label)


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0.2, say, 'call_later(0.2)')
    loop.call_soon(say, 'call_soon A')
    loop.call_at(loop.time() + 0.1, say, 'call_at(now + 0.1)')
    loop.call_soon(say, 'call_soon B')
    future = loop.create_future()
    future.add_done_callback(lambda f: say('done callback'))
    loop.call_later(0.05, future.set_result, 1)
    print('main before sleep')
    await asyncio.sleep(0.3)
    print('main after sleep')

asyncio.run(main())

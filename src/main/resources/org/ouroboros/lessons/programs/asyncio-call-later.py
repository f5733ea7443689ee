# call_soon, call_later, call_at, call_soon_threadsafe: plain functions (callbacks, not
# coroutines) put on the loop's ready queue or timer heap.
import asyncio
import threading


def callback(label, loop):
    print(label, 'at', round(loop.time() - start))


def stop(loop):
    loop.stop()

loop = asyncio.get_event_loop()
start = loop.time()
loop.call_later(2, callback, 'call_later(2)', loop)
loop.call_later(1, callback, 'call_later(1)', loop)
loop.call_at(start + 3, callback, 'call_at(start + 3)', loop)
loop.call_soon(callback, 'call_soon', loop)
worker = threading.Thread(target=loop.call_soon_threadsafe,
                          args=(callback, 'call_soon_threadsafe', loop))
worker.start()
worker.join()
loop.call_later(3.5, stop, loop)
loop.run_forever()
loop.close()

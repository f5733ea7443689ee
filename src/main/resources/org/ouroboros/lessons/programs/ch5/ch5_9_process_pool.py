# 多进程: CPU-bound work in ProcessPoolExecutor and multiprocessing.Pool (close() then join());
# Manager().Queue() for a pool, Pipe between two processes; processes share no variables.
import multiprocessing
from concurrent.futures import ProcessPoolExecutor, as_completed
from multiprocessing import Manager, Pipe, Pool, Process
import time


def fib(n):
    if n <= 2:
        return 1
    return fib(n - 1) + fib(n - 2)


def producer(queue):
    queue.put("a")
    time.sleep(1)


def consumer(queue):
    time.sleep(1.5)
    data = queue.get()
    print(data)


def pipe_producer(pipe):
    pipe.send("bobby")


def pipe_consumer(pipe):
    print(pipe.recv())


counter = 0


def bump():
    global counter
    counter += 1
    print("child counter", counter)


if __name__ == "__main__":
    with ProcessPoolExecutor(3) as executor:
        all_task = [executor.submit(fib, num) for num in range(15, 20)]
        results = sorted(future.result() for future in as_completed(all_task))
        print(results)

    pool = Pool(multiprocessing.cpu_count())
    result = pool.apply_async(fib, (20,))
    pool.close()
    pool.join()
    print(result.get())

    queue = Manager().Queue(10)
    pool = Pool(2)
    pool.apply_async(producer, args=(queue,))
    pool.apply_async(consumer, args=(queue,))
    pool.close()
    pool.join()

    receive_pipe, send_pipe = Pipe()
    p1 = Process(target=pipe_producer, args=(send_pipe,))
    p2 = Process(target=pipe_consumer, args=(receive_pipe,))
    p1.start()
    p2.start()
    p1.join()
    p2.join()

    p = Process(target=bump)
    p.start()
    p.join()
    print("parent counter", counter, p.exitcode)

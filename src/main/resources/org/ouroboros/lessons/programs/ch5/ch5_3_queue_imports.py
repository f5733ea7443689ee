# Chapter 5, second code block, verbatim: three kinds of queue.
from queue import Queue            # 线程间用
from multiprocessing import Queue  # 进程间用
from multiprocessing import Manager 
Manager().Queue()                  # 进程池用

import queue
import multiprocessing
print(Queue is multiprocessing.Queue, Queue is queue.Queue)
q = Manager().Queue()
q.put("x")
print(q.get(), q.empty())

from queue import Queue            # 线程间用
from multiprocessing import Queue  # 进程间用
from multiprocessing import Manager 
Manager().Queue()                  # 进程池用


from multiprocessing rt Queue  # 进程间用
from multiprocessing impo    rt Manager 
Manager().Queue()                 # 进程池用



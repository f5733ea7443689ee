# Chapter 5, first code block, verbatim in context: the seed calls setDaemon(True) after
# start(), although its own comment says it must come before start(). CPython 3.11 warns that
# setDaemon() is deprecated, then refuses: the thread is already active.
import threading
import time


def work():
    time.sleep(0.2)
    print("worker done")


thread = threading.Thread(target=work)
thread.start()  # 开启线程
thread.setDaemon(True)  # 设置守护线程，主线程运行完毕后kill掉当前线程，需要在start()前调用
thread.join()  # 设置线程等待，主线程等待当前线程执行完毕之后再退出

# Chapter 5, first code block in the order its comments ask for: daemon before start(); join()
# makes the main thread wait. A daemon thread that is not joined dies with the program.
import threading
import time


def get_detail_html(url):
    print("get detail html started")
    time.sleep(2)
    print("get detail html end")


def get_detail_url(url):
    print("get detail url started")
    time.sleep(4)
    print("get detail url end")


thread1 = threading.Thread(target=get_detail_html, args=("",))
thread2 = threading.Thread(target=get_detail_url, args=("",))
thread2.daemon = True
start_time = time.time()
thread1.start()
thread2.start()
thread1.join()
print("last time: {:.1f}".format(time.time() - start_time))
print(thread1.is_alive(), thread2.is_alive(), thread2.daemon)

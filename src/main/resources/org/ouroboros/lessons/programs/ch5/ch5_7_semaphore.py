# golden: unordered (threads woken at the same moment print in either order on CPython)
# Semaphore limits how many threads enter at once (built on a Condition); it is acquired in one
# thread and released in another, so it is passed to the worker as an argument.
import threading
import time


class HtmlSpider(threading.Thread):
    def __init__(self, url, sem):
        super().__init__()
        self.url = url
        self.sem = sem

    def run(self):
        time.sleep(2)
        print("got html text success {}".format(self.url))
        self.sem.release()


class UrlProducer(threading.Thread):
    def __init__(self, sem):
        super().__init__()
        self.sem = sem

    def run(self):
        for i in range(9):
            self.sem.acquire()
            html_thread = HtmlSpider("https://baidu.com/{}".format(i), self.sem)
            html_thread.start()


if __name__ == "__main__":
    sem = threading.Semaphore(3)
    start = time.time()
    url_producer = UrlProducer(sem)
    url_producer.start()
    url_producer.join()
    for t in threading.enumerate():
        if t is not threading.main_thread():
            t.join()
    print("last time: {:.1f}".format(time.time() - start))
    b = threading.BoundedSemaphore(1)
    try:
        b.release()
    except ValueError as e:
        print(e)

# golden: unordered (threads woken at the same moment print in either order on CPython)
# Threads talking through a queue.Queue (thread-safe): the producer fills it, the consumer
# blocks in get() until an item arrives; task_done()/join() wait for all work.
import threading
import time
from queue import Queue


def get_detail_url(queue):
    for i in range(4):
        time.sleep(0.5)
        queue.put("http://projectsedu.com/{id}".format(id=i))
        print("put url {}".format(i))


def get_detail_html(queue):
    while True:
        url = queue.get()
        print("get detail html of {}".format(url))
        time.sleep(1)
        queue.task_done()


detail_url_queue = Queue(maxsize=1000)
producer = threading.Thread(target=get_detail_url, args=(detail_url_queue,))
producer.start()
for i in range(2):
    html_thread = threading.Thread(target=get_detail_html, args=(detail_url_queue,), daemon=True)
    html_thread.start()
start_time = time.time()
producer.join()
detail_url_queue.join()
print("last time: {:.1f}".format(time.time() - start_time))

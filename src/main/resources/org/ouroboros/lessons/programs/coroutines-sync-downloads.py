# 同步 + 阻塞: each download suspends the thread until its I/O is done, so three downloads of
# one second take three seconds. (time.sleep stands in for waiting on the network.)
import time


def download(url):
    time.sleep(1)  # 阻塞: the calling thread is suspended here
    return 'page of ' + url

start = time.time()
for url in ('http://www.baidu.com', 'http://book/1', 'http://book/2'):
    print(download(url))
print('one after another:', round(time.time() - start), 's')

thread.start()  # 开启线程
thread.setDaemon(True)  # 设置守护线程，主线程运行完毕后kill掉当前线程，需要在start()前调用
thread.join()  # 设置线程等待，主线程等待当前线程执行完毕之后再退出

Manager().Queue() def                  # 进程池用



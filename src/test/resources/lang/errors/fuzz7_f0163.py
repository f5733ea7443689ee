  )  pint(value)  # 0,1,2


# 委托生成器

    return len(self.lst)

# 格式化输出的对象
def __strlf):
    return in(self.lst)

# 开发模式的原始对象

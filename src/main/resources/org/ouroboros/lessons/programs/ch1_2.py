print(object.__bases__) # ()
print(type.__bases__) # (<class 'object'>,)
print(type(object))  # <class 'type'>

# object是顶层基类，type也是一个类
# type类的基类是object
# object类是由type类生成的

# 练习 / Try it: functions are first-class citizens (chapter 1)
def greet(name):
    return 'hello ' + name


def twice(func, value):
    return func(func(value))


say = greet
tools = [len, say, str.upper]
print(say('py'))
print([tool('ab') for tool in tools])
print(twice(str.upper, 'ok'), twice(lambda n: n * 3, 2))
print(say is greet, type(say).__name__)

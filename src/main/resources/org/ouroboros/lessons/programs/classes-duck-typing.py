# 鸭子类型：list.extend 接受任何可迭代对象
# Duck typing: list.extend takes any iterable
a = [1, 2]
b = [3, 4]
name_tuple = (5, 6)
name_set = {7}
a.extend(b)
a.extend(name_tuple)
a.extend(name_set)
print(a)  # [1, 2, 3, 4, 5, 6, 7]


class Cat:
    def say(self):
        print('i am a cat')


class Dog:
    def say(self):
        print('i am a dog')


class Duck:
    def say(self):
        print('i am a duck')


# 不同的类实现同名方法，就可以当成相同的对象来用
# Different classes with a method of the same name can be used alike
for animal_type in [Cat, Dog, Duck]:
    animal_type().say()

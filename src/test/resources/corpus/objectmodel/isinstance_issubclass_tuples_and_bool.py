class Animal: pass
class Dog(Animal): pass
class Cat(Animal): pass
d = Dog()
print(isinstance(d, Dog), isinstance(d, Animal), isinstance(d, Cat), isinstance(d, object))
print(isinstance(d, (Cat, Animal)), isinstance(d, (Cat, (int, Dog))))
print(issubclass(Dog, Animal), issubclass(Dog, (Cat, str)), issubclass(Dog, Dog))
print(isinstance(True, int), issubclass(bool, int), isinstance(1, bool))
print(isinstance(3.0, (int, float)), isinstance("s", str))
try:
    isinstance(d, "Dog")
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(d, Animal)
except TypeError as e:
    print("TypeError:", e)
print(Dog.__subclasses__(), Animal.__subclasses__())

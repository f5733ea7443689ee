# Changing an instance's __class__ mid-loop: the next lookup at the same site uses the new class.
class Cat:
    def speak(self):
        return "meow"

    def describe(self):
        return "cat " + self.name


class Dog:
    def speak(self):
        return "woof"

    def describe(self):
        return "dog " + self.name


pet = Cat()
pet.name = "Rex"
out = []
for i in range(6):
    out.append(pet.speak())
    out.append(pet.describe())
    if i % 2 == 0:
        pet.__class__ = Dog if type(pet) is Cat else Cat
print(out)
print(type(pet).__name__, pet.__dict__)

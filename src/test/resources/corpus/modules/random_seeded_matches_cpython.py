# random seeded with an int, a str or bytes draws exactly CPython's numbers (Mersenne Twister,
# same seeding, same randrange/shuffle/sample/choices algorithms); errors keep CPython's texts.
import random

random.seed(42)
print(random.random(), random.random(), random.randint(1, 6), random.randrange(10), random.randrange(0, 100, 7))
print(random.choice("abcdef"), random.sample(range(100), 5), random.uniform(1, 2), random.getrandbits(70))
deck = list(range(10))
random.shuffle(deck)
print(deck, random.choices("abc", k=5), random.choices([1, 2, 3], weights=[10, 1, 1], k=4))
print(round(random.gauss(0, 1), 12), round(random.gauss(0, 1), 12), random.randint(-10**20, 10**20))
random.seed("hello")
print(random.random(), random.randint(1, 100))
random.seed(b"bytes")
print(random.random())
random.seed(2 ** 100 + 7)
print(random.random(), random.sample("abcdefghij", 3), random.randbytes(4))
r1, r2 = random.Random(7), random.Random(7)
print([r1.randint(1, 9) for _ in range(10)] == [r2.randint(1, 9) for _ in range(10)], random.Random(0).random())
state = r1.getstate()
first = r1.random()
r1.setstate(state)
print(first == r1.random(), isinstance(random.random(), float))
for bad in [lambda: random.choice([]), lambda: random.randrange(0), lambda: random.randrange(5, 2),
            lambda: random.sample([1, 2], 3), lambda: random.randrange(1, 10, 0), lambda: random.sample({1, 2}, 1),
            lambda: random.choices([1, 2], weights=[1], k=2)]:
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)

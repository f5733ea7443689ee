def noisy(n):
    for i in range(n):
        print("produce", i)
        yield i

g = (v * 10 for v in noisy(3))
print("created")
print(next(g))
print(sum(g))
print(sum(x * x for x in range(5)), max(len(w) for w in ["a", "abc"]), any(c == "z" for c in "abz"))
print(list(x for x in range(10) if x % 3 == 0), tuple(c.upper() for c in "ab"))
pipeline = (w.strip() for w in [" a ", "b ", " c"])
lengths = (len(w) for w in pipeline)
print(list(lengths))
print(sorted((n % 3, n) for n in range(6)))
print(", ".join(str(i) for i in range(4)))
nested = ((i, j) for i in range(2) for j in "ab")
print(list(nested))

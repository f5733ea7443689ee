# heapq (a min-heap in a list: heapify/push/pop/replace/pushpop, nlargest/nsmallest, merge) and
# bisect (left/right, lo/hi, key=, insort) as a priority queue and a grade table
import heapq, bisect
h = [5, 1, 8, 3, 2]
heapq.heapify(h); print(h)
heapq.heappush(h, 0); print(h, heapq.heappop(h), h)
print(heapq.nlargest(2, [4, 9, 1, 7]), heapq.nsmallest(2, [4, 9, 1, 7], key=lambda x: -x))
print(heapq.heappushpop(h, 10), heapq.heapreplace(h, -1), h)
print(list(heapq.merge([1, 4, 7], [2, 5, 8])))
tasks = []
for pri, name in [(3, "c"), (1, "a"), (2, "b")]:
    heapq.heappush(tasks, (pri, name))
print([heapq.heappop(tasks)[1] for _ in range(3)])
a = [1, 3, 3, 5, 8]
print(bisect.bisect_left(a, 3), bisect.bisect_right(a, 3), bisect.bisect(a, 4))
bisect.insort(a, 4); print(a)
bisect.insort_left(a, 3); print(a)
print(bisect.bisect_left(a, 5, lo=2, hi=4), bisect.bisect([("a", 1), ("c", 3)], ("b", 0)))
print(bisect.bisect_left([{"k": 1}, {"k": 5}], 3, key=lambda d: d["k"]))
def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
try:
    heapq.heappop([])
except IndexError as e:
    print(e)

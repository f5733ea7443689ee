from collections import defaultdict, Counter, namedtuple, OrderedDict, deque
from dataclasses import dataclass, field
from enum import Enum, auto
import json
class Category(Enum):
    FOOD = auto()
    TOOL = auto()
    BOOK = auto()
Item = namedtuple("Item", "name price qty category")
@dataclass(order=True)
class Order:
    total: float
    items: list = field(default_factory=list, compare=False)
    note: str = ""
inv = [Item("apple", 0.5, 100, Category.FOOD), Item("hammer", 12.99, 5, Category.TOOL),
       Item("novel", 8.75, 12, Category.BOOK), Item("bread", 2.25, 30, Category.FOOD)]
by_cat = defaultdict(list)
for it in inv:
    by_cat[it.category].append(it.name)
print(dict(by_cat))
print(Counter(it.category.name for it in inv).most_common())
value = {it.name: round(it.price * it.qty, 2) for it in inv}
print(value, max(value, key=value.get), sorted(value.items(), key=lambda kv: -kv[1])[:2])
orders = [Order(sum(i.price for i in inv[:2]), [i.name for i in inv[:2]]), Order(3.0, ["x"], "rush"), Order(0.5)]
print(sorted(orders), orders[0] > orders[1], Order(1.0) == Order(1.0, ["other"]))
print(json.dumps({"items": [it._asdict() | {"category": it.category.name} for it in inv[:2]]}, indent=2))
print(json.loads('{"a": [1, 2.5, null, true], "b": "\\u00e9"}'))
q = deque(maxlen=3)
for n in range(5):
    q.append(n)
print(q, q.popleft(), q, Category.FOOD, repr(Category.TOOL), Category["BOOK"].value, list(Category))
od = OrderedDict(a=1, b=2); od.move_to_end("a"); print(od, list(od))
print(Item._fields, inv[0]._replace(qty=0), inv[1][1], Item._make(["x", 1, 2, None]))
report = "\n".join(f"{it.name:<8}{it.price:>8.2f}{it.qty:>5}" for it in inv)
print(report)
low = [it.name for it in inv if it.qty < 10]
assert low == ["hammer"], low
restock = {name: 10 for name in low}
print(f"restock: {restock}")
inv[0].qty = 5

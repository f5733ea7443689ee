# json.dumps/loads with CPython's formatting (separators, indent, sort_keys, ensure_ascii, NaN)
# and JSONDecodeError texts; string's constants, capwords and Template.
import json
import string

data = {"name": "Ada", "langs": ["py", "c"], "age": 36, "ok": True, "none": None, "pi": 3.14, "é": "ü😀",
        "nested": {"empty": [], "obj": {}}, 1: "int key", 2.5: "float key", False: "bool key"}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False, sort_keys=False))
print(json.dumps({"b": 1, "a": [1, 2, {"c": None}]}, indent=2, sort_keys=True))
print(json.dumps([1, [2, [3]]], indent="--"), json.dumps({"a": 1}, separators=(",", ":")))
print(json.dumps("line\nbreak\t\"quoted\" \\ \x01"), json.dumps(float("nan")), json.dumps([float("inf"), -1e400]))
print(json.dumps((1, 2)), json.dumps(10 ** 20), json.dumps(1e20), json.dumps(0.1), json.dumps(-0.0))
print(json.dumps({"when": object()}, default=lambda o: "<object>"))
for bad in [lambda: json.dumps({(1, 2): 3}), lambda: json.dumps(object()), lambda: json.dumps(float("nan"), allow_nan=False),
            lambda: json.dumps({1, 2})]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print("ValueError:", e)
text = '{"a": [1, 2.5, -3e2, true, false, null], "b": "x\\u00e9\\ud83d\\ude00\\n", "c": {"d": {}}}'
print(json.loads(text), json.loads("  42 "), json.loads('"s"'), json.loads(b"[1]"), json.loads("NaN"))
print(json.loads('{"a": 1}', object_hook=lambda d: sorted(d.items())), json.loads("1.5", parse_float=str))
for s in ['[1,]', '{"a":1,}', '', '[1 2]', '{"a" 1}', '{a:1}', '"abc', '[1]x', '"a\\qb"', '"\x01"', 'nul', '01',
          '{"a": [1, 2}', '\n\n  [1,\n  oops]']:
    try:
        print(repr(json.loads(s)))
    except json.JSONDecodeError as e:
        print(f"{s!r}: {e} | {e.msg!r} {e.pos} {e.lineno} {e.colno}", isinstance(e, ValueError))
print(json.loads(json.dumps(data)) == {str(k).lower() if not isinstance(k, str) else k: v for k, v in data.items()})

print(string.ascii_letters, string.digits, string.hexdigits, string.punctuation, repr(string.whitespace))
print(string.capwords("hello   wide world"), string.capwords("a-b-c", "-"), len(string.printable))
t = string.Template("$who likes ${what}; $$5 for $who")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="ann"), t.substitute({"who": "x"}, what="y"))
for bad in [lambda: t.substitute(who="tim"), lambda: string.Template("cost: $ 5").substitute()]:
    try:
        bad()
    except (KeyError, ValueError) as e:
        print(type(e).__name__ + ":", e)

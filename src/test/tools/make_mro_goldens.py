#!/usr/bin/env python3
"""Generate random class hierarchies and record CPython 3.11's MRO (or TypeError) for each.

Writes src/test/resources/mro/hierarchies.txt: one JSON object per line,
  {"id": "h0001", "shape": "diamond", "classes": "class A: pass\\n...", "last": "Z",
   "mro": ["Z", ..., "object"]}                      when the last class can be created, or
  {..., "error": "Cannot create a consistent method resolution\\norder (MRO) for bases A, B"}
when creating the last class raises TypeError (the message keeps 3.11's line break).
Every class statement is one line; every class except the last is valid.

The answer is what CPython prints for the probe program that MroCorpusTest also runs in the VM:
all class lines but the last, then
  try:
      <last class line>
  except TypeError as e:
      print("TypeError: " + str(e))
  else:
      print("mro: " + " ".join(c.__name__ for c in LAST.__mro__))
      print("mro() agrees: " + str(LAST.mro() == list(LAST.__mro__)))

Also writes src/test/resources/mro/dag1000.py (a random 1,000-class DAG for the C3 benchmark)
and its stdout golden dag1000.out. Fixed seed: rerunning gives the same files.
"""
import io
import json
import random
import string
import sys
from contextlib import redirect_stdout
from pathlib import Path

OUT_DIR = Path(__file__).resolve().parents[1] / "resources" / "mro"
SEED = 20261126
CASES = 640
NAMES = list(string.ascii_uppercase)


def probe_program(class_lines, last):
    body = class_lines[:-1] + [
        "try:",
        "    " + class_lines[-1],
        "except TypeError as e:",
        '    print("TypeError: " + str(e))',
        "else:",
        f'    print("mro: " + " ".join(c.__name__ for c in {last}.__mro__))',
        f'    print("mro() agrees: " + str({last}.mro() == list({last}.__mro__)))',
    ]
    return "\n".join(body) + "\n"


def run_python(source):
    buffer = io.StringIO()
    with redirect_stdout(buffer):
        exec(compile(source, "<hierarchy>", "exec"), {"__name__": "__main__"})
    return buffer.getvalue()


def class_line(name, bases):
    return f"class {name}({', '.join(bases)}): pass" if bases else f"class {name}: pass"


def creates(lines):
    """True when every class statement runs in CPython."""
    try:
        run_python("\n".join(lines) + "\n")
        return True
    except TypeError:
        return False


def prefix_classes(rng, shape, count):
    """Valid class lines for `count` classes of the given shape, each base chosen among earlier ones."""
    names = NAMES[:count]
    lines = []
    for i, name in enumerate(names):
        for _attempt in range(20):
            bases = choose_bases(rng, shape, names[:i], i)
            candidate = lines + [class_line(name, bases)]
            if creates(candidate):
                lines = candidate
                break
        else:
            lines.append(class_line(name, names[i - 1:i]))
    return lines


def choose_bases(rng, shape, earlier, i):
    if not earlier:
        return ["object"] if rng.random() < 0.1 else []
    if shape == "chain":
        bases = [earlier[-1]]
        if rng.random() < 0.2 and len(earlier) > 2:
            bases.append(rng.choice(earlier[:-1]))
        return bases
    if shape == "fan":
        return [] if rng.random() < 0.7 else [rng.choice(earlier)]
    if shape == "diamond":
        if i % 3 == 0:
            return [earlier[-1]]
        return [earlier[-1 - (i % 2)]] if len(earlier) > 1 else [earlier[-1]]
    k = min(len(earlier), rng.choice([1, 1, 2, 2, 3, 4]))
    bases = rng.sample(earlier, k)
    if rng.random() < 0.7:
        bases.sort(key=lambda n: -NAMES.index(n))
    if rng.random() < 0.05:
        bases.append("object")
    return bases


def last_class_bases(rng, shape, names, target):
    if target == "duplicate":
        pick = rng.sample(names, min(len(names), rng.randint(1, 3)))
        dup = rng.choice(pick)
        bases = pick + [dup]
        rng.shuffle(bases)
        return bases
    if shape == "fan":
        k = rng.randint(min(2, len(names)), len(names))
        bases = rng.sample(names, k)
        if target == "consistent":
            bases.sort(key=lambda n: -NAMES.index(n))
        return bases
    k = rng.randint(1, min(len(names), 5))
    bases = rng.sample(names, k)
    if target == "consistent" and rng.random() < 0.6:
        bases.sort(key=lambda n: -NAMES.index(n))
    if rng.random() < 0.08:
        bases.insert(rng.randint(0, len(bases)), "object")
    return bases


def outcome(lines, last):
    return run_python(probe_program(lines, last))


def make_case(rng, index):
    shape = rng.choice(["random", "random", "diamond", "chain", "fan"])
    size = rng.randint(2, 25)
    target = rng.choices(["consistent", "inconsistent", "duplicate"], weights=[55, 35, 10])[0]
    prefix = prefix_classes(rng, shape, size - 1)
    names = NAMES[:size - 1]
    last = NAMES[size - 1]
    for _attempt in range(60):
        bases = last_class_bases(rng, shape, names, target)
        lines = prefix + [class_line(last, bases)]
        printed = outcome(lines, last)
        is_error = printed.startswith("TypeError: ")
        duplicate = "duplicate base class" in printed
        wanted = {"consistent": not is_error, "duplicate": duplicate,
                  "inconsistent": is_error and not duplicate}[target]
        if wanted:
            break
    case = {"id": f"h{index:04d}", "shape": shape, "classes": "\n".join(lines) + "\n", "last": last}
    if is_error:
        case["error"] = printed[len("TypeError: "):].rstrip("\n")
    else:
        mro_line, agrees = printed.splitlines()
        if agrees != "mro() agrees: True":
            raise AssertionError(f"CPython's mro() disagrees with __mro__ in case {index}")
        case["mro"] = mro_line[len("mro: "):].split(" ")
    return case


def write_hierarchies(rng):
    cases = [make_case(rng, i + 1) for i in range(CASES)]
    with open(OUT_DIR / "hierarchies.txt", "w", encoding="utf-8", newline="\n") as out:
        for case in cases:
            out.write(json.dumps(case, ensure_ascii=False) + "\n")
    errors = [c for c in cases if "error" in c]
    duplicates = [c for c in errors if c["error"].startswith("duplicate base class")]
    print(f"{len(cases)} hierarchies: {len(cases) - len(errors)} consistent, "
          f"{len(errors) - len(duplicates)} inconsistent, {len(duplicates)} duplicate bases")


def write_dag1000(rng):
    """1,000 classes, each with 1-3 bases among earlier classes, all consistent."""
    lines = []
    namespace = {"__name__": "__main__"}
    for i in range(1000):
        name = f"K{i}"
        for _attempt in range(50):
            if i == 0:
                bases = []
            else:
                window = max(0, i - 60)
                k = min(i, rng.choice([1, 2, 2, 3]))
                picks = rng.sample(range(window, i), min(k, i - window))
                picks.sort(reverse=True)
                bases = [f"K{j}" for j in picks]
            line = class_line(name, bases)
            try:
                exec(line, namespace)
                break
            except TypeError:
                continue
        else:
            line = class_line(name, [f"K{i - 1}"])
            exec(line, namespace)
        lines.append(line)
    lines.append("print(len(K999.__mro__))")
    lines.append('print(" ".join(c.__name__ for c in K999.__mro__))')
    source = "\n".join(lines) + "\n"
    (OUT_DIR / "dag1000.py").write_text(source, encoding="utf-8")
    (OUT_DIR / "dag1000.out").write_text(run_python(source), encoding="utf-8")


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit(f"goldens must come from CPython 3.11, this is {sys.version.split()[0]}")
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    rng = random.Random(SEED)
    write_hierarchies(rng)
    write_dag1000(rng)


if __name__ == "__main__":
    main()

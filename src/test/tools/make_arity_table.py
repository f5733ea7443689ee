#!/usr/bin/env python3
"""Print how many positional arguments CPython 3.11's builtin methods accept, and the wording of
the TypeError it raises otherwise, as the table in
src/main/resources/org/ouroboros/vm/builtins/method-arity.txt (one line per method):

  <type> <method> <min> <max or *> <style>

style: N "T.m() takes no arguments (k given)", O "T.m() takes exactly one argument (k given)",
C Argument Clinic "m expected at least/at most/exactly ... , got k", P PyArg_ParseTuple
"m() takes at least/at most ... (k given)". Methods whose errors read otherwise are left out.
Usage: python3 src/test/tools/make_arity_table.py > src/main/resources/org/ouroboros/vm/builtins/method-arity.txt
"""
import re

SAMPLES = {"str": "abc", "bytes": b"ab", "bytearray": bytearray(b"ab"), "list": [1], "tuple": (1,),
           "dict": {1: 2}, "set": {1}, "frozenset": frozenset({1}), "int": 1, "float": 1.0}
TRIES = 5
STYLES = [("N", re.compile(r"^\S+\(\) takes no arguments \(\d+ given\)$")),
          ("O", re.compile(r"^\S+\(\) takes exactly one argument \(\d+ given\)$")),
          ("C", re.compile(r"^\S+ expected (at least |at most )?\d+ arguments?, got \d+$")),
          ("P", re.compile(r"^\S+\(\) takes (at least|at most) \d+ arguments? \(\d+ given\)$"))]


def style_of(message):
    for name, pattern in STYLES:
        if pattern.match(message):
            return name
    return None


def main():
    for tname, sample in SAMPLES.items():
        for name in sorted(dir(sample)):
            if name.startswith("_"):
                continue
            method = getattr(sample, name)
            if not callable(method):
                continue
            accepted, styles = [], set()
            for n in range(TRIES):
                try:
                    method(*([object()] * n))
                    accepted.append(n)
                except TypeError as e:
                    style = style_of(str(e))
                    if "positional" in str(e) or "missing required" in str(e):
                        styles.add("?")  # keyword-aware parsing: its texts are the method's own
                    elif style is None:
                        accepted.append(n)  # past the count check: a type error on the argument
                    else:
                        styles.add(style)
                except Exception:
                    accepted.append(n)
            if len(styles) != 1 or not accepted:
                continue
            low, high = min(accepted), max(accepted)
            if accepted != list(range(low, high + 1)):
                continue
            print(tname, name, low, "*" if high == TRIES - 1 else high, styles.pop())


if __name__ == "__main__":
    main()

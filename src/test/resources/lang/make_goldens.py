"""Makes the CPython 3.11 goldens the lang tests compare against. Run from this folder with
python3 3.11 when a program is added: `python3 make_goldens.py`. Outputs are committed.

  programs/*.py, course blocks -> *.tokens   (tokenize module: kind, text, start, end)
                            -> *.ast      (ast.dump with include_attributes=True)
                            -> *.symtable (symtable module: scopes, flags, symbols)
  errors/*.py              -> errors/errors.json (SyntaxError fields and printed text)
"""
import ast, glob, json, os, subprocess, symtable, sys, tokenize, io

assert sys.version_info[:2] == (3, 11), "goldens must come from CPython 3.11"


def tokens(src):
    out = []
    for tok in tokenize.generate_tokens(io.StringIO(src).readline):
        kind = tokenize.tok_name[tok.type]
        if kind in ("NEWLINE", "NL", "DEDENT", "ENDMARKER") and tok.string in ("", "\n"):
            text = tok.string
        else:
            text = tok.string
        out.append("%s %r %d,%d-%d,%d" % (kind, text, tok.start[0], tok.start[1], tok.end[0], tok.end[1]))
    return "\n".join(out) + "\n"


SCOPE_NAMES = {symtable.LOCAL: "LOCAL", symtable.GLOBAL_EXPLICIT: "GLOBAL_EXPLICIT",
               symtable.GLOBAL_IMPLICIT: "GLOBAL_IMPLICIT", symtable.FREE: "FREE",
               symtable.CELL: "CELL"}


def scope_of(table, name):
    flags = table._table.symbols[name]
    return SCOPE_NAMES[(flags >> symtable.SCOPE_OFF) & symtable.SCOPE_MASK]


def dump_table(table, depth, out):
    pad = "  " * depth
    kind = table.get_type()
    flags = []
    if kind == "function":
        flags.append("nested" if table.is_nested() else "top")
    out.append("%s%s %s line=%d%s" % (pad, kind, table.get_name(), table.get_lineno(),
                                      "".join(" " + f for f in flags if f == "nested")))
    for sym in sorted(table.get_symbols(), key=lambda s: s.get_name()):
        attrs = [scope_of(table, sym.get_name())]
        for attr in ("is_referenced", "is_assigned", "is_parameter", "is_global",
                     "is_declared_global", "is_local", "is_free", "is_imported",
                     "is_annotated", "is_nonlocal"):
            if getattr(sym, attr)():
                attrs.append(attr[3:])
        out.append("%s  %s: %s" % (pad, sym.get_name(), " ".join(attrs)))
    for child in table.get_children():
        dump_table(child, depth + 1, out)


def symtable_dump(src, name):
    out = []
    dump_table(symtable.symtable(src, name, "exec"), 0, out)
    return "\n".join(out) + "\n"


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


# The course's blocks live in the app's resources; their goldens go to ../seed/ (see its README.md).
COURSE = "../../../main/resources/org/ouroboros/lessons/programs/"
for path in sorted(glob.glob("programs/*.py") + glob.glob(COURSE + "ch*_*.py")):
    with open(path, encoding="utf-8", newline="") as f:
        src = f.read()
    base = path[:-3] if path.startswith("programs/") else "../seed/" + os.path.basename(path)[:-3]
    write(base + ".tokens", tokens(src))
    write(base + ".ast", ast.dump(ast.parse(src), include_attributes=True) + "\n")
    write(base + ".symtable", symtable_dump(src, os.path.basename(path)))

errors = {}
for path in sorted(glob.glob("errors/*.py")):
    name = os.path.basename(path)
    with open(path, encoding="utf-8", newline="") as f:
        src = f.read()
    try:
        compile(src, name, "exec")
        raise SystemExit("not an error case: " + path)
    except SyntaxError as e:
        text = e.text
        if text is None:
            lines = src.splitlines(keepends=True)
            text = lines[e.lineno - 1] if 0 < e.lineno <= len(lines) else None
        entry = {"type": type(e).__name__, "msg": e.msg, "lineno": e.lineno, "offset": e.offset,
                 "end_lineno": e.end_lineno, "end_offset": e.end_offset, "text": text}
    # What CPython's own exception printer writes for exactly this error.
    args = (entry["msg"], (name, entry["lineno"], entry["offset"], text,
                           entry["end_lineno"], entry["end_offset"]))
    code = "raise %s(*%r)" % (entry["type"], args)
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=10)
    lines = run.stderr.splitlines(keepends=True)
    start = next(i for i, l in enumerate(lines) if l.startswith('  File "' + name))
    entry["printed"] = "".join(lines[start:])
    errors[name] = entry
if errors:
    write("errors/errors.json", json.dumps(errors, indent=1, ensure_ascii=False, sort_keys=True) + "\n")

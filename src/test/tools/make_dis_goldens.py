#!/usr/bin/env python3
"""Regenerate the --dis goldens: for each src/test/resources/dis/<name>.py, write <name>.dis,
CPython 3.11's `python3 -m dis` listing of it, normalised as DisListingMatchesCPythonTest
normalises the VM's listing (the VM's code has no CACHE entries or PRECALL, so offsets differ):

  - each instruction becomes "OPNAME argrepr", without offset, jump target or numeric argument;
    PRECALL is dropped; a "line N" line marks where the source line changes (not line 0,
    the module RESUME's, which the VM's listing leaves blank);
  - "Disassembly of <code object NAME at 0x..., file "...", line N>:" becomes "code NAME line N";
  - an exception table entry becomes "handler [depth]" (plus " lasti").

Usage:
  python3 src/test/tools/make_dis_goldens.py            # all programs
  python3 src/test/tools/make_dis_goldens.py FILE.py... # only these
"""
import re
import subprocess
import sys
from pathlib import Path

DIS = Path(__file__).resolve().parents[1] / "resources" / "dis"
INSTRUCTION = re.compile(r"^\s*(\d+)?\s+(>>)?\s*\d+ ([A-Z_]+)\s*(\d+)?\s*(\((.*)\))?\s*$")
CODE = re.compile(r"^Disassembly of <code object (\S+) at 0x[0-9a-f]+, file \"[^\"]*\", line (\d+)>:$")
HANDLER = re.compile(r"^\s+\d+ to \d+ -> \d+ \[(\d+)\]( lasti)?$")


def normalise(listing: str) -> str:
    out = []
    for line in listing.splitlines():
        m = CODE.match(line)
        if m:
            out.append(f"code {m.group(1)} line {m.group(2)}")
            continue
        m = HANDLER.match(line)
        if m:
            out.append(f"handler [{m.group(1)}]" + (" lasti" if m.group(2) else ""))
            continue
        m = INSTRUCTION.match(line)
        if not m:
            continue
        if m.group(1) and m.group(1) != "0":
            out.append(f"line {m.group(1)}")
        op = m.group(3)
        if op in ("PRECALL", "CACHE"):
            continue
        arg = m.group(6) or ""
        if arg.startswith("to "):
            arg = ""
        arg = re.sub(r" at 0x[0-9a-f]+, file \"[^\"]*\"", "", arg)
        out.append(f"{op} {arg}".rstrip())
    return "\n".join(out) + "\n"


def main(argv):
    programs = [Path(a).resolve() for a in argv] or sorted(DIS.glob("*.py"))
    for program in programs:
        done = subprocess.run([sys.executable, "-m", "dis", program.name], cwd=program.parent,
                              capture_output=True, text=True, check=True)
        program.with_suffix(".dis").write_text(normalise(done.stdout), encoding="utf-8")
        print(program.name)


if __name__ == "__main__":
    main(sys.argv[1:])

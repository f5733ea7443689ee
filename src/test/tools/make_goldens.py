#!/usr/bin/env python3
"""Regenerate the differential corpus goldens by running CPython 3.11 on every program.

For each src/test/resources/corpus/<topic>/<name>.py, this writes next to it (and for each course
block src/main/resources/org/ouroboros/lessons/programs/<name>.py that already has a
src/test/resources/seed/<name>.exit, it writes in src/test/resources/seed/):
  <name>.out   stdout (always)
  <name>.err   stderr (only when non-empty; a stale one is removed)
  <name>.exit  the exit code, as decimal text and a newline

Each program runs as `python3 <name>.py` with the working directory set to its own folder, so
with PYTHONHASHSEED=0 so any hash-dependent order is fixed. CPython 3.11 makes the main
script's path absolute, so `File "/abs/folder/name.py"` in stderr is rewritten to `File "name.py"`
(the VM runs each program under its bare file name); nothing else is changed. Usage:
  python3 src/test/tools/make_goldens.py            # all programs
  python3 src/test/tools/make_goldens.py --check    # report programs whose goldens are stale
  python3 src/test/tools/make_goldens.py FILE.py... # only these programs (e.g. a new seed block)
"""
import os
import re
import subprocess
import sys
from pathlib import Path

RESOURCES = Path(__file__).resolve().parents[1] / "resources"
CORPUS = RESOURCES / "corpus"
SEED = RESOURCES / "seed"
PROGRAMS = Path(__file__).resolve().parents[2] / "main" / "resources" / "org" / "ouroboros" / "lessons" / "programs"
TIMEOUT_SECONDS = 30
ADDRESS = re.compile(r"0x[0-9a-f]+")


def run_cpython(program: Path):
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONIOENCODING"] = "utf-8"
    env.pop("PYTHONSTARTUP", None)
    env.pop("PYTHONPATH", None)
    done = subprocess.run(
        [sys.executable, "-X", "utf8", program.name],
        cwd=program.parent,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=TIMEOUT_SECONDS,
    )
    stderr = done.stderr.decode("utf-8").replace(f'File "{program.parent}{os.sep}', 'File "')
    return done.stdout.decode("utf-8"), stderr, done.returncode


def golden_base(program: Path) -> Path:
    """A course program's goldens live in the test resources' seed/ folder; the corpus keeps its own."""
    if PROGRAMS in program.parents:
        return SEED / program.relative_to(PROGRAMS)
    return program


def goldens_of(program: Path):
    base = golden_base(program)
    return base.with_suffix(".out"), base.with_suffix(".err"), base.with_suffix(".exit")


def read_or_empty(path: Path) -> str:
    return path.read_text(encoding="utf-8") if path.exists() else ""


def normalize(text: str) -> str:
    """The harness's documented normalisation: object addresses differ from run to run."""
    return ADDRESS.sub("0xADDR", text)


def write_if_changed(path: Path, text: str) -> None:
    """Leaves a golden alone when only object addresses differ, so regenerating causes no churn."""
    if not path.exists() or normalize(read_or_empty(path)) != normalize(text):
        path.write_text(text, encoding="utf-8", newline="")


def write_goldens(program: Path, stdout: str, stderr: str, exit_code: int) -> None:
    out, err, code = goldens_of(program)
    write_if_changed(out, stdout)
    if stderr:
        write_if_changed(err, stderr)
    elif err.exists():
        err.unlink()
    code.write_text(f"{exit_code}\n", encoding="utf-8")


def is_current(program: Path, stdout: str, stderr: str, exit_code: int) -> bool:
    out, err, code = goldens_of(program)
    return (normalize(read_or_empty(out)) == normalize(stdout) and normalize(read_or_empty(err)) == normalize(stderr)
            and read_or_empty(code).strip() == str(exit_code))


def main(argv):
    if sys.version_info[:2] != (3, 11):
        sys.exit(f"goldens must come from CPython 3.11, this is {sys.version.split()[0]}")
    check = "--check" in argv
    named = [Path(a).resolve() for a in argv if a != "--check"]
    programs = named or sorted(CORPUS.rglob("*.py")) + [p for p in sorted(PROGRAMS.glob("ch*_*.py"))
                                                         if goldens_of(p)[2].exists()]
    stale = 0
    for program in programs:
        stdout, stderr, exit_code = run_cpython(program)
        if str(program.parent) in stderr:
            sys.exit(f"{program}: stderr names the absolute folder (a SyntaxWarning?); "
                     "change the program so that CPython prints nothing path-dependent")
        if check:
            if not is_current(program, stdout, stderr, exit_code):
                stale += 1
                print(f"stale: {program.name}")
        else:
            write_goldens(program, stdout, stderr, exit_code)
            print(f"{exit_code}  {program.name}")
    if check:
        print(f"{len(programs) - stale} current, {stale} stale")
        sys.exit(1 if stale else 0)


if __name__ == "__main__":
    main(sys.argv[1:])

#!/usr/bin/env python3
"""Goldens for src/test/resources/aio/*.py: asyncio and socket programs that use the demo internet
or print timings, made by CPython 3.11.

Each program runs as `python3 NAME.py` in its folder with the shim in aio_shim/ on PYTHONPATH:
sitecustomize.py maps every host name to a Python twin of the demo internet (demo_internet.py:
the same pages and per-URL latencies as org.ouroboros.aio.DemoInternet), and the VM's bundled
aiohttp.py stands in for the third-party aiohttp. A first line `# interrupt-after: SECONDS`
sends SIGINT after that long (the VM test calls Vm.interrupt); a death by SIGINT is recorded as
exit code 130, what a shell reports. AioProgramsTest documents how outputs are compared.
Usage: python3 src/test/tools/make_aio_goldens.py [FILE.py ...]
"""
import os
import re
import signal
import subprocess
import sys
import threading
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
PROGRAMS = ROOT / "test" / "resources" / "aio"
AIOHTTP_DIR = ROOT / "main" / "resources" / "org" / "ouroboros" / "vm" / "module" / "asyncio"
INTERRUPT = re.compile(r"#\s*interrupt-after:\s*([0-9.]+)")

sys.path.insert(0, str(HERE / "aio_shim"))
import demo_internet  # noqa: E402


def run(program, port):
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8",
               PYTHONPATH=os.pathsep.join([str(HERE / "aio_shim"), str(AIOHTTP_DIR)]),
               OUROBOROS_DEMO_PORT=str(port))
    first = program.read_text(encoding="utf-8").splitlines()[0]
    match = INTERRUPT.match(first)
    proc = subprocess.Popen([sys.executable, "-X", "utf8", program.name], cwd=program.parent, env=env,
                            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if match:
        threading.Timer(float(match.group(1)), lambda: proc.send_signal(signal.SIGINT)).start()
    out, err = proc.communicate(timeout=60)
    code = 130 if proc.returncode == -signal.SIGINT else proc.returncode
    err = err.decode().replace(f'File "{program.parent}{os.sep}', 'File "')
    return out.decode(), err, code


def main(argv):
    if sys.version_info[:2] != (3, 11):
        sys.exit("goldens must come from CPython 3.11")
    port = demo_internet.start()
    programs = [Path(a).resolve() for a in argv] or sorted(PROGRAMS.glob("*.py"))
    for program in programs:
        out, err, code = run(program, port)
        program.with_suffix(".out").write_text(out, encoding="utf-8")
        e = program.with_suffix(".err")
        if err:
            e.write_text(err, encoding="utf-8")
        elif e.exists():
            e.unlink()
        program.with_suffix(".exit").write_text(f"{code}\n", encoding="utf-8")
        print(code, program.name)


if __name__ == "__main__":
    main(sys.argv[1:])

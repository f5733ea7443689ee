#!/usr/bin/env python3
"""Copy every code block of the course (all 7 chapters) into the app's lesson programs
(src/main/resources/org/ouroboros/lessons/programs/), one program per block.

Usage: python3 src/test/tools/extract_seed.py [/work/shared/seed/000_3e559a1ca3d4307b.txt]
Blocks are named ch<chapter>_<n>.py, n counting the chapter's blocks from 1. Then:
  - run goldens (CPython 3.11 stdout/stderr/exit):  python3 src/test/tools/make_goldens.py src/main/resources/org/ouroboros/lessons/programs/chX_N.py
  - front-end goldens (tokens/ast/symtable):        cd src/test/resources/lang && python3 make_goldens.py
See src/test/resources/seed/README.md.
"""
import re
import sys
from pathlib import Path

SEED_DIR = Path(__file__).resolve().parents[2] / "main" / "resources" / "org" / "ouroboros" / "lessons" / "programs"
CHAPTER_HEADING = re.compile(r"^# (\d+)\.")


def code_blocks(text):
    """Yields (chapter, block text) for each fenced block, tracking chapter headings outside fences."""
    chapter, inside, lines = 0, False, []
    for line in text.splitlines():
        if line.startswith("```"):
            if inside:
                yield chapter, "\n".join(lines) + "\n"
                lines = []
            inside = not inside
        elif inside:
            lines.append(line)
        else:
            heading = CHAPTER_HEADING.match(line)
            if heading:
                chapter = int(heading.group(1))


def main(seed_path):
    SEED_DIR.mkdir(parents=True, exist_ok=True)
    counters = {}
    for chapter, block in code_blocks(Path(seed_path).read_text(encoding="utf-8")):
        if chapter == 0:
            continue
        n = counters.get(chapter, 0) + 1
        counters[chapter] = n
        target = SEED_DIR / f"ch{chapter}_{n}.py"
        target.write_text(block, encoding="utf-8")
        print(target.name)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/work/shared/seed/000_3e559a1ca3d4307b.txt")

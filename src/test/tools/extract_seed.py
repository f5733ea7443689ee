#!/usr/bin/env python3
"""Copy every code block of the course's chapters 1-4, 6 and 7 into corpus/seed/ as a program.

Chapter 7's fourth block (run_in_executor) needs concurrent.futures and its fifth imports the
third-party aiohttp (the VM bundles a shim, CPython has none), so those two go to
src/test/resources/aio/ (AioProgramsTest, goldens by make_aio_goldens.py with the shim).

Usage: python3 src/test/tools/extract_seed.py /work/shared/seed/000_3e559a1ca3d4307b.txt
then run make_goldens.py to give each one its CPython 3.11 goldens.
Blocks are named ch<chapter>_<n>_<what it shows>.py; the names are listed below in order.
"""
import re
import sys
from pathlib import Path

SEED_DIR = Path(__file__).resolve().parents[1] / "resources" / "corpus" / "seed"
AIO_DIR = Path(__file__).resolve().parents[1] / "resources" / "aio"
CHAPTERS = {1, 2, 3, 4, 6, 7}
ELSEWHERE = {(7, 4): AIO_DIR, (7, 5): AIO_DIR}
NAMES = {
    1: ["type_of_values_and_classes", "object_and_type_loop"],
    2: ["magic_methods_getitem_len_str_repr"],
    3: ["names_are_labels_shared_list", "super_follows_mro"],
    4: ["new_then_init", "type_creates_class", "metaclass_keyword"],
    6: ["generator_next_send_stopiteration", "yield_from_delegation", "async_def_await_send_none"],
    7: ["simple_call_as_written", "future_callback_as_written", "cancel_tasks_as_written",
        "run_in_executor_as_written", "lock_aiohttp_as_written"],
}
CHAPTER_HEADING = re.compile(r"^# (\d+)\.")


def code_blocks(text):
    """Yields (chapter, block text) for each fenced block, tracking chapter headings outside fences."""
    chapter, inside, lines = 0, False, []
    for line in text.splitlines():
        if line.startswith("```"):
            if inside:
                yield chapter, "\n".join(lines).strip("\n") + "\n"
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
        if chapter not in CHAPTERS:
            continue
        n = counters.get(chapter, 0)
        counters[chapter] = n + 1
        folder = ELSEWHERE.get((chapter, n + 1), SEED_DIR)
        target = folder / f"ch{chapter}_{n + 1}_{NAMES[chapter][n]}.py"
        target.write_text(block, encoding="utf-8")
        print(target.name)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/work/shared/seed/000_3e559a1ca3d4307b.txt")

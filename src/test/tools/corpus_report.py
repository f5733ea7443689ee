#!/usr/bin/env python3
"""Summarise the corpus tests from surefire's XML reports: passes per topic, then the to-do list.

Usage, after `mvn -B -q -o test -Dtest='org.ouroboros.vm.corpus.*Test'`:
  python3 src/test/tools/corpus_report.py [target/surefire-reports]
Each failing VM program is listed with the first line where its output differs (or the VM's own
failure message), which is the one-line reason to work on.
"""
import re
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

REASON = re.compile(r"(VM (?:stdout|stderr|exit code)[^=]*?)==>")
CASCADE = re.compile(r"already corrupted by ([\w/]+)")
LEAK = "this program leaked state into every later VM"


def outcome(testcase):
    for tag in ("failure", "error"):
        node = testcase.find(tag)
        if node is not None:
            return "fail", node.get("message") or ""
    if testcase.find("skipped") is not None:
        return "skip", ""
    return "pass", ""


def reason_of(message):
    cleaned = re.sub(r"VM \(shared builtin objects were already corrupted by [\w/]+\)", "VM", message)
    found = [r.strip().rstrip(",") for r in REASON.findall(cleaned)]
    text = " | ".join(found) if found else cleaned.strip().splitlines()[0] if cleaned.strip() else "?"
    cascade = CASCADE.search(message)
    if cascade:
        text = f"[runs after {cascade.group(1)} corrupted shared objects] " + text
    if LEAK in message:
        text = "LEAKS STATE into later VMs; " + text
    return text[:320]


def main(folder):
    counts = defaultdict(lambda: {"pass": 0, "fail": 0, "skip": 0})
    todo = []
    for report in sorted(Path(folder).glob("TEST-org.ouroboros.vm.corpus.*.xml")):
        suite = report.stem.rsplit(".", 1)[-1]
        for case in ET.parse(report).getroot().iter("testcase"):
            name = case.get("name")
            result, message = outcome(case)
            if suite == "DifferentialCorpusTest":
                live = name.startswith("cpython ")
                topic = name.removeprefix("cpython ").split("/")[0]
                key = ("golden current (python3) " if live else "VM ") + topic
            else:
                key = suite
            counts[key][result] += 1
            if result == "fail":
                todo.append((name, reason_of(message)))
    for key in sorted(counts):
        c = counts[key]
        print(f"{key:40s} {c['pass']:4d} pass {c['fail']:4d} fail {c['skip']:3d} skipped")
    if todo:
        print("\nFailing:")
        for name, reason in todo:
            print(f"- {name}: {reason}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "target/surefire-reports")

#!/usr/bin/env python3
"""Run the whole rulebook on durable-rules under valgrind memcheck (ENGINE.md, point 6).

    python benchmarks/memcheck.py            # with the python of the venv where beianrules is installed

One Python process (this file, ``--driver``) runs under
``valgrind --tool=memcheck --xml=yes --trace-children=no`` with
``PYTHONMALLOC=malloc`` and checks, with ``engine="durable"``:

- every rule example, built by ``beianrules.examples.example_documents`` as the tests build it
  (the registry from ``other_entity_document``);
- every case of ``tests/cases/*.json`` that is not an input error, with its registry;
- ``base_document(province)`` of the 31 provinces.

The parent then reads valgrind's XML and exits 1 when

- any ``<error>`` has a stack frame whose ``<obj>`` or ``<fn>`` mentions
  ``durable_rules_engine`` (the compiled engine; each one is printed with its
  kind, its stacks' top frames and the input being checked when valgrind
  first reported it);
- the driver failed, crashed (a fatal signal is reported), did not run under
  memcheck, or ran fewer checks than selected;
- a durable report differs from the reference evaluator's report on the same
  input (the driver runs both, in the same process, on the same code): a wrong
  match is as bad as a bad read.

CPython reports unrelated errors of its own; they are counted, not failed on
(which is why valgrind's ``--error-exitcode`` is not used).

Exit status: 0 clean, 1 failure, 2 cannot run (no valgrind, no durable-rules).
Only the standard library is used here, besides beianrules itself.
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CASES_DIR = ROOT / "tests" / "cases"
MARK = "durable_rules_engine"
STARTUP, IMPORTS, SHUTDOWN = "(Python start-up)", "(imports and building the inputs)", "(interpreter shutdown)"
PROVINCES_EXPECTED = 31

# Valgrind makes engine work about 32x slower (ENGINE.md). Above this many
# inputs a deterministic sample is taken, to keep the job under ~6 minutes on a
# 2-core machine; every base document and case is always kept, only rule
# examples are sampled. Measured here: start and imports 12-25 s, then 0.05-0.15 s a check with
# 32 rules, 0.59 s with 80 (2026-12-01: 600 checks took 386 s, over the budget); 400 checks take
# about 4.5 minutes.
DEFAULT_MAX_CHECKS = 400
DEFAULT_TIMEOUT = 15 * 60
SLOW_SECONDS = 5 * 60


# --- the inputs (the same list in the parent and in the driver) ------------

def inputs():
    """Every input, in a fixed order: ``(label, group, document, registry)``."""
    from beianrules.examples import base_document, example_documents
    from beianrules.provinces import PROVINCE_CODES
    from beianrules.rulebook import all_rules

    for rule in all_rules():
        for n, example in enumerate(rule.examples):
            document, registry = example_documents(rule, example)
            yield (f"example {rule.code}-{n}-{'fires' if example.fires else 'silent'}", "example",
                   document, registry)
    for path in sorted(CASES_DIR.glob("*.json")):
        case = json.loads(path.read_text(encoding="utf-8"))
        if case.get("input_error"):
            continue
        yield f"case {case['name']}", "case", case["document"], case.get("registry")
    for province in PROVINCE_CODES:
        yield f"base {province}", "base", base_document(province), None


def select(labels_groups: list[tuple[str, str]], max_checks: int) -> tuple[list[str], str | None]:
    """All labels, or a deterministic sample that keeps every base document and case."""
    labels = [label for label, _ in labels_groups]
    if max_checks <= 0 or len(labels) <= max_checks:
        return labels, None
    kept = {label for label, group in labels_groups if group != "example"}
    examples = [label for label, group in labels_groups if group == "example"]
    room = max(0, max_checks - len(kept))
    ranked = sorted(examples, key=lambda label: hashlib.sha256(label.encode()).hexdigest())
    kept.update(ranked[:room])
    chosen = [label for label in labels if label in kept]
    note = (f"SAMPLED: {len(chosen)} of {len(labels)} inputs (all {len(labels) - len(examples)} base documents "
            f"and cases; {len(chosen) - (len(labels) - len(examples))} of {len(examples)} rule examples, the "
            f"first by sha256 of their label). Run with --max-checks 0 for all of them.")
    return chosen, note


def report_key(report) -> str:
    return json.dumps(report.to_dict(), sort_keys=True, ensure_ascii=False)


def _codes(key: str | None) -> str:
    if key is None:
        return "(no report)"
    try:
        reasons = json.loads(key).get("reasons", [])
        return "[" + ", ".join(f"{r.get('code')}@{','.join(r.get('paths') or [])}" for r in reasons) + "]"
    except (ValueError, AttributeError):
        return key[:200]


# --- the driver (runs under valgrind) ---------------------------------------

def _under_memcheck() -> bool:
    try:
        with open("/proc/self/maps", encoding="utf-8", errors="replace") as maps:
            return any("vgpreload_memcheck" in line for line in maps)
    except OSError:
        return False


def driver(args) -> int:
    """Check the selected inputs on durable; write the result, and a progress line before each check.

    A progress line is ``[label, size of valgrind's XML so far, time]``: valgrind
    writes each error to the XML as it finds it, so an error's offset in the file
    tells which check was running, and the last line tells where a crash happened.
    """
    xml_path = Path(args.xml)
    with open(args.progress, "w", encoding="utf-8", buffering=1) as progress:  # one write per line
        def mark(label: str) -> None:
            progress.write(json.dumps([label, _size(xml_path), time.monotonic()], ensure_ascii=False) + "\n")

        mark(IMPORTS)
        result = {"pid": os.getpid(), "under_memcheck": _under_memcheck(), "checks": 0, "failures": [],
                  "mismatches": [], "finished": False}

        def save():
            Path(args.result).write_text(json.dumps(result, ensure_ascii=False), encoding="utf-8")

        save()
        import durable_rules_engine

        import beianrules
        result["engine_so"] = durable_rules_engine.__file__
        wanted = set(json.loads(Path(args.labels).read_text(encoding="utf-8")))
        for label, _group, document, registry in inputs():
            if label not in wanted:
                continue
            mark(label)
            try:
                durable = report_key(beianrules.check(document, registry=registry, engine="durable"))
                result["checks"] += 1
                # The oracle, in this process, on the same code: a wrong match is as bad as a bad read.
                python = report_key(beianrules.check(document, registry=registry, engine="python"))
                if durable != python:
                    result["mismatches"].append([label, durable, python])
            except Exception as exc:
                result["failures"].append(f"{label}: {exc!r}")
        mark(SHUTDOWN)
    result["finished"] = True
    save()
    return 1 if result["failures"] else 0


def read_progress(path: Path) -> list:
    marks = []
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                marks.append(json.loads(line))
            except ValueError:  # a line cut short by a crash
                break
    return marks


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


# --- reading valgrind's XML -------------------------------------------------

def parse_xml(path: Path):
    """(root, byte offset of each <error>, problem) — tolerant of a file cut short by a crash."""
    data = path.read_bytes()
    problem = None
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        problem = f"valgrind's XML is incomplete ({exc}); read up to the last complete error"
        cut = data.rfind(b"</error>")
        head = data[: cut + len(b"</error>")] if cut >= 0 else data.split(b"<error>")[0]
        try:
            root = ET.fromstring(head + b"\n</valgrindoutput>\n")
        except ET.ParseError as exc2:
            return None, [], f"valgrind's XML cannot be read: {exc2}"
    offsets, start = [], 0
    while (at := data.find(b"<error>", start)) >= 0:
        offsets.append(at)
        start = at + 1
    return root, offsets, problem


def frame_text(frame) -> str:
    fn = frame.findtext("fn") or "???"
    where = ""
    if frame.findtext("file"):
        where = f"{frame.findtext('file')}:{frame.findtext('line') or '?'}"
    elif frame.findtext("obj"):
        where = frame.findtext("obj")
    return f"{fn} ({where})" if where else fn


def touches_engine(frame, engine_so: str | None) -> bool:
    obj = frame.findtext("obj") or ""
    fn = frame.findtext("fn") or ""
    return MARK in obj or MARK in fn or bool(engine_so and obj == engine_so)


def describe_error(error) -> str:
    what = error.findtext("what") or error.findtext("xwhat/text") or ""
    return f"{error.findtext('kind')}: {what}"


def analyse(root, offsets, marks, engine_so):
    counts = {}
    for pair in root.iterfind("errorcounts/pair"):
        counts[pair.findtext("unique")] = int(pair.findtext("count") or 1)
    errors = root.findall("error")
    by_kind = collections.Counter()
    engine_errors, engine_leaks = [], []
    for n, error in enumerate(errors):
        occurrences = counts.get(error.findtext("unique"), 1)
        kind = error.findtext("kind") or "?"
        by_kind[kind] += occurrences
        stacks = error.findall("stack")
        if not any(touches_engine(f, engine_so) for s in stacks for f in s.findall("frame")):
            continue
        offset = offsets[n] if n < len(offsets) else None
        during = STARTUP if offset is not None else "?"
        if offset is not None:
            for label, at, _when in marks:
                if at <= offset:
                    during = label
        details = []  # the stacks and the auxiliary lines between them, in valgrind's order
        for child in error:
            if child.tag == "stack":
                details.append([frame_text(f) for f in child.findall("frame")])
            elif child.tag == "auxwhat":
                details.append(child.text or "")
            elif child.tag == "xauxwhat":
                details.append(child.findtext("text") or "")
        # Blocks still allocated at exit are not memory errors (CPython frees no
        # extension module at exit); they are shown, not failed on.
        (engine_leaks if kind.startswith("Leak_") else engine_errors).append({
            "kind": kind,
            "what": describe_error(error),
            "occurrences": occurrences,
            "during": during,
            "details": details,
        })
    unique = len(errors)
    total = sum(counts.values()) if counts else unique
    return unique, total, by_kind, engine_errors, engine_leaks


def print_errors(errors) -> None:
    for n, error in enumerate(errors, 1):
        print(f"  [{n}] {error['what']} (x{error['occurrences']}); first seen while checking: {error['during']}")
        for item in error["details"]:
            if isinstance(item, str):
                print(f"      {item}")
            else:
                for frame in item[:12]:
                    print(f"        {frame}")


# --- the parent -------------------------------------------------------------

def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--max-checks", type=int, default=DEFAULT_MAX_CHECKS,
                        help=f"sample rule examples deterministically above this many inputs (0: all; "
                             f"default {DEFAULT_MAX_CHECKS})")
    parser.add_argument("--track-origins", action="store_true", help="valgrind --track-origins=yes (slower)")
    parser.add_argument("--timeout", type=int, default=DEFAULT_TIMEOUT, help="seconds before the run is a failure")
    parser.add_argument("--keep", metavar="DIR", help="keep valgrind's XML and logs in DIR")
    parser.add_argument("--driver", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--xml", help=argparse.SUPPRESS)
    parser.add_argument("--result", help=argparse.SUPPRESS)
    parser.add_argument("--labels", help=argparse.SUPPRESS)
    parser.add_argument("--progress", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.driver:
        return driver(args)

    started = time.monotonic()
    valgrind = shutil.which("valgrind")
    if valgrind is None:
        print("memcheck: valgrind is not installed (apt-get install -y valgrind)", file=sys.stderr)
        return 2
    try:
        import durable_rules_engine
        try:
            import beianrules
        except ImportError:  # not installed: use this checkout (the driver gets it through PYTHONPATH)
            sys.path.insert(0, str(ROOT))
            os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
            import beianrules
    except ImportError as exc:
        print(f"memcheck: cannot import the engine with {sys.executable}: {exc}", file=sys.stderr)
        return 2
    with open(sys.executable, "rb") as exe:
        if exe.read(2) == b"#!":
            print(f"memcheck: {sys.executable} is a script (a pyenv shim?), valgrind would not trace "
                  "Python; run with a venv's or a real interpreter", file=sys.stderr)
            return 2
    engine_so = os.path.realpath(durable_rules_engine.__file__)

    # The inputs, listed here to know how many checks the driver must run.
    listing = [(label, group) for label, group, _document, _registry in inputs()]
    groups = collections.Counter(group for _, group in listing)
    problems = [f"duplicate input label: {label}" for label, n in
                collections.Counter(label for label, _ in listing).items() if n > 1]
    if groups["base"] != PROVINCES_EXPECTED:
        problems.append(f"{groups['base']} base documents, expected {PROVINCES_EXPECTED}")
    if not groups["example"] or not groups["case"]:
        problems.append(f"no rule examples or no cases found: {dict(groups)}")
    chosen, note = select(listing, args.max_checks)

    print("== memcheck: durable-rules under valgrind ==")
    print(f"python:  {sys.executable} ({sys.version.split()[0]})")
    print(f"library: {Path(beianrules.__file__).parent}")
    print(f"engine:  {engine_so}")
    print(f"inputs:  {groups['example']} rule examples, {groups['case']} cases (without input errors), "
          f"{groups['base']} base documents")
    if note:
        print(note)

    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="beianrules-memcheck-"))
    work.mkdir(parents=True, exist_ok=True)
    xml_path, result_path = work / "memcheck.xml", work / "driver.json"
    labels_path, log_path, progress_path = work / "labels.json", work / "valgrind.log", work / "progress.jsonl"
    for stale in (xml_path, result_path, progress_path):
        stale.unlink(missing_ok=True)
    labels_path.write_text(json.dumps(chosen, ensure_ascii=False), encoding="utf-8")
    # In XML mode valgrind 3.19 lists "possibly lost" blocks at exit even with --leak-check=no;
    # --show-leak-kinds=none keeps them out (leaks at exit are not what this job looks for).
    command = [valgrind, "--tool=memcheck", "--xml=yes", f"--xml-file={xml_path}", "--trace-children=no",
               "--leak-check=no", "--show-leak-kinds=none", "--num-callers=30", f"--log-file={log_path}"]
    if args.track_origins:
        command.append("--track-origins=yes")
    command += [sys.executable, str(Path(__file__).resolve()), "--driver", "--xml", str(xml_path),
                "--result", str(result_path), "--labels", str(labels_path), "--progress", str(progress_path)]
    env = {**os.environ, "PYTHONMALLOC": "malloc", "PYTHONHASHSEED": "0", "PYTHONDONTWRITEBYTECODE": "1"}
    env.pop("PYTHONDEVMODE", None)
    print(f"running {len(chosen)} checks under valgrind ...", flush=True)
    t0 = time.monotonic()
    try:
        child = subprocess.run(command, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, timeout=args.timeout)
        returncode, output = child.returncode, child.stdout.decode("utf-8", "replace")
    except subprocess.TimeoutExpired as exc:
        returncode, output = None, (exc.stdout or b"").decode("utf-8", "replace")
        problems.append(f"the valgrind run took more than {args.timeout} s and was stopped")
    valgrind_seconds = time.monotonic() - t0

    result = {}
    if result_path.exists():
        try:
            result = json.loads(result_path.read_text(encoding="utf-8"))
        except ValueError:
            problems.append("the driver's result file is unreadable")
    else:
        problems.append("the driver wrote no result (it did not start?)")
    if returncode not in (0, None):
        problems.append(f"the driver exited with status {returncode}")
    for failure in result.get("failures", []):
        problems.append(f"check failed: {failure}")
    if result and not result.get("under_memcheck"):
        problems.append("the driver was not running under memcheck (no vgpreload_memcheck in its maps)")
    marks = read_progress(progress_path)
    if result and not result.get("finished"):
        last = marks[-1][0] if marks else STARTUP
        problems.append(f"the driver did not finish; it stopped while in: {last}")
    checks = result.get("checks", 0)
    if checks < len(chosen):
        problems.append(f"{checks} checks ran, {len(chosen)} expected")
    mismatched = result.get("mismatches", [])
    for label, durable, python in mismatched:
        problems.append(f"durable's report differs from the reference evaluator's: {label}: "
                        f"durable {_codes(durable)}, python {_codes(python)}")

    unique = total = 0
    by_kind: collections.Counter = collections.Counter()
    engine_errors, engine_leaks = [], []
    fatal = None
    if xml_path.exists() and xml_path.stat().st_size:
        root, offsets, xml_problem = parse_xml(xml_path)
        if xml_problem:
            problems.append(xml_problem)
        if root is not None:
            pid = root.findtext("pid")
            if result.get("pid") is not None and pid != str(result["pid"]):
                problems.append(f"valgrind's XML is for pid {pid}, the driver was pid {result['pid']}")
            unique, total, by_kind, engine_errors, engine_leaks = analyse(root, offsets, marks, engine_so)
            signal = root.find("fatal_signal")
            if signal is not None:
                fatal = f"{signal.findtext('signame')} in " + ", ".join(
                    frame_text(f) for f in signal.findall("stack/frame")[:6])
                problems.append(f"the driver died: {fatal}")
    else:
        problems.append("valgrind wrote no XML")

    print(f"checks run:              {checks} of {len(chosen)} selected ({len(listing)} inputs in all)")
    if len(marks) >= 3 and marks[-1][0] == SHUTDOWN:
        first, last = marks[1][2], marks[-1][2]
        print(f"valgrind run:            {valgrind_seconds:.0f} s (imports and inputs {first - marks[0][2]:.0f} s, "
              f"checks {last - first:.0f} s, {(last - first) / max(1, len(marks) - 2):.2f} s a check)")
    else:
        print(f"valgrind run:            {valgrind_seconds:.0f} s")
    if valgrind_seconds > SLOW_SECONDS:
        print(f"WARNING: over the {SLOW_SECONDS // 60}-minute budget of this job: lower --max-checks "
              f"(now {args.max_checks}) or DEFAULT_MAX_CHECKS")
    print(f"valgrind errors (all):   {total} ({unique} unique)"
          + (": " + ", ".join(f"{k} {v}" for k, v in sorted(by_kind.items())) if by_kind else ""))
    print(f"errors in {MARK}: {len(engine_errors)} unique, "
          f"{sum(e['occurrences'] for e in engine_errors)} in all")
    print_errors(engine_errors)
    if engine_leaks:
        print(f"leak records through {MARK} (blocks left at exit; not failed on): {len(engine_leaks)}")
        print_errors(engine_leaks)
    if engine_errors:
        problems.append(f"{len(engine_errors)} memcheck error(s) pass through {MARK}")
    if mismatched:
        print(f"reports differing from the reference evaluator: {len(mismatched)}")
    if problems or returncode not in (0, None):
        tail = "\n".join(output.splitlines()[-30:])
        if tail:
            print("--- driver output (last lines) ---\n" + tail)
        if log_path.exists():
            print("--- valgrind log (last lines) ---\n" + "\n".join(
                log_path.read_text(encoding="utf-8", errors="replace").splitlines()[-15:]))
    if args.keep:
        print(f"kept: {work}")
    else:
        shutil.rmtree(work, ignore_errors=True)
    print(f"total time:              {time.monotonic() - started:.0f} s")
    if problems:
        print("MEMCHECK FAILED:")
        for problem in problems:
            print(f"  - {problem}")
        return 1
    print("MEMCHECK OK: no error passes through durable_rules_engine" + (" (sampled)" if note else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())

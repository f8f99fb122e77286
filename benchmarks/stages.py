"""Where a check's time goes, stage by stage, without a profiler.

cProfile doubles the cost of a check made of many small calls and so misstates the shares; this times each
stage of the pipeline (document → model → facts → engine → reasons) with a clock around the stage's function
only, over distinct synthetic filings (beianrules.synthetic), after a warm-up:

    .venv/bin/python benchmarks/stages.py 5000            # check() of each filing, no registry
    .venv/bin/python benchmarks/stages.py 5000 --audit    # a one-process audit of the book

and the time of each fact module within the facts stage. In an audit the stages are phase two's (phase one reads
each document's keys from its JSON), but reading also counts the documents of the conflict index, read once more
to make it. The clocks add about a microsecond a stage; the mean a filing is given without them, from a pass
over other filings before the clocks are set. Timings on a shared machine vary by a third between runs: compare
stages within one run, and use ``instructions.py`` to compare commits.
"""

from __future__ import annotations

import argparse
import collections
import json
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import beianrules.auditing as auditing
import beianrules.checker as checker
import beianrules.conflicts as conflicts
import beianrules.facts as facts
from beianrules import check
from beianrules.synthetic import synthetic_book

WARM_UP = 1000

spent: collections.Counter[str] = collections.Counter()


def timed(inner: Callable[..., Any], stage: str) -> Callable[..., Any]:
    """``inner``, its time added to ``stage``."""

    def clocked(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return inner(*args, **kwargs)
        finally:
            spent[stage] += time.perf_counter() - start

    return clocked


def clock(owner: Any, name: str, stage: str) -> None:
    """Replace ``owner.name`` by the same function, timed as ``stage``."""
    setattr(owner, name, timed(getattr(owner, name), stage))


class ClockedModule:
    """A fact module whose ``facts`` is timed; it offers the module's ``KINDS`` as the builder list reads them."""

    def __init__(self, module: Any):
        self.KINDS = module.KINDS
        self.facts = timed(module.facts, "facts: " + module.__name__.rsplit(".", 1)[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("n", type=int, help="distinct filings timed")
    parser.add_argument("--warm-up", type=int, default=WARM_UP, help="filings checked first, not timed")
    parser.add_argument("--audit", action="store_true", help="time an audit of the filings, not check() of each")
    parser.add_argument("--agency", type=float, default=0.02)
    args = parser.parse_args()
    lines = [json.dumps(document, ensure_ascii=False)
             for document in synthetic_book(args.warm_up + 2 * args.n, agency_share=args.agency)]
    first, second = args.warm_up, args.warm_up + args.n
    warm, timed_lines, plain_lines = lines[:first], lines[first:second], lines[second:]
    run = audit_run if args.audit else check_run
    run(warm)
    start = time.perf_counter()
    run(plain_lines)
    plain = (time.perf_counter() - start) / args.n
    # An audit reads its documents with auditing's reader (its errors placed on lines), a check with checker's.
    clock(auditing if args.audit else checker, "_read", "read: JSON, structuring, cross-field dates")
    if args.audit:
        clock(conflicts.ConflictIndex, "view", "registry view of the book")
    clock(checker, "build_facts", "facts")
    clock(checker.evaluator, "evaluate", "evaluate")
    clock(checker, "_reason", "reasons, rendered in zh and en")
    facts._MODULES = tuple(ClockedModule(module) for module in facts._MODULES)
    facts._modules_reading.cache_clear()
    run(timed_lines)
    what = "audit in one process, both phases" if args.audit else "check(), no registry"
    print(f"{what}: {plain * 1e6:.0f} µs a filing (mean over {args.n} distinct filings, unclocked)")
    stages = [(stage, seconds) for stage, seconds in spent.items() if not stage.startswith("facts: ")]
    modules = sorted(((stage, seconds) for stage, seconds in spent.items() if stage.startswith("facts: ")),
                     key=lambda item: -item[1])
    for stage, seconds in [*stages, *modules]:
        print(f"  {stage:45} {seconds / args.n * 1e6:7.1f} µs")


def check_run(lines: list[str]) -> None:
    for line in lines:
        check(line, engine="python")


def audit_run(lines: list[str]) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "book.jsonl"
        path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
        for _result in auditing.Audit(auditing.jsonl_source(str(path)), engine="python", jobs=1):
            pass


if __name__ == "__main__":
    main()

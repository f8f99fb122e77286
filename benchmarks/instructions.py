"""Instructions a check costs, counted by valgrind (callgrind), not timed.

On a shared machine a timing varies by a third from run to run, more than most changes to a check gain; an
instruction count is the same run after run. This runs the same script twice under callgrind: once warming
up only, once checking ``--checks`` more distinct filings after the warm-up, and prints the difference per
check (both runs make the same filings, so making them is not counted). Both runs fix ``PYTHONHASHSEED``,
so they execute the same code paths.

    python benchmarks/instructions.py --checks 300 [--engine python|durable]

It takes about a minute a run on a 2-core machine (the import and the geocoder's data dominate). Compare two
commits by running it in a worktree of each (``PYTHONPATH`` set to the worktree).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys

WARM_UP = 300


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--checks", type=int, default=300, help="distinct filings to count the checks of")
    parser.add_argument("--engine", default="python", choices=["python", "durable"])
    parser.add_argument("--agency", type=float, default=0.02)
    parser.add_argument("--inner", type=int, help=argparse.SUPPRESS)  # the checks this run counts
    args = parser.parse_args()
    if args.inner is not None:
        _checks(args.inner, args.checks, args.engine, args.agency)
        return
    if shutil.which("valgrind") is None:
        sys.exit("valgrind is not installed (apt-get install valgrind)")
    warm = _instructions(0, args)
    counted = _instructions(args.checks, args)
    print(f"{args.engine} check(): {(counted - warm) / args.checks:,.0f} instructions a check "
          f"over {args.checks} distinct filings (after {WARM_UP} to warm up)")


def _instructions(checks: int, args: argparse.Namespace) -> int:
    command = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable, __file__,
               "--inner", str(checks), "--checks", str(args.checks), "--engine", args.engine,
               "--agency", str(args.agency)]
    run = subprocess.run(command, capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": "0"})
    found = re.search(r"(?:Collected|I\s+refs):\s*([\d,]+)", run.stderr)
    if run.returncode != 0 or found is None:
        sys.exit(f"the callgrind run failed ({run.returncode}):\n{run.stderr[-2000:]}")
    return int(found.group(1).replace(",", ""))


def _checks(count: int, made: int, engine: str, agency: float) -> None:
    from beianrules import check
    from beianrules.synthetic import synthetic_book

    # Both runs make the same lines, so that the difference is the checks alone.
    lines = [json.dumps(document, ensure_ascii=False) for document in synthetic_book(WARM_UP + made,
                                                                                      agency_share=agency)]
    for line in lines[:WARM_UP + count]:
        check(line, engine=engine)  # type: ignore[arg-type]


if __name__ == "__main__":
    main()

"""Audit benchmark: a synthetic book of distinct filings (beianrules.synthetic), audited in two phases.

    .venv/bin/python benchmarks/audit.py 10000 --agency 0.02 --engine python --jobs 1 2

For each engine: the p50 and p95 of one check() of each of the first --checks lines. For each engine and
job count: filings/s, the phases' seconds, peak RSS (this process and its workers), and the same-run
baseline of json.loads over the same lines (figures compare across machines as ratios).
"""

from __future__ import annotations

import argparse
import json
import resource
import tempfile
import time
from pathlib import Path

from beianrules import check
from beianrules.auditing import Audit, jsonl_source
from beianrules.synthetic import synthetic_book


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("n", type=int)
    parser.add_argument("--agency", type=float, default=0.0, help="share of filings giving the agency's contacts")
    parser.add_argument("--engine", nargs="+", default=["python"])
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--checks", type=int, default=2000,
                        help="how many of the book's lines to time one beianrules.check() each (0: none)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "book.jsonl"
        with path.open("w", encoding="utf-8") as out:
            for document in synthetic_book(args.n, agency_share=args.agency):
                out.write(json.dumps(document, ensure_ascii=False) + "\n")
        lines = path.read_bytes().splitlines()
        start = time.perf_counter()
        for line in lines:
            json.loads(line)
        baseline = (time.perf_counter() - start) / len(lines)
        print(f"{len(lines)} filings, agency share {args.agency:.0%}; json.loads {baseline * 1e6:.1f} µs/line")
        for engine in args.engine:
            if args.checks:
                single_checks(lines[:args.checks], engine)
        for engine in args.engine:
            for jobs in args.jobs:
                start = time.perf_counter()
                run = Audit(jsonl_source(str(path)), engine=engine, jobs=jobs)  # type: ignore[arg-type]
                count = sum(1 for _ in run)
                wall = time.perf_counter() - start
                rss = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                          resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
                per_check = run.timings["check"] / count
                print(f"{engine:7} jobs={jobs}: {count / wall:7.0f} filings/s, {wall:6.1f} s wall "
                      f"(index {run.timings['index']:.1f} s, check {run.timings['check']:.1f} s); "
                      f"phase two {per_check * 1e6:.0f} µs/filing = {per_check / baseline:.0f}× json.loads; "
                      f"peak RSS {rss:.0f} MiB")


def single_checks(lines: list[bytes], engine: str) -> None:
    """One ``beianrules.check()`` of each line's JSON text, without a registry (a portal's check of a new
    order): each line is distinct, so no look-up is answered from a previous check's cache."""
    timings = []
    for line in lines:
        start = time.perf_counter()
        check(line.decode("utf-8"), engine=engine)  # type: ignore[arg-type]
        timings.append(time.perf_counter() - start)
    timings.sort()
    p50, p95 = timings[len(timings) // 2], timings[int(len(timings) * 0.95)]
    print(f"{engine:7} check(): p50 {p50 * 1e6:.0f} µs, p95 {p95 * 1e6:.0f} µs over {len(lines)} distinct lines")


if __name__ == "__main__":
    main()

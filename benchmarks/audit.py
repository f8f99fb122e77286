"""Audit benchmark: a synthetic book of distinct filings (beianrules.synthetic), audited in two phases.

    .venv/bin/python benchmarks/audit.py 10000 --agency 0.02 --engine python --jobs 1 2

For each engine: the p50 and p95 of one check() of each of the first --checks lines. For each engine and
job count: filings/s, the phases' seconds, phase two per filing against the same-run baseline of json.loads
over the book's first lines (figures compare across machines as ratios), and the peak memory: resident (RSS)
of this process and of all its processes together (the workers and the forkserver that starts them), and the
proportional set size (PSS) of them all, which counts the pages they share once.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import resource
import tempfile
import threading
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
        # A sample for the baseline and the single checks: the whole book in memory would weigh on the
        # peak RSS of the audit, which streams it.
        with path.open("rb") as book:
            lines = list(itertools.islice(book, max(20_000, args.checks)))
        start = time.perf_counter()
        for line in lines:
            json.loads(line)
        baseline = (time.perf_counter() - start) / len(lines)
        print(f"{args.n} filings, agency share {args.agency:.0%}; json.loads {baseline * 1e6:.1f} µs/line "
              f"(over the first {len(lines)})")
        for engine in args.engine:
            if args.checks:
                single_checks(lines[:args.checks], engine)
        for engine in args.engine:
            for jobs in args.jobs:
                with RssSampler() as memory:
                    start = time.perf_counter()
                    run = Audit(jsonl_source(str(path)), engine=engine, jobs=jobs)  # type: ignore[arg-type]
                    count = sum(1 for _ in run)
                    wall = time.perf_counter() - start
                per_check = run.timings["check"] / count
                print(f"{engine:7} jobs={jobs}: {count / wall:7.0f} filings/s, {wall:6.1f} s wall "
                      f"(index {run.timings['index']:.1f} s, check {run.timings['check']:.1f} s); "
                      f"phase two {per_check * 1e6:.0f} µs/filing = {per_check / baseline:.0f}× json.loads; "
                      f"peak RSS {memory.peak_total / 2**20:.0f} MiB all processes, "
                      f"{memory.peak_own / 2**20:.0f} MiB this one; "
                      f"peak PSS {memory.peak_proportional / 2**20:.0f} MiB all processes")


class RssSampler:
    """The peak resident memory of this process, and of it with all its descendants together (the audit's
    workers are the forkserver's children, which ``getrusage(RUSAGE_CHILDREN)`` never sees), summed as RSS and
    as PSS, sampled from ``/proc`` every 0.2 s; where there is no ``/proc``, this process's ``ru_maxrss`` only."""

    def __init__(self) -> None:
        self.peak_own = self.peak_total = self.peak_proportional = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def __enter__(self) -> RssSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        if not Path("/proc/self/smaps_rollup").exists():
            self.peak_own = self.peak_total = self.peak_proportional = \
                resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024

    def _sample(self) -> None:
        while not self._stop.wait(0.2):
            sizes = _memory_of_tree(os.getpid())
            if sizes:
                self.peak_own = max(self.peak_own, sizes[0][0])
                self.peak_total = max(self.peak_total, sum(rss for rss, _pss in sizes))
                self.peak_proportional = max(self.peak_proportional, sum(pss for _rss, pss in sizes))


def _memory_of_tree(root: int) -> list[tuple[int, int]]:
    """Resident and proportional bytes (RSS, PSS) of ``root`` (first) and of each of its descendants, from /proc.

    The workers share pages with the forkserver they were forked from (the reference data it loaded): RSS counts
    a shared page in every process holding it, PSS splits it between them, so that the PSS of all processes adds
    up to the memory they take together."""
    parents: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:  # the process ended meanwhile
            continue
        parents[int(stat.parent.name)] = int(fields[1])
    tree, frontier = [root], [root]
    while frontier:
        frontier = [pid for pid, parent in parents.items() if parent in frontier]
        tree += frontier
    sizes = []
    for pid in tree:
        try:
            rollup = Path(f"/proc/{pid}/smaps_rollup").read_text()
        except OSError:
            continue
        found = {line.split(":")[0]: int(line.split()[1]) * 1024 for line in rollup.splitlines()
                 if line.startswith(("Rss:", "Pss:"))}
        if "Rss" in found and "Pss" in found:
            sizes.append((found["Rss"], found["Pss"]))
    return sizes


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

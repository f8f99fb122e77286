#!/usr/bin/env python3
"""Checks per second and latency of each engine, on the example documents.

    python benchmarks/throughput.py            # as many rounds as fit in about 25 s (3 to 100)
    python benchmarks/throughput.py 50         # 50 rounds

The inputs are the base documents of the 31 provinces and every rule example
(built by ``beianrules.examples.example_documents``). Each round checks every
input once with each engine, the engines alternating, after one warm-up round
(which also registers durable's rulesets). Two things are timed per input:

- ``check``: ``beianrules.check(document, registry=...)`` from the document
  dict to the report (validation, facts, rules, reasons);
- ``engine``: the engine's evaluation alone, on facts and rules built once
  (what ENGINE.md's reference figure measures).

Nothing here asserts a speed: this prints numbers to compare over time.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# ENGINE.md: durable-rules on a 15-facts-per-filing rulebook, CPython 3.11.
BUDGET_SECONDS, MIN_ROUNDS, MAX_ROUNDS = 25, 3, 100
REFERENCE = "ENGINE.md reference (durable, 15-facts rulebook): about 6,700 filings/s, p50 142 µs"


def load_inputs():
    """``(label, document, registry)`` for every base document and rule example."""
    from beianrules.examples import base_document, example_documents
    from beianrules.provinces import PROVINCE_CODES
    from beianrules.rulebook import all_rules

    items = [(f"base {p}", base_document(p), None) for p in PROVINCE_CODES]
    for rule in all_rules():
        for n, example in enumerate(rule.examples):
            items.append((f"example {rule.code}-{n}", *example_documents(rule, example)))
    return items


def engine_inputs(items):
    """The (rules, facts) each check hands to its engine, or None where the internals differ."""
    try:
        from beianrules.checker import _as_of, _registry
        from beianrules.convert import structure_filing
        from beianrules.declaration import check_mode
        from beianrules.facts import build_facts
        from beianrules.rulebook import rulebook
    except ImportError as exc:
        print(f"(engine-only timing skipped: {exc})")
        return None
    prepared = []
    try:  # these are the checker's internals: if they changed, time the whole check only
        for _label, document, registry in items:
            filing = structure_filing(document)
            as_of = _as_of(filing, None)
            index = _registry(registry)
            order = filing.order
            mode = check_mode(order.type, order.operation, order.status)
            prepared.append((rulebook(province=order.province, mode=mode, as_of=as_of),
                             build_facts(filing, as_of=as_of, registry=index)))
    except Exception as exc:
        print(f"(engine-only timing skipped: {exc!r})")
        return None
    return prepared


def percentile(sorted_values, fraction):
    if not sorted_values:
        return float("nan")
    index = min(len(sorted_values) - 1, max(0, round(fraction * (len(sorted_values) - 1))))
    return sorted_values[index]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="checks/s and p50/p95 latency per engine")
    parser.add_argument("rounds", nargs="?", type=int, default=None,
                        help=f"rounds over all inputs (default: as many as fit in about {BUDGET_SECONDS} s, "
                             f"{MIN_ROUNDS} to {MAX_ROUNDS})")
    parser.add_argument("--engines", default="durable,python", help="comma-separated (default durable,python)")
    args = parser.parse_args(argv)

    try:
        import beianrules
    except ImportError:  # not installed: use this checkout
        sys.path.insert(0, str(ROOT))
        import beianrules
    from beianrules import engine as durable_engine
    from beianrules import evaluator

    engines = [e.strip() for e in args.engines.split(",") if e.strip()]
    if "durable" in engines and not durable_engine.AVAILABLE:
        print("durable-rules is not installed on this Python: timing the reference evaluator only")
        engines.remove("durable")
    evaluate = {"durable": durable_engine.evaluate, "python": evaluator.evaluate}

    items = load_inputs()
    prepared = engine_inputs(items)
    facts = [len(f) for _r, f in prepared] if prepared else []
    bases = sum(label.startswith("base ") for label, _d, _r in items)
    print(f"python {sys.version.split()[0]}, beianrules {beianrules.__version__}: {len(items)} inputs "
          f"({bases} base documents, {len(items) - bases} rule examples)"
          + (f"; facts per check: median {statistics.median(facts):.0f}, max {max(facts)}" if facts else ""))

    timings = {(e, what): [] for e in engines for what in ("check", "engine")}
    wall = dict.fromkeys(timings, 0.0)
    clock = time.perf_counter
    rounds = args.rounds
    round_ = 0  # round 0 warms up (and registers durable's rulesets) and is not counted
    while rounds is None or round_ <= rounds:
        warm_up_started = clock()
        for engine in engines:
            run = evaluate[engine]
            started = clock()
            samples = []
            for _label, document, registry in items:
                t0 = clock()
                beianrules.check(document, registry=registry, engine=engine)
                samples.append(clock() - t0)
            if round_:
                wall[(engine, "check")] += clock() - started
                timings[(engine, "check")] += samples
            if prepared is None:
                continue
            started = clock()
            samples = []
            for rules, facts_ in prepared:
                t0 = clock()
                run(rules, facts_)
                samples.append(clock() - t0)
            if round_:
                wall[(engine, "engine")] += clock() - started
                timings[(engine, "engine")] += samples
        if rounds is None:
            took = clock() - warm_up_started
            rounds = max(MIN_ROUNDS, min(MAX_ROUNDS, int(BUDGET_SECONDS / max(took, 1e-6))))
            print(f"{rounds} rounds (a round took {took:.2f} s; give a number of rounds to choose)")
        elif not round_:
            print(f"{rounds} rounds")
        round_ += 1

    print()
    print(f"{'engine':8} {'timed':7} {'runs':>7} {'runs/s':>9} {'p50 µs':>9} {'p95 µs':>9} {'max µs':>9}")
    for (engine, what), samples in timings.items():
        if not samples:
            continue
        ordered = sorted(samples)
        print(f"{engine:8} {what:7} {len(samples):7d} {len(samples) / wall[(engine, what)]:9.0f} "
              f"{percentile(ordered, 0.50) * 1e6:9.0f} {percentile(ordered, 0.95) * 1e6:9.0f} "
              f"{ordered[-1] * 1e6:9.0f}")
    if all(timings.get((e, "engine")) for e in ("durable", "python")):
        ratio = statistics.median(timings[("durable", "engine")]) / statistics.median(timings[("python", "engine")])
        print(f"\ndurable / python, engine alone (p50): {ratio:.1f}x")
    print(REFERENCE)
    return 0


if __name__ == "__main__":
    sys.exit(main())

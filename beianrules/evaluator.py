"""The reference evaluator: the condition language run in plain Python.

It is the oracle the durable-rules path is tested against (the same
declarations must give the same findings) and the engine wherever
durable-rules cannot be imported. A condition matches every combination of
distinct facts, one per pattern, that passes each pattern's constant tests and
equality joins. Rules only record findings and derive no new facts, so one pass
is the fixed point.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from beianrules.declaration import Pattern, Ref, Rule
from beianrules.finding import Fact, Finding


def evaluate(rules: Sequence[Rule], facts: Sequence[Fact]) -> list[Finding]:
    by_kind: dict[str, list[Fact]] = {}
    for f in facts:
        by_kind.setdefault(f["kind"], []).append(f)
    found = set()
    for rule in rules:
        for n, condition in enumerate(rule.conditions):
            for bound in _matches(condition.patterns, by_kind, {}):
                found.add(Finding.of(rule.code, n, bound))
    return sorted(found)


def _matches(condition: Sequence[Pattern], by_kind: dict[str, list[Fact]],
             bound: dict[str, Fact]) -> Iterator[dict[str, Fact]]:
    if not condition:
        yield dict(bound)
        return
    pattern, rest = condition[0], condition[1:]
    used = {id(f) for f in bound.values()}
    for candidate in by_kind.get(pattern.kind, ()):
        if id(candidate) in used:
            continue
        if all(_test(candidate, name, expected, bound) for name, expected in pattern.tests):
            bound[pattern.alias] = candidate
            yield from _matches(rest, by_kind, bound)
            del bound[pattern.alias]


_MISSING = object()


def _test(fact: Fact, name: str, expected: Any, bound: dict[str, Fact]) -> bool:
    value = fact.get(name, _MISSING)
    if value is _MISSING:
        return False
    if isinstance(expected, Ref):
        other = bound[expected.alias].get(expected.field, _MISSING)
        return other is not _MISSING and _same(value, other)
    return _same(value, expected)


def _same(a: Any, b: Any) -> bool:
    # JSON equality as durable sees it: True is not 1, and "1" is not 1.
    return type(a) is type(b) and a == b

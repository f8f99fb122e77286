"""The reference evaluator: the condition language run in plain Python.

It is the oracle the durable-rules path is tested against (the same
declarations must give the same findings) and the engine wherever
durable-rules cannot be imported. A condition matches every combination of
distinct facts, one per pattern, that passes each pattern's constant tests and
equality joins. Rules only record findings and derive no new facts, so one pass
is the fixed point.

Each pattern's constant tests are run once per evaluation over the facts of its kind, and the facts that
pass are shared by every pattern with the same kind and constant tests (many rules open on the same
pattern); only the joins are run while combining. The findings are those of testing every pattern against
every fact.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any, NamedTuple

from beianrules.declaration import Pattern, Ref, Rule
from beianrules.finding import Fact, Finding

Selection = tuple[str, tuple[tuple[str, type, Any], ...]]
"""A pattern's kind and constant tests, each with its value's type: ``x=True`` and ``x=1`` select apart."""


class _Step(NamedTuple):
    """One pattern of a condition, compiled: what it selects (a number shared by equal selections), its
    constant tests, and the joins left for combining."""

    alias: str
    kind: str
    selection: int
    constants: tuple[tuple[str, Any], ...]
    joins: tuple[tuple[str, Ref], ...]


_SELECTIONS: dict[Selection, int] = {}

Plan = tuple[tuple[str, int, frozenset[str], tuple[_Step, ...]], ...]
"""Per condition of a rule set: the rule's code, the condition's number, the fact kinds it needs, its steps."""

_PLANS: dict[tuple[int, ...], tuple[Sequence[Rule], Plan]] = {}
"""By the ``id`` of each rule of a rule set (a check's rulebook is one of a few); each entry keeps its rules
alive, so the ids stay their own."""


def _step(pattern: Pattern) -> _Step:
    constants = tuple((name, expected) for name, expected in pattern.tests if not isinstance(expected, Ref))
    joins = tuple((name, expected) for name, expected in pattern.tests if isinstance(expected, Ref))
    selection = (pattern.kind, tuple((name, type(expected), expected) for name, expected in constants))
    return _Step(pattern.alias, pattern.kind, _SELECTIONS.setdefault(selection, len(_SELECTIONS)), constants, joins)


def _plan(rules: Sequence[Rule]) -> Plan:
    key = tuple(id(rule) for rule in rules)
    cached = _PLANS.get(key)
    if cached is None or any(a is not b for a, b in zip(cached[0], rules, strict=True)):
        if len(_PLANS) > 1000:  # rule sets made on the fly (tests, notebooks) must not pile up
            _PLANS.clear()
        plan = tuple((rule.code, n, frozenset(p.kind for p in condition.patterns),
                      tuple(_step(p) for p in condition.patterns))
                     for rule in rules for n, condition in enumerate(rule.conditions))
        cached = _PLANS[key] = (tuple(rules), plan)
    return cached[1]


def evaluate(rules: Sequence[Rule], facts: Sequence[Fact]) -> list[Finding]:
    by_kind: dict[str, list[Fact]] = {}
    for f in facts:
        by_kind.setdefault(f["kind"], []).append(f)
    kinds = frozenset(by_kind)
    selected: dict[int, list[Fact]] = {}

    def candidates(step: _Step) -> list[Fact]:
        found = selected.get(step.selection)
        if found is None:
            found = selected[step.selection] = [f for f in by_kind[step.kind]
                                                if all(_same_value(f, name, value) for name, value in step.constants)]
        return found

    found = set()
    for code, n, needed, steps in _plan(rules):
        if not needed <= kinds:
            continue
        combining = [(step.alias, candidates(step), step.joins) for step in steps]
        if all(facts_of for _alias, facts_of, _joins in combining):
            for bound in _matches(combining, {}):
                found.add(Finding.of(code, n, bound))
    return sorted(found)


def _matches(plan: Sequence[tuple[str, list[Fact], tuple[tuple[str, Ref], ...]]],
             bound: dict[str, Fact]) -> Iterator[dict[str, Fact]]:
    if not plan:
        yield dict(bound)
        return
    (alias, candidates, joins), rest = plan[0], plan[1:]
    used = {id(f) for f in bound.values()}
    for candidate in candidates:
        if id(candidate) in used:
            continue
        if all(_joined(candidate, name, ref, bound) for name, ref in joins):
            bound[alias] = candidate
            yield from _matches(rest, bound)
            del bound[alias]


_MISSING = object()


def _same_value(fact: Fact, name: str, expected: Any) -> bool:
    value = fact.get(name, _MISSING)
    return value is not _MISSING and _same(value, expected)


def _joined(fact: Fact, name: str, ref: Ref, bound: dict[str, Fact]) -> bool:
    value = fact.get(name, _MISSING)
    if value is _MISSING:
        return False
    other = bound[ref.alias].get(ref.field, _MISSING)
    return other is not _MISSING and _same(value, other)


def _same(a: Any, b: Any) -> bool:
    # JSON equality as durable sees it: True is not 1, and "1" is not 1.
    return type(a) is type(b) and a == b

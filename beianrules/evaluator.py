"""The reference evaluator: the condition language run in plain Python.

It is the oracle the durable-rules path is tested against (the same
declarations must give the same findings) and the engine wherever
durable-rules cannot be imported. A condition matches every combination of
distinct facts, one per pattern, that passes each pattern's constant tests and
equality joins. Rules only record findings and derive no new facts, so one pass
is the fixed point.

Each pattern's constant tests are run once per evaluation, on the facts holding the value of its first test
(the facts are indexed by those fields' values once), and the facts that pass are shared by every pattern
with the same kind and constant tests (many rules open on the same pattern). A condition stops at its first
pattern that no fact passes, and only the joins are run while combining. The findings are those of testing
every pattern against every fact.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import repeat
from typing import Any, NamedTuple

from beianrules.declaration import Pattern, Ref, Rule
from beianrules.finding import Fact, Finding

Selection = tuple[str, tuple[tuple[str, type, Any], ...]]
"""A pattern's kind and constant tests, each with its value's type: ``x=True`` and ``x=1`` select apart."""


class _Step(NamedTuple):
    """One pattern of a condition, compiled: what it selects (a number shared by equal selections), the
    names and values of its constant tests, where its candidates are found, and the joins left for combining."""

    alias: str
    kind: str
    selection: int
    names: tuple[str, ...]
    values: tuple[Any, ...]
    entry: Entry | None
    """The facts of its first constant test's kind, field and value (None: no constant test, every fact of
    the kind); the other tests are run on those only."""
    joins: tuple[tuple[str, Ref], ...]


Entry = tuple[tuple[str, str], tuple[type, Any]]
"""((kind, field), (type of the value, value)): the facts holding that value in that field, found by one look-up
in the index of that kind's field."""


Condition = tuple[str, int, frozenset[str], tuple[_Step, ...]]


class _Plan(NamedTuple):
    conditions: tuple[Condition, ...]
    """Per condition of a rule set: the rule's code, the condition's number, the fact kinds it needs, its steps."""
    runnable: dict[frozenset[str], tuple[Condition, ...]]
    """By the set of kinds a check has facts of, the conditions whose kinds are all there (filled as checks
    come: a rule set meets few such sets)."""


_MISSING = object()

_SELECTIONS: dict[Selection, int] = {}

_PLANS: dict[int, tuple[Sequence[Rule], _Plan]] = {}
"""By the ``id`` of a rule set that is a tuple (a check's rulebook is one of a few remembered tuples); each
entry keeps its rules alive, so the ids stay their own."""


def _step(pattern: Pattern) -> _Step:
    constants = tuple((name, expected) for name, expected in pattern.tests if not isinstance(expected, Ref))
    joins = tuple((name, expected) for name, expected in pattern.tests if isinstance(expected, Ref))
    selection = (pattern.kind, tuple((name, type(expected), expected) for name, expected in constants))
    entry = ((pattern.kind, constants[0][0]), (type(constants[0][1]), constants[0][1])) if constants else None
    return _Step(pattern.alias, pattern.kind, _SELECTIONS.setdefault(selection, len(_SELECTIONS)),
                 tuple(name for name, _expected in constants), tuple(expected for _name, expected in constants),
                 entry, joins)


def _plan(rules: Sequence[Rule]) -> _Plan:
    known = _PLANS.get(id(rules)) if isinstance(rules, tuple) else None  # a list may change under one id
    if known is not None and known[0] is rules:
        return known[1]
    conditions = tuple((rule.code, n, frozenset(p.kind for p in condition.patterns),
                        tuple(_step(p) for p in condition.patterns))
                       for rule in rules for n, condition in enumerate(rule.conditions))
    plan = _Plan(conditions, {})
    if isinstance(rules, tuple):
        if len(_PLANS) > 1000:  # rule sets made on the fly (tests, notebooks) must not pile up
            _PLANS.clear()
        _PLANS[id(rules)] = (rules, plan)
    return plan


def evaluate(rules: Sequence[Rule], facts: Sequence[Fact]) -> list[Finding]:
    plan = _plan(rules)
    by_kind: dict[str, list[Fact]] = {}
    for f in facts:
        by_kind.setdefault(f["kind"], []).append(f)
    kinds = frozenset(by_kind)
    # Indexed on first use: most of a rule set's conditions need a kind the check has no fact of.
    indexes: dict[tuple[str, str], dict[tuple[type, Any], list[Fact]]] = {}

    def holding(entry: Entry) -> list[Fact]:
        field, value = entry
        index = indexes.get(field)
        if index is None:
            kind, name = field
            index = indexes[field] = {}
            for f in by_kind[kind]:
                held = f.get(name, _MISSING)
                if held is not _MISSING and not isinstance(held, list):  # a tokens list is never tested
                    index.setdefault((type(held), held), []).append(f)
        return index.get(value, [])

    selected: dict[int, list[Fact]] = {}

    def candidates(step: _Step) -> list[Fact]:
        found = selected.get(step.selection)
        if found is None:
            pool = by_kind[step.kind] if step.entry is None else holding(step.entry)
            found = selected[step.selection] = [f for f in pool if _passes(f, step)] if len(step.names) > 1 \
                else pool
        return found

    runnable = plan.runnable.get(kinds)
    if runnable is None:
        if len(plan.runnable) > 4096:  # kinds sets made on the fly (tests) must not pile up
            plan.runnable.clear()
        runnable = plan.runnable[kinds] = tuple(c for c in plan.conditions if c[2] <= kinds)
    found = set()
    for code, n, _needed, steps in runnable:
        combining = []
        for step in steps:  # a pattern nothing passes ends the condition: later ones need not be selected
            facts_of = candidates(step)
            if not facts_of:
                break
            combining.append((step.alias, facts_of, step.joins))
        else:
            for bound in _matches(combining, {}):
                found.add(Finding.of(code, n, bound))
    return sorted(found)


def _passes(fact: Fact, step: _Step) -> bool:
    """Whether ``fact`` passes every constant test of ``step``: each named field present and equal as JSON
    values are (True is not 1; a missing field equals nothing)."""
    values = tuple(map(fact.get, step.names, repeat(_MISSING)))
    return values == step.values and all(type(a) is type(b) for a, b in zip(values, step.values, strict=True))


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



def _joined(fact: Fact, name: str, ref: Ref, bound: dict[str, Fact]) -> bool:
    value = fact.get(name, _MISSING)
    if value is _MISSING:
        return False
    other = bound[ref.alias].get(ref.field, _MISSING)
    return other is not _MISSING and _same(value, other)


def _same(a: Any, b: Any) -> bool:
    # JSON equality as durable sees it: True is not 1, and "1" is not 1.
    return type(a) is type(b) and a == b

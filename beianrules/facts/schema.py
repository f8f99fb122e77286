"""The fact vocabulary: every fact kind, its fields and their types, declared and checked.

Each fact module declares its kinds as ``KINDS`` (:class:`FactKind`); the
registry of rule declarations refuses a pattern, join, path or evidence that
names a kind or field no module declares, a constant that does not fit the
field's type (a token outside its vocabulary, a string for a flag), and a
message that renders a token with another vocabulary than the field's. Built
facts are checked against the same declarations (:func:`fact_problems`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from beianrules.vocabulary import VOCABULARIES, Vocabulary


@attrs.frozen
class FieldType:
    """What a fact field holds: ``path`` (an input path), ``text``, ``flag``, ``count``, ``date``, ``token``."""

    name: str
    vocabulary: str | None = None
    many: bool = False
    """A list of tokens (``tokens(...)``); never tested in a condition, only shown."""

    def __str__(self) -> str:
        if self.vocabulary:
            return f"{'tokens' if self.many else 'token'}({self.vocabulary})"
        return self.name

    def accepts(self, value: Any) -> bool:
        """Whether a built fact's value fits (None never reaches a fact: absent means unknown)."""
        if self.vocabulary is not None:
            vocabulary = VOCABULARIES[self.vocabulary]
            assert isinstance(vocabulary, Vocabulary)
            values = value if self.many else [value]
            return (isinstance(value, list) if self.many else True) and all(
                isinstance(v, str) and v in vocabulary for v in values)
        if self.name == "flag":
            return isinstance(value, bool)
        if self.name == "count":
            return isinstance(value, int) and not isinstance(value, bool)
        return isinstance(value, str)

    def testable(self) -> bool:
        return not self.many


PATH = FieldType("path")
"""An input path as reports give it (``entity.principal.mobile``)."""
TEXT = FieldType("text")
FLAG = FieldType("flag")
COUNT = FieldType("count")
DATE = FieldType("date")
"""ISO date text, or ``long_term`` for 长期."""
REF = FieldType("ref")
"""Another fact's ``ref`` (a join key assigned by the builders)."""


def token(vocabulary: str) -> FieldType:
    if vocabulary not in VOCABULARIES or not isinstance(VOCABULARIES[vocabulary], Vocabulary):
        raise ValueError(f"no vocabulary {vocabulary!r}")
    return FieldType("token", vocabulary)


def tokens(vocabulary: str) -> FieldType:
    return attrs.evolve(token(vocabulary), many=True)


@attrs.frozen
class FactKind:
    name: str
    meaning: str
    fields: Mapping[str, FieldType]

    def all_fields(self) -> Mapping[str, FieldType]:
        """The declared fields plus ``ref``, which every fact has."""
        return {"ref": REF, **self.fields}


def kinds_by_name(*groups: tuple[FactKind, ...]) -> dict[str, FactKind]:
    declared: dict[str, FactKind] = {}
    for group in groups:
        for kind in group:
            if kind.name in declared:
                raise ValueError(f"fact kind {kind.name} declared twice")
            declared[kind.name] = kind
    return declared


def fact_problems(fact: Mapping[str, Any], kinds: Mapping[str, FactKind]) -> list[str]:
    """What is wrong with one built fact (an undeclared kind or field, a value of the wrong type)."""
    kind = kinds.get(fact["kind"]) if "kind" in fact else None
    if kind is None:
        return [f"fact kind {fact.get('kind')!r} is not declared"]
    fields = kind.all_fields()
    problems = []
    for name, value in fact.items():
        if name == "kind":
            continue
        if name not in fields:
            problems.append(f"{kind.name}.{name} is not declared")
        elif value is not None and not fields[name].accepts(value):
            problems.append(f"{kind.name}.{name} = {value!r} is not a {fields[name]}")
    return problems

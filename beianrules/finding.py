"""What an engine returns: the rules that fired, with the facts their patterns bound.

Shared by both engines (``engine`` for durable-rules, ``evaluator`` for the
reference evaluator) and read by the checker, so it lives below all three.
"""

from __future__ import annotations

from typing import Any

import attrs

Fact = dict[str, Any]
"""A flat, JSON-safe fact: ``kind``, ``ref`` and the fields its kind declares (``beianrules.facts.schema``)."""

Binding = tuple[str, tuple[tuple[str, Any], ...]]


@attrs.frozen(order=True)
class Finding:
    """One alternative condition of a rule that matched (``condition`` indexes ``Rule.conditions``)."""

    code: str
    condition: int
    bindings: tuple[Binding, ...]

    @classmethod
    def of(cls, code: str, condition: int, bound: dict[str, Fact]) -> Finding:
        return cls(code, condition, tuple(sorted((alias, tuple(sorted((k, _frozen(v)) for k, v in fact.items()
                                                                     if k not in ("id", "sid"))))
                                                 for alias, fact in bound.items())))

    def fact(self, alias: str) -> dict[str, Any]:
        return dict(dict(self.bindings)[alias])


def _frozen(value: Any) -> Any:
    """Lists (tokens fields) as tuples, so that findings can be compared, sorted and deduplicated."""
    return tuple(value) if isinstance(value, list) else value

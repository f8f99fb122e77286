"""What a rule is: one frozen declaration that carries everything about it.

The condition language is deliberately small (see ``shared/design/ENGINE.md``,
"the pattern"): a condition is a sequence of fact patterns; a pattern is a fact
kind plus constant equality tests; a later pattern may require one of its
fields to equal a field of an earlier one (:class:`Ref`). There is no OR inside
a condition (a rule may list alternative conditions instead), no negation and
no array operator: whatever needs more was decided in Python when the facts
were built.
"""

from __future__ import annotations

import datetime as _dt
import re
import string
from typing import Literal, Mapping, Union

import attrs

from beianrules.model import CANCEL_TYPES

Kind = Literal["rejection", "rectification", "operation_blocked", "advice"]
Severity = Literal["error", "warning"]
Mode = Literal["order", "audit", "operation"]
"""What a check is about (:func:`check_mode`):

- ``order``: an order's content, submitted or modified;
- ``audit``: an approved filing as it stands;
- ``operation``: only whether the requested operation is allowed — a withdraw
  or abandon request, or a cancellation order, whose content nobody reviews.
"""

def check_mode(order_type: str, operation: str, status: str) -> Mode:
    if operation in ("withdraw", "abandon") or order_type in CANCEL_TYPES:
        return "operation"
    return "audit" if status == "approved" else "order"
Scalar = Union[str, int, bool]

_IDENT = re.compile(r"^[a-z][a-z0-9_]*$")
_CODE = re.compile(r"^[A-Z][A-Z0-9_]*$")


@attrs.frozen
class Ref:
    """The value of ``field`` in the fact bound to ``alias`` by an earlier pattern."""

    alias: str
    field: str

    def __str__(self) -> str:
        return f"{self.alias}.{self.field}"


@attrs.frozen
class Pattern:
    kind: str
    alias: str
    tests: tuple[tuple[str, Scalar | Ref], ...]

    def __str__(self) -> str:
        inner = ", ".join(f"{k}={v if isinstance(v, Ref) else repr(v)}" for k, v in self.tests)
        return f"{self.alias}: {self.kind}({inner})"


def fact(kind: str, alias: str | None = None, **tests: Scalar | Ref) -> Pattern:
    """A pattern: ``fact("person", "p", role="entity_principal", is_legal_rep=False)``."""
    return Pattern(kind, alias or kind, tuple(sorted(tests.items())))


Condition = tuple[Pattern, ...]


def when(*patterns: Pattern) -> tuple[Condition, ...]:
    """One condition: all patterns must match together."""
    return (tuple(patterns),)


def any_of(*conditions: tuple[Condition, ...]) -> tuple[Condition, ...]:
    """Alternative conditions of one rule (compiled to one engine rule each)."""
    return tuple(c for group in conditions for c in group)


@attrs.frozen
class Text:
    zh: str
    en: str

    def render(self, params: Mapping[str, object]) -> dict[str, str]:
        return {"zh": self.zh.format_map(params), "en": self.en.format_map(params)}

    def placeholders(self, lang: str) -> frozenset[str]:
        return frozenset(name for _, name, _, _ in string.Formatter().parse(getattr(self, lang)) if name)

    def parameters(self, lang: str) -> frozenset[str]:
        """Placeholders with their language suffix removed: ``{document_zh}`` pairs with ``{document_en}``."""
        return frozenset(re.sub(r"_(zh|en)$", "", name) for name in self.placeholders(lang))


@attrs.frozen
class Doc:
    what: str
    why: str
    fix: str
    sources: tuple[str, ...]
    """Source keys of RULE-CATALOG §6 (``SEED:L13``, ``HW-ERR(1.6)``, ...)."""


@attrs.frozen
class Example:
    """A document that this rule fires on (``fires=True``) or stays silent on.

    ``changes`` are applied to the example base document of ``province``
    (``beianrules.examples``): dotted paths as in reports, mapped to new values
    (``None`` removes a key). ``registry`` lists other filings, each as
    changes applied to the base document of another entity.
    """

    title: str
    fires: bool
    changes: Mapping[str, object] = attrs.field(factory=dict)
    registry: tuple[Mapping[str, object], ...] = ()
    province: str | None = None
    as_of: str | None = None


@attrs.frozen
class Effective:
    since: _dt.date | None = None
    until: _dt.date | None = None
    """Exclusive: the rule no longer applies on this day."""

    def covers(self, day: _dt.date) -> bool:
        return (self.since is None or self.since <= day) and (self.until is None or day < self.until)


@attrs.frozen
class Rule:
    code: str
    kind: Kind
    conditions: tuple[Condition, ...]
    message: Text
    remedy: Text
    doc: Doc
    examples: tuple[Example, ...]
    paths: tuple[Ref, ...] = ()
    """Bound fact fields whose values are input paths at fault."""
    evidence: Mapping[str, Ref] = attrs.field(factory=dict)
    """Named parameters of the message and remedy, taken from bound facts."""
    severity: Severity = "error"
    province: str | None = None
    effective: Effective = Effective()
    modes: frozenset[Mode] = frozenset({"order", "audit"})
    """The kinds of check this rule takes part in (see :data:`Mode`)."""

    def kind_for(self, audit: bool) -> Kind:
        """An order's rejection is an approved filing's rectification (REASONS.md, "Kind")."""
        if audit and self.kind == "rejection":
            return "rectification"
        return self.kind

    def applies(self, *, province: str, mode: Mode, as_of: _dt.date) -> bool:
        return ((self.province is None or self.province == province)
                and mode in self.modes
                and self.effective.covers(as_of))


def declaration_problems(rule: Rule) -> list[str]:
    """Everything wrong with one declaration; the registry refuses a rule with any."""
    problems = []
    if not _CODE.match(rule.code):
        problems.append("code must be UPPER_SNAKE_CASE")
    for lang in ("zh", "en"):
        for field in ("message", "remedy"):
            if not getattr(getattr(rule, field), lang).strip():
                problems.append(f"{field}.{lang} is empty")
    for field in ("message", "remedy"):
        text = getattr(rule, field)
        if text.parameters("zh") != text.parameters("en"):
            problems.append(f"{field}: zh and en use different placeholders "
                            f"({sorted(text.placeholders('zh'))} vs {sorted(text.placeholders('en'))})")
        missing = (text.placeholders("zh") | text.placeholders("en")) - set(rule.evidence)
        if missing:
            problems.append(f"{field} uses placeholders with no evidence: {sorted(missing)}")
    for section in ("what", "why", "fix"):
        if not getattr(rule.doc, section).strip():
            problems.append(f"doc.{section} is empty")
    if not rule.doc.sources:
        problems.append("doc.sources is empty")
    if not any(e.fires for e in rule.examples) or not any(not e.fires for e in rule.examples):
        problems.append("needs at least one example that fires and one that does not")
    if not rule.conditions:
        problems.append("has no condition")
    if not rule.paths:
        problems.append("reports no input path")
    for condition in rule.conditions:
        bound: set[str] = set()
        for pattern in condition:
            if pattern.alias in bound:
                problems.append(f"alias {pattern.alias!r} bound twice")
            if not _IDENT.match(pattern.kind) or not _IDENT.match(pattern.alias):
                problems.append(f"pattern {pattern}: kind and alias must be lower_snake_case")
            for name, value in pattern.tests:
                if name in ("id", "sid", "kind"):
                    problems.append(f"pattern {pattern}: may not test {name!r}")
                if isinstance(value, Ref) and value.alias not in bound:
                    problems.append(f"pattern {pattern}: {value} refers to an alias not bound earlier")
                if not isinstance(value, (Ref, str, int, bool)):
                    problems.append(f"pattern {pattern}: {name} must be a constant or a Ref")
            bound.add(pattern.alias)
        for ref in (*rule.paths, *rule.evidence.values()):
            if ref.alias not in bound:
                problems.append(f"{ref} refers to an alias the condition does not bind")
    return problems

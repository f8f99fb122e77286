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
from collections.abc import Iterator, Mapping
from typing import Literal

import attrs

from beianrules import vocabulary
from beianrules.model import CANCEL_TYPES
from beianrules.vocabulary import LANGS, RuleKind, Severity

Kind = RuleKind
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


Scalar = str | int | bool

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


@attrs.frozen
class Condition:
    """Patterns that must all match together, and the severity (and kind) of a reason this alternative finds.

    ``severity`` None means the rule's own; alternatives of one rule may differ
    (an error in some provinces, a warning in others) while code and meaning stay one.
    ``kind`` likewise: None means the rule's own (an alternative that only advises,
    ``kind="advice"``, beside rejecting ones); a ``rejection`` still becomes a
    ``rectification`` on an audit.
    """

    patterns: tuple[Pattern, ...]
    severity: Severity | None = None
    kind: Kind | None = None

    def __iter__(self) -> Iterator[Pattern]:
        return iter(self.patterns)


def when(*patterns: Pattern, severity: Severity | None = None, kind: Kind | None = None) -> tuple[Condition, ...]:
    """One condition: all patterns must match together."""
    return (Condition(tuple(patterns), severity, kind),)


def any_of(*conditions: tuple[Condition, ...]) -> tuple[Condition, ...]:
    """Alternative conditions of one rule (compiled to one engine rule each)."""
    return tuple(c for group in conditions for c in group)


@attrs.frozen
class Text:
    """A message or remedy in both languages.

    ``{name}`` shows the evidence ``name`` as it is; ``{name:vocabulary}``
    shows the label of the token (or tokens) in that vocabulary
    (``beianrules.vocabulary``), in the text's own language.
    """

    zh: str
    en: str

    def render(self, params: Mapping[str, object]) -> dict[str, str]:
        return {lang: vocabulary.render(getattr(self, lang), lang, params) for lang in LANGS}

    def missing(self, params: Mapping[str, object]) -> set[str]:
        """The placeholders that rendering with ``params`` reaches and cannot fill."""
        missing: set[str] = set()
        for lang in LANGS:
            vocabulary.render(getattr(self, lang), lang, params, missing)
        return missing

    def placeholders(self, lang: str) -> frozenset[tuple[str, str]]:
        return frozenset(vocabulary.placeholders(getattr(self, lang)))

    def parameters(self) -> frozenset[str]:
        """Every evidence name the text reads, in either language, labels' templates included."""
        return frozenset(name for lang in LANGS for name in vocabulary.parameters_read(getattr(self, lang)))


@attrs.frozen
class Doc:
    """What a rule checks, why, how to fix it, and its sources — in English, and in Chinese under ``zh``."""

    what: str
    why: str
    fix: str
    sources: tuple[str, ...]
    """Source keys of RULE-CATALOG §6 (``SEED:L13``, ``HW-ERR(1.6)``, ...)."""
    zh: DocZh | None = None
    """The same what / why / fix in Chinese (the sources are shared)."""


@attrs.frozen
class DocZh:
    """A rule's what / why / fix in Chinese."""

    what: str
    why: str
    fix: str


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
    paths: tuple[str, ...] | None = None
    """The distinct paths the rule's reasons name, sorted; None: not stated (only for a silent example)."""
    count: int | None = None
    """How many reasons of the rule the example gives; None means one when it fires."""
    severity: Severity | None = None
    """The severity its reasons carry (stated where the rule's alternatives differ); None: not stated."""

    @property
    def expected_count(self) -> int:
        return (1 if self.count is None else self.count) if self.fires else 0


@attrs.frozen
class Effective:
    since: _dt.date | None = None
    until: _dt.date | None = None
    """Exclusive: the rule no longer applies on this day."""

    def covers(self, day: _dt.date) -> bool:
        return (self.since is None or self.since <= day) and (self.until is None or day < self.until)


@attrs.frozen
class Alongside:
    """A rule whose reasons stand only beside another finding of the same check (:attr:`Rule.alongside`).

    After evaluation the checker keeps such a rule's reasons only when the same
    report holds a reason of another rule, one that declares no ``alongside``
    itself, whose kind is one of ``kinds`` and severity one of ``severities``
    (ORDER_RECTIFY_DEADLINE: "the audit finds at least one other rectification").
    """

    kinds: frozenset[Kind]
    severities: frozenset[Severity] = frozenset({"error", "warning"})


@attrs.frozen
class Rule:
    """One rule, declared once: its code, kind and severity, scope, conditions, zh/en message and remedy, docs
    and examples (``docs/adding-a-rule.md``). ``beianrules.rules()`` lists them; ``docs/rules.md`` shows them."""

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
    """The severity of conditions that do not state their own."""
    province: str | None = None
    reads: tuple[str, ...] = ()
    """The province parameters (``beianrules.provinces._schema``) whose values decide whether it fires."""
    effective: Effective = Effective()
    modes: frozenset[Mode] = frozenset({"order", "audit"})
    """The kinds of check this rule takes part in (see :data:`Mode`)."""
    alongside: Alongside | None = None
    """When given, the rule's reasons are reported only beside another finding of that kind (:class:`Alongside`)."""

    def __repr__(self) -> str:  # the generated one would print every condition, text and example
        severities = "/".join(sorted({self.severity_of(n) for n in range(len(self.conditions))} or {self.severity}))
        return f"<Rule {self.code} {self.kind} {severities} {self.province or 'national'}>"

    def severity_of(self, condition: int) -> Severity:
        return self.conditions[condition].severity or self.severity

    def kind_for(self, audit: bool, condition: int | None = None) -> Kind:
        """An order's rejection is an approved filing's rectification (REASONS.md, "Kind").

        With ``condition``, the kind of a reason that alternative finds (its own kind, else the rule's)."""
        kind = (self.conditions[condition].kind if condition is not None else None) or self.kind
        if audit and kind == "rejection":
            return "rectification"
        return kind

    def applies(self, *, province: str, mode: Mode, as_of: _dt.date) -> bool:
        return ((self.province is None or self.province == province)
                and mode in self.modes
                and self.effective.covers(as_of))


def declaration_problems(rule: Rule) -> list[str]:
    """What is wrong with one declaration on its own; ``beianrules.rulebook`` adds the checks
    against the fact vocabulary and the province parameters."""
    problems = []
    if not _CODE.match(rule.code):
        problems.append("code must be UPPER_SNAKE_CASE")
    for lang in LANGS:
        for field in ("message", "remedy"):
            if not getattr(getattr(rule, field), lang).strip():
                problems.append(f"{field}.{lang} is empty")
    for field in ("message", "remedy"):
        text = getattr(rule, field)
        if text.placeholders("zh") != text.placeholders("en"):
            problems.append(f"{field}: zh and en use different placeholders "
                            f"({sorted(text.placeholders('zh'))} vs {sorted(text.placeholders('en'))})")
        for name, spec in text.placeholders("zh") | text.placeholders("en"):
            if spec and spec not in vocabulary.VOCABULARIES:
                problems.append(f"{field}: {{{name}:{spec}}} names no vocabulary")
        missing = text.parameters() - set(rule.evidence)
        if missing:
            problems.append(f"{field} uses placeholders with no evidence: {sorted(missing)}")
    for section in ("what", "why", "fix"):
        if not getattr(rule.doc, section).strip():
            problems.append(f"doc.{section} is empty")
        if rule.doc.zh is None or not getattr(rule.doc.zh, section).strip():
            problems.append(f"doc.zh.{section} is empty (every rule is documented in Chinese too)")
    if not rule.doc.sources:
        problems.append("doc.sources is empty")
    if not any(e.fires for e in rule.examples) or not any(not e.fires for e in rule.examples):
        problems.append("needs at least one example that fires and one that does not")
    for example in rule.examples:
        if example.fires and not example.paths:
            problems.append(f"example {example.title!r} fires but states no paths")
        if not example.fires and (example.paths or example.count or example.severity):
            problems.append(f"example {example.title!r} is silent but states paths or a count")
    if not rule.conditions:
        problems.append("has no condition")
    if rule.alongside is not None and not (rule.alongside.kinds and rule.alongside.severities):
        problems.append("alongside names no kind or no severity")
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
                declared: object = value  # the annotation does not hold at runtime: a float or a list may be given
                if not isinstance(declared, (Ref, str, int, bool)):
                    problems.append(f"pattern {pattern}: {name} must be a constant or a Ref")
            bound.add(pattern.alias)
        for ref in (*rule.paths, *rule.evidence.values()):
            if ref.alias not in bound:
                problems.append(f"{ref} refers to an alias the condition does not bind")
    return problems

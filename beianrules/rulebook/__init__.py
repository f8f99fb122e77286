"""The rule registry: the rule modules (national rules by area, single provinces' rules), plus the rules made
from each province's documents.

Built once, at first use, and refused whole if any declaration is wrong:
duplicate codes, a missing translation, placeholders that differ between zh
and en or name no evidence, a missing doc section or source, no example that
fires or none that does not, a firing example that states no paths, a
condition that binds or tests wrongly — and, against the fact vocabulary
(``beianrules.facts.schema``), a pattern, join, path or evidence that names a
kind or field no builder declares, a constant outside its field's type, a
message that renders a token with a vocabulary that does not cover it, a
province parameter tested but not declared in ``reads``; a source key, of a rule's doc or of a
province value, that names no entry of the sources table (``beianrules.sources``, RULE-CATALOG §6).
"""

from __future__ import annotations

import datetime as _dt
import functools
from collections.abc import Iterable, Mapping

from beianrules.declaration import Mode, Ref, Rule, declaration_problems
from beianrules.errors import RuleDeclarationError
from beianrules.facts import FACT_KINDS
from beianrules.facts.schema import FactKind, FieldType
from beianrules.provinces import all_parameters
from beianrules.provinces._schema import ProvinceParameters, Sourced, parameter_fields, scalar_parameters
from beianrules.rulebook import (
    apps_access,
    authorization,
    contact_checks,
    contacts,
    document_checks,
    documents,
    domain_checks,
    entity,
    identity_checks,
    observed,
    operations,
    person_documents,
    principal_checks,
    principals,
    province_documents,
    registration,
    services,
    site_counts,
    site_names,
    supporting_documents,
    verification,
)
from beianrules.sources import source_problems
from beianrules.vocabulary import VOCABULARIES, Vocabulary

__all__ = ["RuleDeclarationError", "all_rules", "build_registry", "registry", "rulebook"]

# Every module of rule declarations (national ones by area, and the rules of single provinces).
RULE_MODULES = (entity, documents, principals, contacts, services, operations, contact_checks, principal_checks,
                identity_checks, site_names, site_counts, domain_checks, document_checks,
                # format 1.1
                registration, authorization, person_documents, observed, apps_access, verification,
                supporting_documents)


def build_registry(rules: Iterable[Rule], kinds: Mapping[str, FactKind] = FACT_KINDS,
                   provinces: Mapping[str, ProvinceParameters] | None = None) -> dict[str, Rule]:
    """The rules by code, refused whole if any declaration is wrong — or, with ``provinces``, a province value
    whose source key does not resolve."""
    registry: dict[str, Rule] = {}
    problems = province_source_problems(provinces or {})
    for rule in rules:
        if rule.code in registry:
            problems.append(f"{rule.code}: declared twice")
        problems.extend(f"{rule.code}: {p}" for p in (*declaration_problems(rule), *vocabulary_problems(rule, kinds),
                                                      *source_problems(rule.doc.sources)))
        registry[rule.code] = rule
    if problems:
        raise RuleDeclarationError("invalid rule declarations:\n  " + "\n  ".join(problems))
    return dict(sorted(registry.items()))


def province_source_problems(provinces: Mapping[str, ProvinceParameters]) -> list[str]:
    """The source keys of province values and documents that name no entry of the sources table."""
    problems: list[str] = []
    for code, params in provinces.items():
        for field in parameter_fields():
            value = getattr(params, field.name)
            if isinstance(value, Sourced):
                problems.extend(f"province {code}: {field.name}: {p}" for p in source_problems(value.sources))
        for document in params.documents:
            problems.extend(f"province {code}: documents {document.code}: {p}"
                            for p in source_problems(document.sources))
    return problems


def vocabulary_problems(rule: Rule, kinds: Mapping[str, FactKind]) -> list[str]:
    """What in ``rule`` the fact vocabulary and the province parameters do not support."""
    problems: list[str] = []
    parameters = {f.name for f in parameter_fields()}
    for name in rule.reads:
        if name not in parameters:
            problems.append(f"reads {name!r}, which is not a province parameter")
    for condition in rule.conditions:
        bound: dict[str, FactKind] = {}
        for pattern in condition:
            kind = kinds.get(pattern.kind)
            if kind is None:
                problems.append(f"pattern {pattern}: no fact kind {pattern.kind!r} is declared")
                continue
            fields = kind.all_fields()
            for name, expected in pattern.tests:
                field = fields.get(name)
                if field is None:
                    problems.append(f"pattern {pattern}: {pattern.kind} has no field {name!r}")
                    continue
                if not field.testable():
                    problems.append(f"pattern {pattern}: {pattern.kind}.{name} is a list and cannot be tested")
                if isinstance(expected, Ref):
                    other = _field(bound, expected)
                    if other is None:
                        problems.append(f"pattern {pattern}: {expected} names an undeclared field")
                    elif not _joinable(field, other):
                        problems.append(f"pattern {pattern}: {name} ({field}) cannot equal {expected} ({other})")
                elif not field.accepts(expected):
                    problems.append(f"pattern {pattern}: {expected!r} is not a {field} ({pattern.kind}.{name})")
                if pattern.kind == "province" and name in scalar_parameters() and name not in rule.reads:
                    problems.append(f"pattern {pattern}: tests the province parameter {name!r} without declaring "
                                    "it in reads")
            bound[pattern.alias] = kind
        for ref in rule.paths:
            field = _field(bound, ref)
            if field is None:
                problems.append(f"path {ref} names an undeclared field")
            elif field.name != "path":
                problems.append(f"path {ref} is a {field}, not an input path")
        for name, ref in rule.evidence.items():
            if ref.alias in bound and _field(bound, ref) is None:
                problems.append(f"evidence {name} = {ref} names an undeclared field")
        problems.extend(_placeholder_problems(rule, bound))
    return sorted(set(problems))


def _field(bound: Mapping[str, FactKind], ref: Ref) -> FieldType | None:
    kind = bound.get(ref.alias)
    return None if kind is None else kind.all_fields().get(ref.field)


def _joinable(a: FieldType, b: FieldType) -> bool:
    keys = {"ref", "path"}
    return (a.name in keys and b.name in keys) or a == b


def _placeholder_problems(rule: Rule, bound: Mapping[str, FactKind]) -> list[str]:
    problems = []
    for text_name in ("message", "remedy"):
        text = getattr(rule, text_name)
        for name, spec in text.placeholders("zh") | text.placeholders("en"):
            ref = rule.evidence.get(name)
            field = _field(bound, ref) if ref is not None else None
            if field is None or not spec:
                continue
            shown = VOCABULARIES.get(spec)
            if isinstance(shown, Vocabulary):
                covered = VOCABULARIES.get(field.vocabulary or "")
                if not isinstance(covered, Vocabulary) or not set(covered.tokens) <= set(shown.tokens):
                    problems.append(f"{text_name}: {{{name}:{spec}}} shows {ref}, a {field}, which {spec} does "
                                    "not label")
    return problems


def _declared() -> Iterable[Rule]:
    for module in RULE_MODULES:
        yield from module.RULES
    for code, params in all_parameters().items():
        for requirement in params.documents:
            yield province_documents.document_rule(code, requirement)


@functools.cache
def registry() -> dict[str, Rule]:
    """Every declared rule by code, validated once (on the package's import) and cached."""
    return build_registry(_declared(), provinces=all_parameters())


def all_rules(province: str | None = None) -> tuple[Rule, ...]:
    """Every declared rule, or those that can apply in ``province`` (national + its own)."""
    rules: Iterable[Rule] = registry().values()
    if province is not None:
        rules = [r for r in rules if r.province in (None, province)]
    return tuple(rules)


@functools.lru_cache(maxsize=4096)
def rulebook(*, province: str, mode: Mode, as_of: _dt.date) -> tuple[Rule, ...]:
    """The rules a check runs: national ones and the province's, for this mode and day (remembered: the
    registry is fixed once built, and an audit asks the same few questions a million times)."""
    return tuple(r for r in registry().values() if r.applies(province=province, mode=mode, as_of=as_of))


@functools.lru_cache(maxsize=4096)
def fact_kinds_read(*, province: str, mode: Mode, as_of: _dt.date) -> frozenset[str]:
    """The fact kinds the conditions of :func:`rulebook` (same arguments) match: a fact of any other kind
    cannot make a finding, so the check builds none (most of an audit's facts serve order rules only)."""
    return frozenset(pattern.kind for rule in rulebook(province=province, mode=mode, as_of=as_of)
                     for condition in rule.conditions for pattern in condition.patterns)

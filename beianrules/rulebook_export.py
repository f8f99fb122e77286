"""The whole rulebook as one versioned JSON document, for front-ends that are not Python.

:func:`rulebook_json` (``beianrules rules --format json``) holds every rule —
its code, kinds and severities (per condition too), scope, the province
parameters it reads, effective dates, modes, message and remedy templates
with their placeholders and the vocabularies they name, doc, sources
resolved to titles and addresses, examples — plus the province parameters
of all 31 bureaus with their sourced values, the vocabularies with their
labels and the sources table, so a web form can show the same hints as the
library. :func:`rulebook_schema` is the JSON Schema (draft 2020-12) the
document follows; :data:`FORMAT_VERSION` changes when its shape does.

Everything is read from the declarations themselves, rule by rule, with no
code for any one rule: a rule added to the rulebook is in the export.

    >>> document = rulebook_json(province="苏", as_of="2026-11-28")
    >>> document["format_version"], document["selection"]["province"], list(document["provinces"])
    ('1.0', 'JS', ['JS'])
"""

from __future__ import annotations

import datetime as _dt
import difflib
from collections.abc import Iterable, Mapping
from typing import Any

import attrs

from beianrules.convert import date_argument
from beianrules.declaration import Condition, Doc, Example, Rule, Text
from beianrules.docs import value_text
from beianrules.errors import InputError, UnknownProvinceError
from beianrules.examples import DEFAULT_EXAMPLE_PROVINCE, base_document, other_entity_document, resolve
from beianrules.problems import issue
from beianrules.provinces import PROVINCE_CODES, all_parameters
from beianrules.provinces._schema import ProvinceParameters, Sourced, parameter_fields
from beianrules.provinces._table import PROVINCE_NAMES, province_code
from beianrules.rulebook import all_rules, registry
from beianrules.sources import CATALOG_SECTIONS, SOURCES, cite
from beianrules.vocabulary import LANGS, VOCABULARIES, Vocabulary, placeholders

__all__ = ["FORMAT_VERSION", "as_day", "changes_between", "date_window", "rule_entry", "rulebook_json",
           "rulebook_schema", "select_rules", "suggest_codes"]

FORMAT_VERSION = "1.0"
"""The version of the document's shape (not of the library): a front-end checks it before reading."""

DateLike = _dt.date | str


def as_day(value: DateLike, option: str = "as_of") -> _dt.date:
    """A day given as a date, a datetime (its date) or ISO text, read as every ``as_of`` argument is
    (:func:`beianrules.convert.date_argument`): bad text is an InputError at ``option``, another type a
    TypeError."""
    return date_argument(value, option)


def _province(value: str) -> str:
    code = province_code(value)
    if code is None:
        raise UnknownProvinceError(f"unknown province {value!r}; expected one of: {' '.join(PROVINCE_CODES)}")
    return code


def changes_between(rules: Iterable[Rule], first: _dt.date, last: _dt.date) -> list[tuple[Rule, str, _dt.date]]:
    """``(rule, "started" | "ended", day)`` for each rule that came into force or ceased to apply after
    ``first`` and on or before ``last``: the rules whose answer differs between checking on ``first`` and on
    ``last`` because of that date. Sorted by day, then code."""
    found = []
    for rule in rules:
        if rule.effective.since is not None and first < rule.effective.since <= last:
            found.append((rule, "started", rule.effective.since))
        if rule.effective.until is not None and first < rule.effective.until <= last:
            found.append((rule, "ended", rule.effective.until))
    return sorted(found, key=lambda item: (item[2], item[0].code, item[1]))


def select_rules(province: str | None = None, as_of: DateLike | None = None,
                 changed_between: tuple[DateLike, DateLike] | None = None) -> tuple[Rule, ...]:
    """The rules that can apply in ``province`` (all, without one), in force on ``as_of`` (any day, without
    one), and that started or ended within ``changed_between`` (:func:`changes_between`)."""
    rules = all_rules(_province(province) if province is not None else None)
    if as_of is not None:
        day = as_day(as_of, "as_of")
        rules = tuple(r for r in rules if r.effective.covers(day))
    if changed_between is not None:
        first, last = date_window(changed_between)
        changed = {rule.code for rule, _, _ in changes_between(rules, first, last)}
        rules = tuple(r for r in rules if r.code in changed)
    return rules


def date_window(changed_between: tuple[DateLike, DateLike], option: str = "changed_between"
                ) -> tuple[_dt.date, _dt.date]:
    """``(first, last)`` as days; an InputError (at ``option``) when ``first`` comes after ``last``."""
    first, last = (as_day(day, option) for day in changed_between)
    if first > last:
        raise InputError([issue(option, "bad_date_range", first=first.isoformat(), last=last.isoformat(),
                                source="argument")])
    return first, last


def suggest_codes(text: str, limit: int = 5) -> list[str]:
    """The rule codes closest to ``text`` (``ID_EXPIRE`` → ``ID_EXPIRED``, …): near misses by difflib, then the
    codes that begin with it; at most ``limit``."""
    key = text.strip().upper().replace("-", "_").replace(" ", "_")
    codes = list(registry())
    close = difflib.get_close_matches(key, codes, n=limit, cutoff=0.6)
    begins = [code for code in codes if key and code.startswith(key)]
    return list(dict.fromkeys([*close, *begins]))[:limit]


# -- JSON-safe values ----------------------------------------------------------------------------

def _plain(value: Any) -> Any:
    """Province data as JSON: attrs classes as objects of their fields, sets sorted, dates in ISO form."""
    if value is None or isinstance(value, (str, bool, int, float)):
        return value
    if isinstance(value, _dt.date):
        return value.isoformat()
    if attrs.has(type(value)):
        return {field.name: _plain(getattr(value, field.name)) for field in attrs.fields(type(value))
                if not callable(getattr(value, field.name))}
    if isinstance(value, Mapping):
        return {str(key): _plain(item) for key, item in value.items()}
    if isinstance(value, (set, frozenset)):
        return sorted(_plain(item) for item in value)
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    raise TypeError(f"no JSON form for {type(value).__name__}: {value!r}")


def _citations(keys: Iterable[str]) -> list[dict[str, object]]:
    return [cite(key).to_dict() for key in keys]


def _date(day: _dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


# -- rules ---------------------------------------------------------------------------------------

def _text(text: Text) -> dict[str, Any]:
    names = sorted(text.placeholders("zh") | text.placeholders("en"))
    return {"zh": text.zh, "en": text.en,
            "placeholders": [{"name": name, "vocabulary": spec or None} for name, spec in names]}


def _doc_section(doc: Doc, section: str) -> dict[str, str | None]:
    """One section of a rule's doc in both languages: the English text, and the Chinese of ``doc.zh``."""
    return {"zh": getattr(doc.zh, section) if doc.zh is not None else None, "en": getattr(doc, section)}


def _condition(rule: Rule, index: int, condition: Condition) -> dict[str, Any]:
    return {
        "patterns": [{"kind": p.kind, "alias": p.alias,
                      "tests": [{"field": name, "ref": str(value)} if not isinstance(value, (str, int, bool))
                                else {"field": name, "value": value} for name, value in p.tests]}
                     for p in condition],
        "text": " and ".join(str(p) for p in condition),
        "kind": rule.kind_for(False, index),
        "audit_kind": rule.kind_for(True, index),
        "severity": rule.severity_of(index),
    }


def _example(rule: Rule, example: Example) -> dict[str, Any]:
    province = example.province or rule.province or DEFAULT_EXAMPLE_PROVINCE
    return {
        "title": example.title,
        "fires": example.fires,
        "province": province,
        "as_of": example.as_of,
        "changes": resolve(dict(example.changes), province),
        "registry": [resolve(dict(changes), province) for changes in example.registry],
        "paths": None if example.paths is None else list(example.paths),
        "count": example.expected_count,
        "severity": example.severity,
    }


def rule_entry(rule: Rule) -> dict[str, Any]:
    """One rule as the export holds it (``beianrules explain CODE --format json``)."""
    indexes = range(len(rule.conditions))
    return {
        "code": rule.code,
        "kind": rule.kind,
        "audit_kind": rule.kind_for(True),
        "kinds": sorted({rule.kind_for(False, n) for n in indexes}),
        "severity": rule.severity,
        "severities": sorted({rule.severity_of(n) for n in indexes}),
        "scope": "national" if rule.province is None else "province",
        "province": rule.province,
        "reads": list(rule.reads),
        "modes": sorted(rule.modes),
        "effective": {"since": _date(rule.effective.since), "until": _date(rule.effective.until)},
        "alongside": None if rule.alongside is None else {"kinds": sorted(rule.alongside.kinds),
                                                          "severities": sorted(rule.alongside.severities)},
        "conditions": [_condition(rule, n, c) for n, c in enumerate(rule.conditions)],
        "paths": [str(ref) for ref in rule.paths],
        "evidence": {name: str(ref) for name, ref in rule.evidence.items()},
        "message": _text(rule.message),
        "remedy": _text(rule.remedy),
        "doc": {section: _doc_section(rule.doc, section) for section in ("what", "why", "fix")},
        "sources": _citations(rule.doc.sources),
        "examples": [_example(rule, e) for e in rule.examples],
    }


# -- provinces, vocabularies, sources ------------------------------------------------------------

def _parameter_declarations(rules: Iterable[Rule]) -> list[dict[str, Any]]:
    every = tuple(rules)
    return [{"name": f.name, "zh": f.metadata["zh"], "en": f.metadata["en"], "meaning": f.metadata["meaning"],
             "vocabulary": f.metadata["vocabulary"], "read_by": [r.code for r in every if f.name in r.reads]}
            for f in parameter_fields()]


def _province_entry(code: str, params: ProvinceParameters) -> dict[str, Any]:
    name = PROVINCE_NAMES[code]
    values: dict[str, Any] = {}
    for field in parameter_fields():
        value = getattr(params, field.name)
        if isinstance(value, Sourced):
            values[field.name] = {"value": _plain(value.value), "text": value_text(value.value),
                                  "sources": _citations(value.sources), "conflict": value.conflict}
    return {
        "code": code, "name_zh": name.name_zh, "name_en": name.name_en, "short_zh": name.short_zh,
        "icp_prefixes": list(name.icp_prefixes),
        "parameters": values,
        "documents": [{**_plain(d), "sources": _citations(d.sources)} for d in params.documents],
        "notes": list(params.notes),
    }


def _vocabularies() -> dict[str, Any]:
    exported: dict[str, Any] = {}
    for name, vocabulary in VOCABULARIES.items():
        if not isinstance(vocabulary, Vocabulary):  # a format shows values, it has no terms
            exported[name] = {"name": name, "type": "format", "meaning": vocabulary.meaning, "terms": []}
            continue
        terms: list[dict[str, Any]] = []
        for term in vocabulary.terms.values():
            labels = {lang: term.label(lang) for lang in LANGS}
            computed = any(callable(label) for label in labels.values())
            shown: dict[str, str | None] = {lang: None if callable(label) else label for lang, label in labels.items()}
            terms.append({"token": term.token, "meaning": term.meaning, "computed": computed, **shown,
                          "placeholders": sorted({p for label in labels.values() if isinstance(label, str)
                                                  for p, _ in placeholders(label)})})
        exported[name] = {"name": name, "type": "vocabulary", "meaning": vocabulary.meaning,
                          "joiners": dict(zip(LANGS, vocabulary.joiners, strict=True)), "terms": terms}
    return exported


def _example_documents(rules: Iterable[Rule]) -> dict[str, Any]:
    """The base documents the examples' changes apply to: the checked entity's and the other entity's (for
    ``registry`` entries), for each province an example uses."""
    used = sorted({e["province"] for rule in rules for e in (_example(rule, x) for x in rule.examples)})
    return {"default_province": DEFAULT_EXAMPLE_PROVINCE,
            "base": {code: base_document(code) for code in used},
            "other_entity": {code: other_entity_document(code) for code in used}}


def rulebook_json(province: str | None = None, as_of: DateLike | None = None,
                  changed_between: tuple[DateLike, DateLike] | None = None) -> dict[str, Any]:
    """The rulebook as JSON-safe data (:data:`FORMAT_VERSION`, valid against :func:`rulebook_schema`).

    Without arguments, every rule and every province. ``province`` (``JS``, ``苏``,
    ``32``, …) keeps the national rules and that province's, and that province's
    parameters; ``as_of`` the rules in force on that day; ``changed_between``
    ``(first, last)`` the rules that started or ended after ``first`` and on or
    before ``last``, listed under ``changes``.
    """
    import beianrules  # the package's version, read once the package is imported (it imports this module)
    code = _province(province) if province is not None else None
    rules = select_rules(code, as_of, changed_between)
    window = date_window(changed_between) if changed_between is not None else None
    provinces = {code: all_parameters()[code]} if code is not None else all_parameters()
    return {
        "format_version": FORMAT_VERSION,
        "beianrules_version": beianrules.__version__,
        "selection": {"province": code, "as_of": _date(as_day(as_of, "as_of")) if as_of is not None else None,
                      "changed_between": None if window is None else [d.isoformat() for d in window]},
        "rules": [rule_entry(rule) for rule in rules],
        "changes": None if window is None else [{"code": rule.code, "change": change, "on": day.isoformat()}
                                                for rule, change, day in changes_between(rules, *window)],
        "parameters": _parameter_declarations(all_rules()),
        "provinces": {c: _province_entry(c, params) for c, params in provinces.items()},
        "vocabularies": _vocabularies(),
        "sources": {key: source.to_dict() for key, source in {**SOURCES, **CATALOG_SECTIONS}.items()},
        "example_documents": _example_documents(rules),
    }


# -- the schema ----------------------------------------------------------------------------------

def _object(properties: Mapping[str, Any], required: Iterable[str] | None = None) -> dict[str, Any]:
    return {"type": "object", "properties": dict(properties),
            "required": sorted(properties if required is None else required), "additionalProperties": False}


_STRING, _DATE = {"type": "string"}, {"type": "string", "format": "date"}
_NULLABLE_STRING, _NULLABLE_DATE = {"type": ["string", "null"]}, {"type": ["string", "null"], "format": "date"}
_STRINGS = {"type": "array", "items": _STRING}
_KIND = {"enum": ["rejection", "rectification", "operation_blocked", "advice"]}
_SEVERITY = {"enum": ["error", "warning"]}
_REF = {"type": "string", "pattern": r"^[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*$"}


def rulebook_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of :func:`rulebook_json`'s document."""
    citation = _object({"key": _STRING, "source": _STRING, "detail": _NULLABLE_STRING, "title": _STRING,
                        "publisher": _STRING, "address": _NULLABLE_STRING})
    citations = {"type": "array", "items": {"$ref": "#/$defs/citation"}}
    text = _object({"zh": _STRING, "en": _STRING,
                    "placeholders": {"type": "array", "items": _object({"name": _STRING,
                                                                        "vocabulary": _NULLABLE_STRING})}})
    bilingual = _object({"zh": _NULLABLE_STRING, "en": _STRING})
    test = {"oneOf": [_object({"field": _STRING, "value": {"type": ["string", "integer", "boolean"]}}),
                      _object({"field": _STRING, "ref": _REF})]}
    condition = _object({
        "patterns": {"type": "array", "minItems": 1, "items": _object({
            "kind": _STRING, "alias": _STRING, "tests": {"type": "array", "items": test}})},
        "text": _STRING, "kind": _KIND, "audit_kind": _KIND, "severity": _SEVERITY})
    example = _object({
        "title": _STRING, "fires": {"type": "boolean"}, "province": {"enum": list(PROVINCE_CODES)},
        "as_of": _NULLABLE_STRING, "changes": {"type": "object"}, "registry": {"type": "array",
                                                                              "items": {"type": "object"}},
        "paths": {"type": ["array", "null"], "items": _STRING}, "count": {"type": "integer", "minimum": 0},
        "severity": {"enum": ["error", "warning", None]}})
    rule = _object({
        "code": {"type": "string", "pattern": "^[A-Z][A-Z0-9_]*$"},
        "kind": _KIND, "audit_kind": _KIND,
        "kinds": {"type": "array", "minItems": 1, "items": _KIND},
        "severity": _SEVERITY, "severities": {"type": "array", "minItems": 1, "items": _SEVERITY},
        "scope": {"enum": ["national", "province"]}, "province": {"enum": [*PROVINCE_CODES, None]},
        "reads": _STRINGS,
        "modes": {"type": "array", "minItems": 1, "items": {"enum": ["order", "audit", "operation"]}},
        "effective": _object({"since": _NULLABLE_DATE, "until": _NULLABLE_DATE}),
        "alongside": {"oneOf": [{"type": "null"}, _object({"kinds": {"type": "array", "items": _KIND},
                                                            "severities": {"type": "array", "items": _SEVERITY}})]},
        "conditions": {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/condition"}},
        "paths": {"type": "array", "minItems": 1, "items": _REF},
        "evidence": {"type": "object", "additionalProperties": _REF},
        "message": {"$ref": "#/$defs/text"}, "remedy": {"$ref": "#/$defs/text"},
        "doc": _object({section: {"$ref": "#/$defs/bilingual"} for section in ("what", "why", "fix")}),
        "sources": {**citations, "minItems": 1},
        "examples": {"type": "array", "minItems": 2, "items": {"$ref": "#/$defs/example"}},
    })
    sourced = _object({"value": {}, "text": _STRING, "sources": citations, "conflict": _NULLABLE_STRING})
    province = _object({
        "code": {"enum": list(PROVINCE_CODES)}, "name_zh": _STRING, "name_en": _STRING, "short_zh": _STRING,
        "icp_prefixes": _STRINGS,
        "parameters": {"type": "object", "additionalProperties": {"$ref": "#/$defs/sourced"}},
        "documents": {"type": "array", "items": {"type": "object", "required": ["code", "sources"],
                                                 "properties": {"code": _STRING, "sources": citations}}},
        "notes": _STRINGS})
    term = _object({"token": _STRING, "meaning": _STRING, "computed": {"type": "boolean"},
                    "zh": _NULLABLE_STRING, "en": _NULLABLE_STRING, "placeholders": _STRINGS})
    vocabulary = {"oneOf": [
        _object({"name": _STRING, "type": {"const": "vocabulary"}, "meaning": _STRING,
                 "joiners": _object({"zh": _STRING, "en": _STRING}), "terms": {"type": "array", "items": term}}),
        _object({"name": _STRING, "type": {"const": "format"}, "meaning": _STRING,
                 "terms": {"type": "array", "maxItems": 0}})]}
    source = _object({"key": _STRING, "title": _STRING, "publisher": _STRING, "address": _NULLABLE_STRING,
                      "page_date": _NULLABLE_STRING, "note": _NULLABLE_STRING, "third_party": {"type": "boolean"},
                      "other_addresses": _STRINGS, "repository": _NULLABLE_STRING, "path": _NULLABLE_STRING})
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://beianrules.invalid/rulebook-{FORMAT_VERSION}.schema.json",
        "title": "beianrules rulebook",
        "description": "Every rule, the province parameters, the vocabularies and the sources of beianrules "
                       "(beianrules rules --format json).",
        **_object({
            "format_version": {"const": FORMAT_VERSION},
            "beianrules_version": _STRING,
            "selection": _object({"province": {"enum": [*PROVINCE_CODES, None]}, "as_of": _NULLABLE_DATE,
                                  "changed_between": {"type": ["array", "null"], "items": _DATE,
                                                      "minItems": 2, "maxItems": 2}}),
            "rules": {"type": "array", "items": {"$ref": "#/$defs/rule"}},
            "changes": {"type": ["array", "null"], "items": _object({
                "code": _STRING, "change": {"enum": ["started", "ended"]}, "on": _DATE})},
            "parameters": {"type": "array", "items": _object({
                "name": _STRING, "zh": _STRING, "en": _STRING, "meaning": _STRING,
                "vocabulary": _NULLABLE_STRING, "read_by": _STRINGS})},
            "provinces": {"type": "object", "propertyNames": {"enum": list(PROVINCE_CODES)},
                          "additionalProperties": {"$ref": "#/$defs/province"}},
            "vocabularies": {"type": "object", "additionalProperties": {"$ref": "#/$defs/vocabulary"}},
            "sources": {"type": "object", "additionalProperties": {"$ref": "#/$defs/source"}},
            "example_documents": _object({
                "default_province": {"enum": list(PROVINCE_CODES)},
                "base": {"type": "object", "additionalProperties": {"type": "object"}},
                "other_entity": {"type": "object", "additionalProperties": {"type": "object"}}}),
        }),
        "$defs": {"citation": citation, "text": text, "bilingual": bilingual, "condition": condition,
                  "example": example, "rule": rule, "sourced": sourced, "province": province,
                  "vocabulary": vocabulary, "source": source},
    }

"""Fact builders: pure functions from the model to flat, JSON-safe facts.

Everything that needs Python is computed here — dates against ``as_of``,
phone regions, comparisons with the registry, absence of attachments — so
that rule conditions stay constant tests and equality joins (ENGINE.md, "the
pattern", point 1). A fact is a dict with a ``kind``, a ``ref`` unique within
one check (the input path of what it describes, where there is one), and the
fields its kind declares in :data:`FACT_FIELDS`. A field whose value is not
known is left out, never set to None: an absent field matches no test, so a
rule that needs it stays silent.
"""

from __future__ import annotations

import datetime as _dt
from typing import Any

from beianrules.facts import (
    crossfiling,
    documents,
    entity,
    order,
    people,
    province,
    services,
)
from beianrules.facts.context import Context
from beianrules.model import Filing
from beianrules.provinces import parameters as province_parameters
from beianrules.registry import Registry

Fact = dict[str, Any]

# Each module: FIELDS (kind -> field names) and facts(ctx) -> list of facts.
_MODULES = (order, province, people, documents, entity, services, crossfiling)

FACT_FIELDS: dict[str, frozenset[str]] = {}
for _module in _MODULES:
    for _kind, _fields in _module.FIELDS.items():
        assert _kind not in FACT_FIELDS, f"fact kind {_kind} declared twice"
        FACT_FIELDS[_kind] = frozenset(_fields) | {"kind", "ref"}


def build_facts(filing: Filing, *, as_of: _dt.date, registry: Registry | None = None) -> list[Fact]:
    """All facts about one filing, in a deterministic order."""
    ctx = Context(filing=filing, as_of=as_of, registry=registry,
                  params=province_parameters(filing.order.province))
    return [_clean(f) for module in _MODULES for f in module.facts(ctx)]


def _clean(fact: Fact) -> Fact:
    declared = FACT_FIELDS.get(fact["kind"])
    if declared is None:
        raise ValueError(f"fact kind {fact['kind']!r} is not declared in any fact module")
    undeclared = set(fact) - declared
    if undeclared:
        raise ValueError(f"fact {fact['kind']!r} has undeclared fields {sorted(undeclared)}")
    return {k: v for k, v in fact.items() if v is not None}

"""Fact builders: pure functions from the model to flat, JSON-safe facts.

Everything that needs Python is computed here — dates against ``as_of``,
phone regions, comparisons with the registry, absence of attachments — so
that rule conditions stay constant tests and equality joins (ENGINE.md, "the
pattern", point 1). A fact is a dict with a ``kind``, a ``ref`` unique within
one check (the input path of what it describes, where there is one), and the
fields its kind declares in :data:`FACT_KINDS` (``beianrules.facts.schema``). A field whose value is not
known is left out, never set to None: an absent field matches no test, so a
rule that needs it stays silent.
"""

from __future__ import annotations

import datetime as _dt
import functools
from collections.abc import Collection
from typing import Any

from beianrules.facts import (
    apps_access,
    authorization,
    contact_checks,
    crossfiling,
    document_checks,
    documents,
    domain_checks,
    entity,
    identity_checks,
    observed,
    order,
    people,
    person_documents,
    principal_checks,
    province,
    registration,
    services,
    site_counts,
    site_names,
    supporting_documents,
    verification,
)
from beianrules.facts.context import Context
from beianrules.facts.schema import FactKind, kinds_by_name
from beianrules.model import Filing
from beianrules.provinces import parameters as province_parameters
from beianrules.registry import Registry

Fact = dict[str, Any]

# Each module: KINDS (its fact kinds, declared) and facts(ctx) -> list of facts.
_MODULES = (order, province, people, documents, entity, services, crossfiling, contact_checks, principal_checks,
            identity_checks, site_names, site_counts, domain_checks, document_checks,
            # format 1.1
            registration, authorization, person_documents, observed, apps_access, verification,
            supporting_documents)

FACT_KINDS: dict[str, FactKind] = kinds_by_name(*(module.KINDS for module in _MODULES))
"""Every fact kind the builders make, by name: the vocabulary rule conditions are checked against."""

# The fields a built fact may carry, by kind (checked on every fact: computed once).
_DECLARED: dict[str, frozenset[str]] = {name: frozenset(kind.all_fields()) | {"kind"}
                                        for name, kind in FACT_KINDS.items()}


def build_facts(filing: Filing, *, as_of: _dt.date, registry: Registry | None = None,
                kinds: Collection[str] | None = None) -> list[Fact]:
    """All facts about one filing, in a deterministic order; fields whose value is unknown are left out.

    ``kinds``: only the facts of these kinds (those a check's rules match,
    :func:`beianrules.rulebook.fact_kinds_read`); None for every kind. A module none of whose kinds is asked
    for is not run.
    """
    wanted = None if kinds is None else frozenset(kinds)
    ctx = Context(filing=filing, as_of=as_of, registry=registry,
                  params=province_parameters(filing.order.province), kinds=wanted)
    if wanted is None:
        return [_clean(f) for module in _MODULES for f in module.facts(ctx)]
    return [_clean(f) for module in _modules_reading(wanted) for f in module.facts(ctx) if f["kind"] in wanted]


@functools.lru_cache(maxsize=256)
def _modules_reading(kinds: frozenset[str]) -> tuple[Any, ...]:
    return tuple(module for module in _MODULES if not kinds.isdisjoint(kind.name for kind in module.KINDS))


def _clean(fact: Fact) -> Fact:
    declared = _DECLARED.get(fact["kind"])
    if declared is None:
        raise ValueError(f"fact kind {fact['kind']!r} is not declared in any fact module")
    if not declared.issuperset(fact):
        raise ValueError(f"fact {fact['kind']!r} has undeclared fields {sorted(fact.keys() - declared)}")
    if None in fact.values():  # most facts know every field: those are kept as built, not copied
        return {k: v for k, v in fact.items() if v is not None}
    return fact

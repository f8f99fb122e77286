"""The rule registry: national rules by area, plus each province module's rules.

Built once, at first use, and refused whole if any declaration is wrong:
duplicate codes, a missing translation, placeholders that differ between zh
and en or name no evidence, a missing doc section or source, no example that
fires or none that does not, a condition that binds or tests wrongly.
"""

from __future__ import annotations

import datetime as _dt
import functools
from typing import Iterable

from beianrules.provinces import PROVINCE_CODES, province_rules
from beianrules.rules import (
    contacts,
    documents,
    entity,
    operations,
    principals,
    services,
)
from beianrules.rules.declaration import Mode, Rule, declaration_problems

NATIONAL_AREAS = (entity, documents, principals, contacts, services, operations)


class RuleDeclarationError(Exception):
    """A rule declaration is incomplete or inconsistent (a programming error, found at import)."""


def build_registry(rules: Iterable[Rule]) -> dict[str, Rule]:
    registry: dict[str, Rule] = {}
    problems = []
    for rule in rules:
        if rule.code in registry:
            problems.append(f"{rule.code}: declared twice")
        problems.extend(f"{rule.code}: {p}" for p in declaration_problems(rule))
        registry[rule.code] = rule
    if problems:
        raise RuleDeclarationError("invalid rule declarations:\n  " + "\n  ".join(problems))
    return dict(sorted(registry.items()))


def _declared() -> Iterable[Rule]:
    for area in NATIONAL_AREAS:
        yield from area.RULES
    for code in PROVINCE_CODES:
        for rule in province_rules(code):
            if rule.province != code:
                raise RuleDeclarationError(f"{rule.code}: declared in province {code} with province={rule.province!r}")
            yield rule


@functools.cache
def registry() -> dict[str, Rule]:
    return build_registry(_declared())


def all_rules(province: str | None = None) -> tuple[Rule, ...]:
    """Every declared rule, or those that can apply in ``province`` (national + its own)."""
    rules = registry().values()
    if province is not None:
        rules = [r for r in rules if r.province in (None, province)]
    return tuple(rules)


def rulebook(*, province: str, mode: Mode, as_of: _dt.date) -> tuple[Rule, ...]:
    """The rules a check runs: national ones and the province's, for this mode and day."""
    return tuple(r for r in registry().values() if r.applies(province=province, mode=mode, as_of=as_of))

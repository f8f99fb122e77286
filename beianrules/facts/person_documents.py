"""Facts for the format-1.1 rows about principals' ages, ID document types, photos and units' special
certificates (FORMAT 1.1)."""

from __future__ import annotations

from beianrules.facts.context import Context
from beianrules.facts.schema import FactKind
from beianrules.finding import Fact

KINDS: tuple[FactKind, ...] = ()


def facts(ctx: Context) -> list[Fact]:
    return []

"""Facts for the format-1.1 rows about the business-registration snapshot and the entity's certificate
(FORMAT 1.1 groups B, I)."""

from __future__ import annotations

from beianrules.facts.context import Context
from beianrules.facts.schema import FactKind
from beianrules.finding import Fact

KINDS: tuple[FactKind, ...] = ()


def facts(ctx: Context) -> list[Fact]:
    return []

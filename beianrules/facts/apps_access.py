"""Facts for the format-1.1 rows about APP kinds, icons and domains, domain holders, and where the
servers are (FORMAT 1.1 groups F-H)."""

from __future__ import annotations

from beianrules.facts.context import Context
from beianrules.facts.schema import FactKind
from beianrules.finding import Fact

KINDS: tuple[FactKind, ...] = ()


def facts(ctx: Context) -> list[Fact]:
    return []

"""Facts for the format-1.1 rows about what a crawl of the filed site or APP saw (FORMAT 1.1 group E,
`observed`)."""

from __future__ import annotations

from beianrules.facts.context import Context
from beianrules.facts.schema import FactKind
from beianrules.finding import Fact

KINDS: tuple[FactKind, ...] = ()


def facts(ctx: Context) -> list[Fact]:
    return []

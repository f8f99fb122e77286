"""Facts for the wave-1b site_counts rules (REASONS-WAVE1, table 1b): being written."""

from __future__ import annotations

from beianrules.facts.context import Context
from beianrules.facts.schema import FactKind
from beianrules.finding import Fact

KINDS: tuple[FactKind, ...] = ()


def facts(ctx: Context) -> list[Fact]:
    return []

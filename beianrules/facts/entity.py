"""Facts about the entity as a whole: its certificate, filing numbers, and its other filings."""

from __future__ import annotations

from beianrules.facts.context import Context

FIELDS: dict[str, tuple[str, ...]] = {}


def facts(ctx: Context) -> list[dict]:
    return []

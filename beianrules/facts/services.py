"""Facts about websites and APPs: content categories and pre-approvals."""

from __future__ import annotations

from beianrules.facts.context import Context

FIELDS: dict[str, tuple[str, ...]] = {}


def facts(ctx: Context) -> list[dict]:
    return []

"""Facts about the order itself: its type, status and requested operation."""

from __future__ import annotations

from beianrules.facts.context import Context

CANCEL_TYPES = frozenset({"cancel_access", "cancel_website", "cancel_app", "cancel_entity"})

FIELDS = {
    "order": (
        "path", "type", "status", "operation", "province", "commercial", "audit",
        "is_cancellation", "type_path", "status_path", "operation_path", "as_of",
    ),
}


def facts(ctx: Context) -> list[dict]:
    filing, as_of = ctx.filing, ctx.as_of
    o = filing.order
    return [{
        "kind": "order",
        "ref": "order",
        "path": "order",
        "type": o.type,
        "status": o.status,
        "operation": o.operation,
        "province": o.province,
        "commercial": o.commercial,
        "audit": filing.is_audit,
        "is_cancellation": o.type in CANCEL_TYPES,
        "type_path": "order.type",
        "status_path": "order.status",
        "operation_path": "order.operation",
        "as_of": as_of.isoformat(),
    }]

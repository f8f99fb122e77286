"""Facts about the order itself: its type, status and requested operation, and what the
filer said on the verification call (``verification.statements``)."""

from __future__ import annotations

from beianrules.facts.context import Context
from beianrules.facts.schema import DATE, FLAG, PATH, FactKind, token
from beianrules.finding import Fact
from beianrules.model import CANCEL_TYPES

# Operations that send the order's data onwards (rather than withdraw or abandon it): only these can
# be refused for what the data says (ORDER_FIELD_NOT_EDITABLE).
CONTENT_OPERATIONS = frozenset({"submit", "modify"})

KINDS = (
    FactKind("order", "The order itself: what it asks for, where it stands, what the applicant requests.", {
        "path": PATH, "type": token("order_type"), "status": token("order_status"),
        "operation": token("operation"), "province": token("province"), "commercial": FLAG, "audit": FLAG,
        "is_cancellation": FLAG, "type_path": PATH, "status_path": PATH, "operation_path": PATH, "as_of": DATE,
        "submits_content": FLAG,
    }),
    # One per verification.statements entry: a recorded statement of the filer (FORMAT.md enumerates
    # the tokens; the converter refuses others), e.g. that an APP or the provider's servers are
    # no longer used (SEED:L21).
    FactKind("verification_statement", "One statement the filer made on a verification call.", {
        "path": PATH, "statement": token("statement"),
    }),
)


def facts(ctx: Context) -> list[Fact]:
    filing, as_of = ctx.filing, ctx.as_of
    o = filing.order
    built = [{
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
        "submits_content": o.operation in CONTENT_OPERATIONS,
    }]
    for i, statement in enumerate(filing.verification.statements):
        path = f"verification.statements[{i}]"
        built.append({"kind": "verification_statement", "ref": path, "path": path, "statement": statement})
    return built

"""Facts about the order itself: its type, status and requested operation, and what the
filer said on the verification call (``verification.statements``)."""

from __future__ import annotations

from beianrules.facts.context import Context
from beianrules.model import CANCEL_TYPES

# order.type as FORMAT.md names it, for messages.
TYPE_NAMES = {
    "new_filing": ("首次备案", "first filing"),
    "new_website": ("新增网站", "new website"),
    "new_app": ("新增APP", "new APP"),
    "new_access": ("新增接入", "new access"),
    "change": ("变更备案", "change"),
    "cancel_access": ("取消接入", "access cancellation"),
    "cancel_website": ("注销网站", "website cancellation"),
    "cancel_app": ("注销APP", "APP cancellation"),
    "cancel_entity": ("注销主体", "entity cancellation"),
}

# order.status as FORMAT.md names it, for messages.
STATUS_NAMES = {
    "draft": ("未提交", "draft"),
    "provider_review": ("接入商初审中", "under the provider's review"),
    "authority_review": ("管局审核中", "under the bureau's review"),
    "rejected": ("已驳回", "rejected"),
    "approved": ("已通过", "approved"),
    "abandoned": ("已放弃", "abandoned"),
}

# Operations that send the order's data onwards (rather than withdraw or abandon it): only these can
# be refused for what the data says (ORDER_FIELD_NOT_EDITABLE).
CONTENT_OPERATIONS = frozenset({"submit", "modify"})

FIELDS = {
    "order": (
        "path", "type", "status", "operation", "province", "commercial", "audit",
        "is_cancellation", "type_path", "status_path", "operation_path", "as_of",
        "type_zh", "type_en", "status_zh", "status_en", "submits_content",
    ),
    # One per verification.statements entry: a recorded statement of the filer (FORMAT.md enumerates
    # the tokens; the converter refuses others), e.g. that an APP or the provider's servers are
    # no longer used (SEED:L21).
    "verification_statement": ("path", "statement"),
}


def facts(ctx: Context) -> list[dict]:
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
        "type_zh": TYPE_NAMES[o.type][0],
        "type_en": TYPE_NAMES[o.type][1],
        "status_zh": STATUS_NAMES[o.status][0],
        "status_en": STATUS_NAMES[o.status][1],
        "submits_content": o.operation in CONTENT_OPERATIONS,
    }]
    for i, statement in enumerate(filing.verification.statements):
        path = f"verification.statements[{i}]"
        built.append({"kind": "verification_statement", "ref": path, "path": path, "statement": statement})
    return built

"""The parameters of the bureau the order goes to, as one fact."""

from __future__ import annotations

from beianrules.facts.context import Context
from beianrules.model import Filing
from beianrules.provinces._base import ProvinceParameters

FIELDS = {
    "province": ("code", "legal_rep", "local_phones_required", "out_of_province_id"),
}


def local_phones_required(filing: Filing, params: ProvinceParameters) -> bool:
    rule = params.local_phones
    return rule is not None and (rule.entity_types is None or filing.entity.type in rule.entity_types)


def facts(ctx: Context) -> list[dict]:
    filing, params = ctx.filing, ctx.params
    return [{
        "kind": "province",
        "ref": f"province:{params.code}",
        "code": params.code,
        "legal_rep": params.legal_rep,
        "local_phones_required": local_phones_required(filing, params),
        "out_of_province_id": params.out_of_province_id,
    }]

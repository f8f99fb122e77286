"""The parameters of the bureau the order goes to, as one fact."""

from __future__ import annotations

from beianrules.facts.context import Context
from beianrules.model import Filing
from beianrules.provinces._base import ProvinceParameters
from beianrules.provinces._table import PROVINCE_NAMES

FIELDS = {
    "province": ("code", "name_zh", "name_en", "legal_rep", "legal_rep_policy_zh", "legal_rep_policy_en",
                 "local_phones_required", "out_of_province_id"),
}

# How each legal-representative policy reads in a message (ProvinceParameters.legal_rep).
LEGAL_REP_POLICY_TEXT = {
    "required": ("主体负责人须为法定代表人", "the principal must be the legal representative"),
    "letter": ("主体负责人非法定代表人时须上传法定代表人授权委托书",
               "a principal other than the legal representative needs his authorization letter"),
    "free": ("主体负责人可由他人担任", "the principal may be another person"),
}


def local_phones_required(filing: Filing, params: ProvinceParameters) -> bool:
    rule = params.local_phones
    if rule is None or (rule.entity_types is not None and filing.entity.type not in rule.entity_types):
        return False
    # Where the bureau lets a unit explain a non-local number in entity.remark (SX, AL-SX18), one that did is exempt.
    explained = filing.entity.type != "individual" and bool((filing.entity.remark or "").strip())
    return not (rule.remark_exempts_units and explained)


def facts(ctx: Context) -> list[dict]:
    filing, params = ctx.filing, ctx.params
    return [{
        "kind": "province",
        "ref": f"province:{params.code}",
        "code": params.code,
        "name_zh": PROVINCE_NAMES[params.code].name_zh,
        "name_en": PROVINCE_NAMES[params.code].name_en,
        "legal_rep": params.legal_rep,
        "legal_rep_policy_zh": LEGAL_REP_POLICY_TEXT[params.legal_rep][0],
        "legal_rep_policy_en": LEGAL_REP_POLICY_TEXT[params.legal_rep][1],
        "local_phones_required": local_phones_required(filing, params),
        "out_of_province_id": params.out_of_province_id,
    }]

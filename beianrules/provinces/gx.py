"""Guangxi (桂, 45) — the Guangxi Communications Administration's filing rules.

The principal must be the legal representative (TC-SUBJ; HW-KB). Personal
filings may not cross provinces (HW-KB). No local-number requirement
documented; no special document found (RULE-CATALOG §7: Guangxi data thin).
"""
from beianrules.provinces._base import ProvinceParameters

PARAMETERS = ProvinceParameters(
    code="GX",
    legal_rep="required",
    legal_rep_source=("TC-SUBJ", "HW-KB"),
    local_phones=None,
    out_of_province_id="local_id_only",
    out_of_province_id_source=("HW-KB",),
    special_documents=(),
    conflicts=(),
)

RULES = ()

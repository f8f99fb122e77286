"""Guangxi (桂, 45) — the Guangxi Communications Administration's filing rules.

The principal must be the legal representative (TC-SUBJ; HW-KB). Personal
filings may not cross provinces (HW-KB). No local-number requirement
documented; no special document found (RULE-CATALOG §7: Guangxi data thin).
"""

from beianrules.provinces._schema import ProvinceParameters, Sourced

PARAMETERS = ProvinceParameters(
    code="GX",
    legal_rep=Sourced("required", ("TC-SUBJ", "HW-KB")),
    out_of_province_id=Sourced("local_id_only", ("HW-KB",)),
    local_phones=Sourced(None),
)

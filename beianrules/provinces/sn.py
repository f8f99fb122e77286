"""Shaanxi (陕, 61) — the Shaanxi Communications Administration's filing rules.

The principal must be the legal representative (TC-SUBJ; HW-KB). Personal
filers from other provinces are supported (HW-KB). No local-number requirement
documented; no special document found. Limits of ≤ 5 personal / ≤ 30
enterprise sites per entity (HW-S2) are separate rules.
"""

from beianrules.provinces._schema import ProvinceParameters, Sourced

PARAMETERS = ProvinceParameters(
    code="SN",
    legal_rep=Sourced("required", ("TC-SUBJ", "HW-KB")),
    out_of_province_id=Sourced("proof_accepted", ("HW-KB",)),
    local_phones=Sourced(None),
)

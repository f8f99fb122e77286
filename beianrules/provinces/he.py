"""Hebei (冀, 13) — the Hebei Communications Administration's filing rules.

The principal must be the legal representative (TC-SUBJ; AL-HE; HW-S7); a
letter only serves to authorize a Chinese citizen when the legal representative
is foreign. The principal's mobile must belong to Hebei, Beijing or Tianjin
(AL-HE). Nothing documented on non-local personal filers (only: no foreigners,
age ≥ 18, HW-KB). No special document found.
"""
from beianrules.provinces._base import LocalPhones, ProvinceParameters

PARAMETERS = ProvinceParameters(
    code="HE",
    legal_rep="required",
    legal_rep_source=("TC-SUBJ", "AL-HE", "HW-S7"),
    local_phones=LocalPhones(
        accepted=frozenset({"HE", "BJ", "TJ"}),
        source=("AL-HE",),
    ),
    out_of_province_id="unknown",
    out_of_province_id_source=(),
    special_documents=(),
    conflicts=(),
)

RULES = ()

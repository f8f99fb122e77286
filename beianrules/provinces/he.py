"""Hebei (冀, 13) — the Hebei Communications Administration's filing rules.

The principal must be the legal representative (TC-SUBJ; AL-HE; HW-S7); a
letter only serves to authorize a Chinese citizen when the legal representative
is foreign. The principal's mobile must belong to Hebei, Beijing or Tianjin
(AL-HE). Nothing documented on non-local personal filers (only: no foreigners,
age ≥ 18, HW-KB). No special document found.
"""

from beianrules.provinces._schema import LocalPhones, ProvinceParameters, Sourced

PARAMETERS = ProvinceParameters(
    code="HE",
    legal_rep=Sourced("required", ("TC-SUBJ", "AL-HE", "HW-S7")),
    out_of_province_id=Sourced("unknown"),
    local_phones=Sourced(LocalPhones(accepted=frozenset({"HE", "BJ", "TJ"})), ("AL-HE",)),
)

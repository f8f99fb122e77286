"""Henan (豫, 41) — the Henan Communications Administration's filing rules.

The principal must be the legal representative (HW-S1; TC-SUBJ). Only a 3P
page (WESTCLOUDS, 2017) says personal filers need a Henan ID and Henan
address and phone numbers — not enough to reject, so neither a local-number
requirement nor a local-ID rule is set. No special document found.
"""

from beianrules.provinces._schema import ProvinceParameters, Sourced

PARAMETERS = ProvinceParameters(
    code="HA",
    legal_rep=Sourced("required", ("HW-S1", "TC-SUBJ")),
    out_of_province_id=Sourced("unknown"),
    local_phones=Sourced(None),
)

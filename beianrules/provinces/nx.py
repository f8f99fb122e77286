"""Ningxia (宁, 64) — the Ningxia Communications Administration's filing rules.

The principal must be the legal representative (HW-S4; TC-SUBJ). Contact
numbers have no attribution requirement (HW-S4). Personal filings may not
cross provinces (HW-KB; HELPW 3P agrees). The 网站情况说明书 for entities with
≥ 5 filed sites (HW-S4) has no ``attachments[].type`` in FORMAT.md and is not
yet checkable.
"""

from beianrules.provinces._schema import ProvinceParameters, Sourced

PARAMETERS = ProvinceParameters(
    code="NX",
    legal_rep=Sourced("required", ("HW-S4", "TC-SUBJ")),
    out_of_province_id=Sourced("local_id_only", ("HW-KB",)),
    local_phones=Sourced(None),
)

"""Heilongjiang (黑, 23) — the Heilongjiang Communications Administration's filing rules.

The principal must be the legal representative (TC-SUBJ; HW-S1); a 个体工商户
files as an enterprise with the operator as principal. No local-number
requirement and nothing on non-local personal filers documented. The
establishment authority's approval for 党政机关/事业单位 (HW-S1) has no
``attachments[].type`` in FORMAT.md and is not yet checkable.
"""

from beianrules.provinces._schema import ProvinceParameters, Sourced

PARAMETERS = ProvinceParameters(
    code="HL",
    legal_rep=Sourced("required", ("TC-SUBJ", "HW-S1")),
    out_of_province_id=Sourced("unknown"),
    local_phones=Sourced(None),
)

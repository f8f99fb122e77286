"""Chongqing (渝, 50) — the Chongqing Communications Administration's filing rules.

The principal must be the legal representative (HW-S3; TC-SUBJ); a service
principal who is not needs a letter (TC-SITE). Different entities may not
reuse a mobile, and entities on the abnormal list must be normal first (HW-S3).
No local-number requirement, nothing on non-local personal filers, no special
document found.
"""

from beianrules.provinces._schema import ProvinceParameters, Sourced

PARAMETERS = ProvinceParameters(
    code="CQ",
    legal_rep=Sourced("required", ("HW-S3", "TC-SUBJ")),
    out_of_province_id=Sourced("unknown"),
    local_phones=Sourced(None),
)

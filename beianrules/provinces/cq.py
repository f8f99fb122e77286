"""Chongqing (渝, 50) — the Chongqing Communications Administration's filing rules.

The principal must be the legal representative (HW-S3; TC-SUBJ); a service
principal who is not needs a letter (TC-SITE). Different entities may not
reuse a mobile, and entities on the abnormal list must be normal first (HW-S3).
No local-number requirement, nothing on non-local personal filers, no special
document found.
"""
from beianrules.provinces._base import ProvinceParameters

PARAMETERS = ProvinceParameters(
    code="CQ",
    legal_rep="required",
    legal_rep_source=("HW-S3", "TC-SUBJ"),
    local_phones=None,
    out_of_province_id="unknown",
    out_of_province_id_source=(),
    special_documents=(),
    conflicts=(),
)

RULES = ()

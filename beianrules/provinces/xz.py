"""Tibet (藏, 54) — the Tibet Communications Administration's filing rules.

The principal must be the legal representative (HW-S3; TC-SUBJ). Contact
numbers have no attribution requirement (HW-S3). Personal filers must use a
local ID (HW-KB). The 《互联网宗教信息服务许可证》 for religion-related scope
(HW-S3) is a pre-approval, not a provincial document.
"""
from beianrules.provinces._base import ProvinceParameters

PARAMETERS = ProvinceParameters(
    code="XZ",
    legal_rep="required",
    legal_rep_source=("HW-S3", "TC-SUBJ"),
    local_phones=None,
    out_of_province_id="local_id_only",
    out_of_province_id_source=("HW-KB",),
    special_documents=(),
    conflicts=(),
)

RULES = ()

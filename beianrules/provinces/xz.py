"""Tibet (藏, 54) — the Tibet Communications Administration's filing rules.

The principal must be the legal representative (HW-S3; TC-SUBJ). Contact
numbers have no attribution requirement (HW-S3). Personal filers must use a
local ID (HW-KB). The 《互联网宗教信息服务许可证》 for religion-related scope
(HW-S3) is a pre-approval, not a provincial document.
"""

from beianrules.provinces._schema import ProvinceParameters, Sourced

PARAMETERS = ProvinceParameters(
    code="XZ",
    legal_rep=Sourced("required", ("HW-S3", "TC-SUBJ")),
    out_of_province_id=Sourced("local_id_only", ("HW-KB",)),
    local_phones=Sourced(None),
)

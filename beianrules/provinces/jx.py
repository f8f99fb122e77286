"""Jiangxi (赣, 36) — the Jiangxi Communications Administration's filing rules.

The principal must be the legal representative (TC-SUBJ; VE-JX; KS-JX; HW-KB).
Personal filers with a non-Jiangxi ID may file only with a valid Jiangxi 居住证
(HW-JX-P; KS-JX). Contact numbers have no attribution requirement (HW-JX-P).
The establishment office's pre-approval for 党政机关/事业单位 (HW-KB doc_0226)
has no ``attachments[].type`` in FORMAT.md and is not yet checkable.
"""

from beianrules.provinces._schema import ProvinceParameters, Sourced

PARAMETERS = ProvinceParameters(
    code="JX",
    legal_rep=Sourced("required", ("TC-SUBJ", "VE-JX", "KS-JX", "HW-KB")),
    out_of_province_id=Sourced("residence_permit_only", ("HW-JX-P", "KS-JX")),
    local_phones=Sourced(None),
)

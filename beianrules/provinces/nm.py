"""Inner Mongolia (蒙, 15) — the Inner Mongolia Communications Administration's filing rules.

The principal must be the legal representative, with no alternative (AL-NM;
TC-SUBJ). Personal filers need a local ID; temporary IDs are refused (HW-KB).
No local-number requirement documented. Not yet checkable (no
``attachments[].type`` in FORMAT.md): photos of a non-local legal
representative holding the ID and the licence (AL-NM), and the
事业单位网站开办审核申请表 for public institutions (HW-KB doc_0218).
"""
from beianrules.provinces._base import ProvinceParameters

PARAMETERS = ProvinceParameters(
    code="NM",
    legal_rep="required",
    legal_rep_source=("AL-NM", "TC-SUBJ"),
    local_phones=None,
    out_of_province_id="local_id_only",
    out_of_province_id_source=("HW-KB",),
    special_documents=(),
    conflicts=(),
)

RULES = ()

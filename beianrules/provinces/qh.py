"""Qinghai (青, 63) — the Qinghai Communications Administration's filing rules.

The principal must be the legal representative (AL-QH; HW-S3; TC-SUBJ).
Contact numbers may be from any province if they are the person's own (HW-S3).
Personal filers need a local ID (HW-KB). The "five images" required on change
filings (HW-S2; HW-KB doc_0238) have no ``attachments[].type`` in FORMAT.md
and are not yet checkable.
"""
from beianrules.provinces._base import ProvinceParameters

PARAMETERS = ProvinceParameters(
    code="QH",
    legal_rep="required",
    legal_rep_source=("AL-QH", "HW-S3", "TC-SUBJ"),
    local_phones=None,
    out_of_province_id="local_id_only",
    out_of_province_id_source=("HW-KB",),
    special_documents=(),
    conflicts=(),
)

RULES = ()

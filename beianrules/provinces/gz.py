"""Guizhou (贵/黔, 52) — the Guizhou Communications Administration's filing rules.

The principal must be the legal representative (AL-GZ; TC-SUBJ); a service
principal who is not needs a letter. Mailing and certificate address must be
in the same city (HW-KB). No local-number requirement, nothing on non-local
personal filers, no special document found.
"""
from beianrules.provinces._base import ProvinceParameters

PARAMETERS = ProvinceParameters(
    code="GZ",
    legal_rep="required",
    legal_rep_source=("AL-GZ", "TC-SUBJ"),
    local_phones=None,
    out_of_province_id="unknown",
    out_of_province_id_source=(),
    special_documents=(),
    conflicts=(),
)

RULES = ()

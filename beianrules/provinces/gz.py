"""Guizhou (贵/黔, 52) — the Guizhou Communications Administration's filing rules.

The principal must be the legal representative (AL-GZ; TC-SUBJ); a service
principal who is not needs a letter. Mailing and certificate address must be
in the same city (HW-KB). No local-number requirement, nothing on non-local
personal filers, no special document found.
"""

from beianrules.provinces._schema import ProvinceParameters, Sourced

PARAMETERS = ProvinceParameters(
    code="GZ",
    legal_rep=Sourced("required", ("AL-GZ", "TC-SUBJ")),
    out_of_province_id=Sourced("unknown"),
    local_phones=Sourced(None),
)

"""Hunan (湘, 43) — the Hunan Communications Administration's filing rules.

The principal must be the legal representative, with no alternative
(AL-HN-ZH; HW-S1; TC-SUBJ). Contact numbers must be Hunan numbers (AL-HN18;
HW-KB; KS-HN). Nothing documented on non-local personal filers. The
网站建设方案书 for entities that already have filed sites (HW-KB; KS-HN) has no
``attachments[].type`` in FORMAT.md and is not yet checkable.
"""

from beianrules.provinces._schema import LocalPhones, ProvinceParameters, Sourced

PARAMETERS = ProvinceParameters(
    code="HN",
    legal_rep=Sourced("required", ("AL-HN-ZH", "HW-S1", "TC-SUBJ")),
    out_of_province_id=Sourced("unknown"),
    local_phones=Sourced(LocalPhones(accepted=frozenset({"HN"})), ("AL-HN18", "HW-KB", "KS-HN")),
)

"""Hainan (琼, 46) — the Hainan Communications Administration's filing rules.

Whether the principal must be the legal representative is disputed
(HW-HAINAN 2021-01-29: yes; TC-SUBJ and HW-KB: someone else with a letter);
the letter reading is used. No local-number requirement and nothing on
non-local personal filers documented. The licence-seal requirement
(海南省市场监督管理局商事登记专用章 + 琼 number, HW-KB doc_0230) concerns the
licence image, not a separate document.
"""
from beianrules.provinces._base import ProvinceParameters

PARAMETERS = ProvinceParameters(
    code="HI",
    legal_rep="letter",
    legal_rep_source=("TC-SUBJ", "HW-KB"),
    local_phones=None,
    out_of_province_id="unknown",
    out_of_province_id_source=(),
    special_documents=(),
    conflicts=(
        "legal_rep: HW-HAINAN (2021-01-29) says the principal must be the legal "
        "representative; TC-SUBJ and HW-KB accept another person with the legal "
        "representative's authorization letter. Chosen: letter — the reading that "
        "rejects less.",
    ),
)

RULES = ()

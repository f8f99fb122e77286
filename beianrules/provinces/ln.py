"""Liaoning (辽, 21) — the Liaoning Communications Administration's filing rules.

TC-SUBJ says the principal may be someone other than the legal representative;
Aliyun's Liaoning page (AL-LN) accepts that only with the legal
representative's 主体负责人授权委托书, and not at all for financial units (an
exception this parameter set cannot express — see ``conflicts``). No
local-number requirement or non-local personal rule documented; no special
document found.
"""
from beianrules.provinces._base import ProvinceParameters

PARAMETERS = ProvinceParameters(
    code="LN",
    legal_rep="letter",
    legal_rep_source=("TC-SUBJ", "AL-LN"),
    local_phones=None,
    out_of_province_id="unknown",
    out_of_province_id_source=(),
    special_documents=(),
    conflicts=(
        "legal_rep: TC-SUBJ lists Liaoning among provinces where the principal may be "
        "someone else (no letter mentioned); AL-LN requires the legal representative's "
        "authorization letter and, for financial units, the legal representative "
        "himself. Chosen: letter (the catalog's reading of the province page); the "
        "financial-unit exception is not modelled, so financial units are not rejected "
        "when a letter is attached.",
    ),
)

RULES = ()

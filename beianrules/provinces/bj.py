"""Beijing (京, 11) — the Beijing Communications Administration's filing rules.

Whether a unit's principal must be the legal representative is disputed
(TC-SUBJ: no; AL-BJ18 and HW-KB: yes); the module stays silent (``free``).
No local-number requirement and nothing on non-local personal filers is
documented. Aliyun lists Beijing among provinces with special materials, but
their content was not captured (3P code: superior-unit letters for
government/public units), so no document is checked. Not yet checkable here:
the suffix whitelist from 2019-01-01 (TC-PROV), foreign-registrar/ccTLD
domains (AL-BJ18), office phone ≠ principal mobile (TC-SUBJ).
"""
from beianrules.provinces._base import ProvinceParameters

PARAMETERS = ProvinceParameters(
    code="BJ",
    legal_rep="free",
    legal_rep_source=("TC-SUBJ",),
    local_phones=None,
    out_of_province_id="unknown",
    out_of_province_id_source=(),
    special_documents=(),
    conflicts=(
        "legal_rep: TC-SUBJ says the principal need not be the legal representative; "
        "AL-BJ18 (2018-04-10) and HW-KB say it must be. Chosen: free (silent) — a "
        "rejection needs the sources to agree.",
    ),
)

RULES = ()

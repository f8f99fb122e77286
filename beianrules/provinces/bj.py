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

from beianrules.provinces._schema import ProvinceParameters, Sourced

PARAMETERS = ProvinceParameters(
    code="BJ",
    legal_rep=Sourced(
        "free", ("TC-SUBJ",),
        conflict=(
            "TC-SUBJ says the principal need not be the legal representative; AL-BJ18 (2018-04-10) "
            "and HW-KB say it must be. Chosen: free (silent) — a rejection needs the sources to "
            "agree."
        ),
    ),
    out_of_province_id=Sourced("unknown"),
    local_phones=Sourced(None),
    emergency_cross_use=Sourced("off"),
    office_phone_not_mobile=Sourced("on", ("TC-SUBJ",)),
    letter_requires_same_person=Sourced("off"),
    service_principal_letter=Sourced(
        "off",
        conflict=(
            "TC-SITE says a service principal needs no letter; GZIDC-3P asks for a sealed letter. Chosen: off "
            "(REASONS-WAVE1 c1)."
        ),
    ),
    principal_id_exclusive=Sourced("off"),
    minimum_ages=Sourced(None),
    service_principal_citizen=Sourced("off"),
    id_validity=Sourced("warning", ("HW-KB(doc_0024)",)),
    address_same=Sourced("off"),
    old_licence_order_types=Sourced(()),
    # -- wave 1b: site names, counts, personal content, APPs --
    # -- wave 1b: domains --
    # -- wave 1b: documents and pre-approval keywords --
    mailing_address_forbidden=Sourced(()),
)

"""Inner Mongolia (蒙, 15) — the Inner Mongolia Communications Administration's filing rules.

The principal must be the legal representative, with no alternative (AL-NM;
TC-SUBJ). Personal filers need a local ID; temporary IDs are refused (HW-KB).
No local-number requirement documented. Not yet checkable (no
``attachments[].type`` in FORMAT.md): photos of a non-local legal
representative holding the ID and the licence (AL-NM), and the
事业单位网站开办审核申请表 for public institutions (HW-KB doc_0218).
"""

from beianrules.provinces._schema import MinimumAges, ProvinceParameters, Sourced

PARAMETERS = ProvinceParameters(
    code="NM",
    legal_rep=Sourced("required", ("AL-NM", "TC-SUBJ")),
    out_of_province_id=Sourced("local_id_only", ("HW-KB",)),
    local_phones=Sourced(None),
    emergency_cross_use=Sourced("off"),
    office_phone_not_mobile=Sourced("off"),
    letter_requires_same_person=Sourced("off"),
    service_principal_letter=Sourced("error", ("HW-KB(doc_0218)",)),
    principal_id_exclusive=Sourced("off"),
    minimum_ages=Sourced(MinimumAges(unit_principal=14, individual=18, service_principal=14), ("AL-NM",)),
    service_principal_citizen=Sourced("off"),
    id_validity=Sourced("error", ("AL-NM",)),
    address_same=Sourced("off"),
    old_licence_order_types=Sourced(()),
    # -- wave 1b: site names, counts, personal content, APPs --
    personal_remark=Sourced("warning"),
    personal_blog=Sourced("allowed"),
    order_limits=Sourced(()),
    entity_limits=Sourced(()),
    # -- wave 1b: domains --
    domain_validity=Sourced("three_months", ("AL-NM", "HW-KB")),
    domain_holder=Sourced(
        "off",
        conflict=(
            "AL-NM: the unit only; MUCHS-3P: the unit, its shareholders, main principal or senior managers, which "
            "the document cannot show. Chosen: off, a unit's registrant is not compared (REASONS-WAVE1 c6)."
        ),
    ),
    gov_domain_suffix=Sourced("on", ("HW-KB(doc_0218)",)),
    allowed_tlds=Sourced(None),
    refused_access_tlds=Sourced(()),
    # -- wave 1b: documents and pre-approval keywords --
    check_form_months=Sourced(None),
    pre_approval_keywords=Sourced(()),
    mailing_address_forbidden=Sourced(()),
    # -- format 1.1: person_documents --
    age_16_18_proof=Sourced("off"),
    temporary_id_refused=Sourced("on", ("HW-KB(doc_0218)",)),
    citizen_resident_id=Sourced("off"),
    gov_unit_approval=Sourced("public_institution_application", ("HW-KB(doc_0218)",)),
    # -- format 1.1: observed --
    footer_number=Sourced("site_number", ("HW-KB(doc_0033, doc_0087)", "HW-ERR(3.1, 3.2)")),
    site_document_thresholds=Sourced(()),
    # -- format 1.1: registration --
    latest_licence_order_types=Sourced(()),
    individual_business_form=Sourced(()),
    individual_business_remark=Sourced(()),
    name_and_certificate_change=Sourced("certificate", ("MUCHS-NM-3P",)),
    # -- format 1.1: authorization --
    foreign_legal_rep=Sourced(
        "passport_accepted", ("HW-KB",),
        conflict=(
            "RULE-CATALOG names NM beside SH and ZJ as accepting the foreign legal representative's "
            "passport, with HW-KB as the row's source for SH and ZJ only. The value changes no "
            "verdict: PRINCIPAL_NOT_LEGAL_REP applies as usual, as under `unknown`."
        ),
    ),
)

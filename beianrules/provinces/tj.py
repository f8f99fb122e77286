"""Tianjin (津, 12) — the Tianjin Communications Administration's filing rules.

The principal must be the legal representative (TC-SUBJ; AL-TJ; HW-KB). Personal
filers with a non-Tianjin ID: HW-KB says supported, third parties (GUOKEYUN,
IN800) say local ID only — proof is accepted here (the reading that rejects
less). Local numbers (022 landline + local mobile) are claimed only by a 3P page
(IN800, 2017), so no local-number requirement. The 《天津地区互联网信息服务内容说明》
(AL-IDX; AL-TJ-NOTE, 2024-07-13) is the format-1.1 attachment
``tj_content_statement``, checked by TJ_CONTENT_STATEMENT (rulebook/supporting_documents.py).
"""

from beianrules.provinces._schema import MinimumAges, ProvinceParameters, Sourced

PARAMETERS = ProvinceParameters(
    code="TJ",
    legal_rep=Sourced("required", ("TC-SUBJ", "AL-TJ", "HW-KB")),
    out_of_province_id=Sourced(
        "proof_accepted", ("HW-KB",),
        conflict=(
            "HW-KB says personal filers with a non-Tianjin ID are supported (with address proof); "
            "GUOKEYUN-TJ-3P and IN800-TJ-3P say local ID only. Chosen: proof_accepted — the reading "
            "that rejects less."
        ),
    ),
    local_phones=Sourced(None),
    emergency_cross_use=Sourced("off"),
    office_phone_not_mobile=Sourced("off"),
    letter_requires_same_person=Sourced("off"),
    service_principal_letter=Sourced("error", ("TC-SITE",)),
    principal_id_exclusive=Sourced("warning", ("TC-TJ-3P",)),
    minimum_ages=Sourced(MinimumAges(unit_principal=16, individual=18, service_principal=18, legal_rep=16), ("AL-TJ",)),
    service_principal_citizen=Sourced("off"),
    id_validity=Sourced("warning", ("HW-KB(doc_0024)",)),
    address_same=Sourced("off"),
    old_licence_order_types=Sourced(()),
    # -- wave 1b: site names, counts, personal content, APPs --
    personal_remark=Sourced("warning", ("IN800-TJ-3P",)),
    personal_blog=Sourced("allowed"),
    order_limits=Sourced(()),
    entity_limits=Sourced(()),
    # -- wave 1b: domains --
    domain_validity=Sourced("three_months", ("HW-KB",)),
    domain_holder=Sourced("off"),
    gov_domain_suffix=Sourced("off"),
    allowed_tlds=Sourced(None),
    refused_access_tlds=Sourced(()),
    # -- wave 1b: documents and pre-approval keywords --
    check_form_months=Sourced(None),
    pre_approval_keywords=Sourced(()),
    mailing_address_forbidden=Sourced(("市辖区",), ("TC-TJ-3P",)),
    # -- format 1.1: person_documents --
    age_16_18_proof=Sourced("legal_rep", ("AL-TJ",)),
    temporary_id_refused=Sourced("off"),
    citizen_resident_id=Sourced("off"),
    gov_unit_approval=Sourced("domain_review_form", ("HW-KB(doc_0148)",)),
    # -- format 1.1: observed --
    footer_number=Sourced("site_number", ("HW-KB(doc_0033, doc_0087)", "HW-ERR(3.1, 3.2)")),
    site_document_thresholds=Sourced(()),
    # -- format 1.1: registration --
    latest_licence_order_types=Sourced(()),
    individual_business_form=Sourced(("enterprise", "operator_name"), ("AL-TJ-NOTE",)),
    individual_business_remark=Sourced(()),
    name_and_certificate_change=Sourced("certificate_advice", ("93SG-TJ-3P",)),
    # -- format 1.1: authorization --
    foreign_legal_rep=Sourced("unknown"),
)

"""Gansu (甘/陇, 62) — the Gansu Communications Administration's filing rules.

A principal other than the legal representative is accepted with a
主体负责人授权书 plus a remark on the person's role (TC-SUBJ; FC-GS; HW-KB).
Personal filers must use Gansu numbers (FC-GS) and a Gansu ID address
(FC-GS). The curtain-photo slogan 共同营造健康诚信网络环境 (TC-REJ) concerns a
photo that FORMAT.md does not carry and is not yet checkable.
"""

from beianrules.provinces._schema import LocalPhones, MinimumAges, ProvinceParameters, Sourced

PARAMETERS = ProvinceParameters(
    code="GS",
    legal_rep=Sourced("letter", ("TC-SUBJ", "FC-GS", "HW-KB")),
    out_of_province_id=Sourced("local_id_only", ("FC-GS",)),
    local_phones=Sourced(LocalPhones(accepted=frozenset({"GS"}), entity_types=frozenset({"individual"})), ("FC-GS",)),
    emergency_cross_use=Sourced("off"),
    office_phone_not_mobile=Sourced("off"),
    letter_requires_same_person=Sourced("off"),
    service_principal_letter=Sourced("off"),
    principal_id_exclusive=Sourced("off"),
    minimum_ages=Sourced(MinimumAges(individual=18), ("FC-GS",)),
    service_principal_citizen=Sourced("off"),
    id_validity=Sourced("warning", ("HW-KB(doc_0024)",)),
    address_same=Sourced("off"),
    old_licence_order_types=Sourced(()),
    # -- wave 1b: site names, counts, personal content, APPs --
    personal_remark=Sourced("error", ("FC-GS",)),
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
    mailing_address_forbidden=Sourced(()),
    # -- format 1.1: person_documents --
    age_16_18_proof=Sourced("off"),
    temporary_id_refused=Sourced("off"),
    citizen_resident_id=Sourced("off"),
    gov_unit_approval=Sourced("domain_review_form", ("HW-KB(doc_0148)",)),
    # -- format 1.1: observed --
    footer_number=Sourced("site_number", ("HW-KB(doc_0033, doc_0087)", "HW-ERR(3.1, 3.2)")),
    site_document_thresholds=Sourced(()),
    # -- format 1.1: registration --
    latest_licence_order_types=Sourced(()),
    individual_business_form=Sourced(()),
    individual_business_remark=Sourced(()),
    name_and_certificate_change=Sourced("off"),
    # -- format 1.1: authorization --
    foreign_legal_rep=Sourced("unknown"),
)

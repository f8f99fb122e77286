"""Hebei (冀, 13) — the Hebei Communications Administration's filing rules.

The principal must be the legal representative (TC-SUBJ; AL-HE; HW-S7); a
letter only serves to authorize a Chinese citizen when the legal representative
is foreign. The principal's mobile must belong to Hebei, Beijing or Tianjin
(AL-HE). Nothing documented on non-local personal filers (only: no foreigners,
age ≥ 18, HW-KB). No special document found.
"""

from beianrules.provinces._schema import LocalPhones, MinimumAges, ProvinceParameters, Sourced

PARAMETERS = ProvinceParameters(
    code="HE",
    legal_rep=Sourced("required", ("TC-SUBJ", "AL-HE", "HW-S7")),
    out_of_province_id=Sourced("unknown"),
    local_phones=Sourced(LocalPhones(accepted=frozenset({"HE", "BJ", "TJ"})), ("AL-HE",)),
    emergency_cross_use=Sourced("off"),
    office_phone_not_mobile=Sourced("off"),
    letter_requires_same_person=Sourced("off"),
    service_principal_letter=Sourced("off"),
    principal_id_exclusive=Sourced("off"),
    minimum_ages=Sourced(MinimumAges(unit_principal=14, individual=18, service_principal=14), ("AL-HE",)),
    service_principal_citizen=Sourced("off"),
    id_validity=Sourced("error", ("AL-HE",)),
    address_same=Sourced("city", ("HW-KB(doc_0216)",)),
    old_licence_order_types=Sourced(()),
    # -- wave 1b: site names, counts, personal content, APPs --
    personal_remark=Sourced("warning"),
    personal_blog=Sourced("allowed"),
    order_limits=Sourced(()),
    entity_limits=Sourced(()),
    # -- wave 1b: domains --
    domain_validity=Sourced("three_months", ("AL-HE", "HW-KB")),
    domain_holder=Sourced("unit_or_legal_rep", ("AL-HE",)),
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
    individual_business_form=Sourced(("personal", "remark"), ("HW-S7(HE)",)),
    individual_business_remark=Sourced(("个体工商户无工商字号",), ("HW-S7(HE)",)),
    name_and_certificate_change=Sourced("off"),
    # -- format 1.1: authorization --
    foreign_legal_rep=Sourced("authorize_mainland", ("AL-HE", "HW-S7")),
)

"""Shanxi (晋, 14) — the Shanxi Communications Administration's filing rules.

Principal = legal representative is disputed (TC-SUBJ: no; AL-SX18, HW-KB:
yes); the module stays silent (``free``). Contact numbers must be Shanxi
numbers (AL-SX18) — but an enterprise may use a non-local mobile if it gives a
reason in the remark (``remark_exempts_units``; see ``conflicts``).
Personal filers must use a Shanxi ID (HW-KB). ≥ 5 domains need domain
certificates (AL-SX18): no ``attachments[].type`` for it, not yet checkable.
"""

from beianrules.provinces._schema import LocalPhones, OrderLimit, ProvinceParameters, SiteDocumentThreshold, Sourced

PARAMETERS = ProvinceParameters(
    code="SX",
    legal_rep=Sourced(
        "free", ("TC-SUBJ",),
        conflict=(
            "TC-SUBJ says the principal need not be the legal representative; AL-SX18 (2018-01-08) "
            "and HW-KB say it must be. Chosen: free (silent) — a rejection needs the sources to "
            "agree."
        ),
    ),
    out_of_province_id=Sourced("local_id_only", ("HW-KB",)),
    local_phones=Sourced(
        LocalPhones(accepted=frozenset({"SX"}), remark_exempts_units=True), ("AL-SX18",),
        conflict=(
            "AL-SX18 lets an enterprise use a non-local mobile when entity.remark gives the reason. "
            "Reading (remark_exempts_units): do not reject a non-individual filer whose entity.remark "
            "is non-empty."
        ),
    ),
    emergency_cross_use=Sourced("off"),
    office_phone_not_mobile=Sourced("off"),
    letter_requires_same_person=Sourced("off"),
    service_principal_letter=Sourced("off"),
    principal_id_exclusive=Sourced("off"),
    minimum_ages=Sourced(None),
    service_principal_citizen=Sourced("off"),
    id_validity=Sourced("warning", ("HW-KB(doc_0024)",)),
    address_same=Sourced("off"),
    old_licence_order_types=Sourced(()),
    # -- wave 1b: site names, counts, personal content, APPs --
    personal_remark=Sourced("warning"),
    personal_blog=Sourced("allowed"),
    order_limits=Sourced((OrderLimit("domains", 3, ("new_filing", "new_website")),), ("HW-KB",)),
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
    site_document_thresholds=Sourced(
        (SiteDocumentThreshold("domains", 5, per_domain=("domain_certificate",)),), ("AL-SX18",),
    ),
    # -- format 1.1: registration --
    latest_licence_order_types=Sourced(()),
    individual_business_form=Sourced(()),
    individual_business_remark=Sourced(()),
    name_and_certificate_change=Sourced("former_name", ("AL-SX18",)),
    # -- format 1.1: authorization --
    foreign_legal_rep=Sourced("authorize_mainland", ("HW-KB(doc_0217)",)),
)

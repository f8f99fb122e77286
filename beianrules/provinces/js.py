"""Jiangsu (苏, 32) — the Jiangsu Communications Administration's filing rules.

The principal may be someone other than the legal representative, with the
legal representative's authorization letter (AL-JS; HW-KB; TC-SUBJ says no
letter is needed — the letter reading is kept, as the Jiangsu pages ask for it).
From 2021-06-01 every filing sent to the bureau carries the signed
《ICP备案信息真实性责任告知书》 and 《ICP备案信息真实性承诺书》, images at most
4 MB (SEED:L16, SEED:L22; HW-S5; AL-JS); orders sent to the provider in May
2021 but not yet to the bureau had to comply too. Not yet checkable: the
landline required of enterprises (TC-SUBJ), principal = service principal when
a letter is used (AL-JS), 16–18-year-old proof (HW-KB). Local numbers: only a
third-party page (WORLDCST-3P) says so, which is not enough to reject.
"""

from datetime import date

from beianrules.provinces._schema import (
    DocumentExample,
    DocumentRequirement,
    MinimumAges,
    PreApprovalKeyword,
    ProvinceParameters,
    SiteDocumentThreshold,
    Sourced,
    Wording,
)

_LETTERS = [{"type": "authenticity_responsibility_notice", "file": "n.jpg", "size_bytes": 812345},
            {"type": "authenticity_commitment", "file": "c.jpg", "size_bytes": 901234}]

AUTHENTICITY_LETTERS = DocumentRequirement(
    code="JS_AUTHENTICITY_LETTERS",
    attachments=("authenticity_responsibility_notice", "authenticity_commitment"),
    since=date(2021, 6, 1),
    # The seed's transitional month: orders at the provider in May 2021 had to comply already.
    transition_from=date(2021, 5, 1),
    max_bytes=4 * 1024 * 1024,
    signer="service_principal",
    sources=("SEED:L16", "SEED:L22", "HW-S5", "AL-JS", "HW-KB(doc_0039, doc_0043)"),
    requirement=Wording(
        zh="上传签字的《{document:attachment_type}》，图片不超过 {max_bytes:size}",
        en="the signed {document:attachment_type}, as an image of at most {max_bytes:size}",
    ),
    remedy=Wording(
        zh="请下载模板，由互联网信息服务负责人填写并手写签字（末段手写），拍照或扫描后上传，图片不超过 4MB。",
        en="Download the template, have the service principal fill it in and sign it by hand (last "
           "paragraph handwritten), and upload a photo or scan of at most 4 MB.",
    ),
    why="From 2021-06-01 all filings submitted to the Jiangsu bureau need both documents, signed by "
        "the service principal; orders sent to the provider in May 2021 but not yet to the bureau "
        "had to comply too. Uploaded images are limited to 4 MB.",
    why_zh="自 2021-06-01 起，所有提交江苏管局的备案都须附上这两份文件，并由互联网信息服务负责人签字；"
           "2021 年 5 月已提交接入商、尚未提交管局的订单也须照此办理。上传的图片不得超过 4 MB。",
    examples=(
        DocumentExample("a Jiangsu draft without either letter", fires=True, changes={"attachments": []},
                        paths=("attachments",), count=2),
        DocumentExample("the commitment is larger than 4 MiB", fires=True,
                        changes={"attachments": [_LETTERS[0], {**_LETTERS[1], "size_bytes": 4194305}]},
                        paths=("attachments[1].size_bytes",)),
        DocumentExample("May 2021: at the provider, not yet at the bureau", fires=True, as_of="2021-05-20",
                        changes={"order.status": "provider_review", "order.submitted_to_provider_on": "2021-05-10",
                                 "attachments": []},
                        paths=("attachments",), count=2),
        DocumentExample("rejected by the bureau before the start date, sent again", fires=True, as_of="2021-06-15",
                        changes={"order.status": "rejected", "order.submitted_to_authority_on": "2021-05-25",
                                 "attachments": []},
                        paths=("attachments",), count=2),
        DocumentExample("both letters attached, exactly 4 MiB", fires=False,
                        changes={"attachments": [{**_LETTERS[0], "size_bytes": 4194304}, _LETTERS[1]]}),
        DocumentExample("at the bureau before the start date", fires=False, as_of="2021-06-10",
                        changes={"order.status": "authority_review", "order.submitted_to_authority_on": "2021-05-28",
                                 "attachments": []}),
        DocumentExample("approved before the start date (audit)", fires=False,
                        changes={"order.status": "approved", "order.submitted_to_authority_on": "2020-03-02",
                                 "attachments": []}),
        DocumentExample("a Zhejiang order needs no Jiangsu letters", fires=False, province="ZJ"),
        DocumentExample("an approved filing that reached the bureau after the start date, without letters",
                        fires=True,
                        changes={"order.status": "approved", "order.submitted_to_authority_on": "2022-03-02",
                                 "attachments": []},
                        paths=("attachments",), count=2),
    ),
)

PARAMETERS = ProvinceParameters(
    code="JS",
    legal_rep=Sourced(
        "letter", ("AL-JS", "HW-KB", "TC-SUBJ"),
        conflict="TC-SUBJ says anyone may be principal; AL-JS and HW-KB require the legal representative's "
                 "authorization letter otherwise. Chosen: 'letter'.",
    ),
    out_of_province_id=Sourced("unknown"),
    local_phones=Sourced(
        None,
        conflict="Only a third-party page (WORLDCST-3P) asks for Jiangsu numbers, which is not enough to reject. "
                 "Chosen: no requirement.",
    ),
    emergency_cross_use=Sourced("off"),
    office_phone_not_mobile=Sourced("off"),
    letter_requires_same_person=Sourced("on", ("AL-JS", "HW-KB(doc_0221, doc_0223)")),
    service_principal_letter=Sourced("error", ("AL-JS",)),
    principal_id_exclusive=Sourced("off"),
    minimum_ages=Sourced(MinimumAges(individual=16), ("HW-KB",)),
    service_principal_citizen=Sourced("off"),
    id_validity=Sourced("warning", ("HW-KB(doc_0024)",)),
    address_same=Sourced("off"),
    old_licence_order_types=Sourced(()),
    # -- wave 1b: site names, counts, personal content, APPs --
    personal_remark=Sourced("warning"),
    personal_blog=Sourced("allowed"),
    order_limits=Sourced(()),
    entity_limits=Sourced(()),
    # -- wave 1b: domains --
    domain_validity=Sourced("three_months", ("HW-KB",)),
    domain_holder=Sourced("off"),
    gov_domain_suffix=Sourced("on", ("HW-KB(doc_0221)",)),
    allowed_tlds=Sourced(None),
    refused_access_tlds=Sourced(()),
    # -- wave 1b: documents and pre-approval keywords --
    check_form_months=Sourced(None),
    pre_approval_keywords=Sourced((PreApprovalKeyword("融资", "finance"),), ("TC-PRE",)),
    mailing_address_forbidden=Sourced(()),
    documents=(AUTHENTICITY_LETTERS,),
    # -- format 1.1: person_documents --
    age_16_18_proof=Sourced("individual", ("HW-KB(doc_0221)", "WORLDCST-3P")),
    temporary_id_refused=Sourced("off"),
    citizen_resident_id=Sourced("off"),
    gov_unit_approval=Sourced("domain_review_form", ("HW-KB(doc_0148)",)),
    # -- format 1.1: observed --
    footer_number=Sourced("site_number", ("HW-KB(doc_0033, doc_0087)", "HW-ERR(3.1, 3.2)")),
    site_document_thresholds=Sourced(
        (SiteDocumentThreshold("domains", 30, per_domain=("site_construction_plan",), severity="warning"),),
        ("WORLDCST-3P",),
    ),
    # -- format 1.1: registration --
    latest_licence_order_types=Sourced(()),
    individual_business_form=Sourced(()),
    individual_business_remark=Sourced(()),
    name_and_certificate_change=Sourced("certificate_advice", ("WORLDCST-3P",)),
    # -- format 1.1: authorization --
    foreign_legal_rep=Sourced("unknown"),
)

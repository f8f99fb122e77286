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

from beianrules.provinces._base import ProvinceParameters, SpecialDocument
from beianrules.rules.declaration import (
    Doc,
    Effective,
    Example,
    Ref,
    Rule,
    Text,
    any_of,
    fact,
    when,
)

AUTHENTICITY_START = date(2021, 6, 1)
AUTHENTICITY_MAX_BYTES = 4 * 1024 * 1024
_SOURCES = ("SEED:L16", "SEED:L22", "HW-S5", "AL-JS", "HW-KB(doc_0039, doc_0043)")

PARAMETERS = ProvinceParameters(
    code="JS",
    legal_rep="letter",
    legal_rep_source=("AL-JS", "HW-KB", "TC-SUBJ"),
    local_phones=None,
    out_of_province_id="unknown",
    special_documents=(
        SpecialDocument(
            attachment="authenticity_responsibility_notice",
            since=AUTHENTICITY_START,
            max_bytes=AUTHENTICITY_MAX_BYTES,
            name_zh="ICP备案信息真实性责任告知书",
            name_en="ICP filing authenticity responsibility notice",
            source=_SOURCES,
        ),
        SpecialDocument(
            attachment="authenticity_commitment",
            since=AUTHENTICITY_START,
            max_bytes=AUTHENTICITY_MAX_BYTES,
            name_zh="ICP备案信息真实性承诺书",
            name_en="ICP filing authenticity commitment",
            source=_SOURCES,
        ),
    ),
    conflicts=(
        "Principal: TC-SUBJ says anyone may be principal; AL-JS and HW-KB require the legal "
        "representative's authorization letter otherwise. Chosen: 'letter'.",
    ),
)

JS_AUTHENTICITY_LETTERS = Rule(
    code="JS_AUTHENTICITY_LETTERS",
    kind="rejection",
    province="JS",
    # The seed's transitional month: orders at the provider in May 2021 had to comply already.
    effective=Effective(since=date(2021, 5, 1)),
    conditions=any_of(
        when(fact("required_document", "letter", province="JS", applies=True, present=False)),
        when(fact("required_document", "letter", province="JS", applies=True, oversize=True)),
    ),
    paths=(Ref("letter", "path"),),
    evidence={"document_zh": Ref("letter", "name_zh"), "document_en": Ref("letter", "name_en"),
              "since": Ref("letter", "since"), "max_bytes": Ref("letter", "max_bytes"),
              "problem_zh": Ref("letter", "problem_zh"), "problem_en": Ref("letter", "problem_en")},
    message=Text(
        zh="江苏省管局自 {since} 起要求上传签字的《{document_zh}》，图片不超过 4MB：{problem_zh}。",
        en="From {since} the Jiangsu bureau requires the signed {document_en}, as an image of at most 4 MB: "
           "{problem_en}.",
    ),
    remedy=Text(
        zh="请下载模板，由互联网信息服务负责人填写并手写签字（末段手写），拍照或扫描后上传，图片不超过 4MB。",
        en="Download the template, have the service principal fill it in and sign it by hand (last "
           "paragraph handwritten), and upload a photo or scan of at most 4 MB.",
    ),
    doc=Doc(
        what="`order.province` is JS, the order had not reached the bureau before 2021-06-01 (orders "
             "in draft or at the provider always need them; an order rejected by the bureau needs them "
             "when resent; orders at the bureau, or approved, before that day are exempt), and the "
             "`authenticity_responsibility_notice` or the `authenticity_commitment` attachment is "
             "missing, or one of them is larger than 4 MiB (4,194,304 bytes).",
        why="From 2021-06-01 all filings submitted to the Jiangsu bureau need both documents, signed by "
            "the service principal; orders sent to the provider in May 2021 but not yet to the bureau "
            "had to comply too. Uploaded images are limited to 4 MB.",
        fix="Download, fill in, sign and upload both documents (≤ 4 MB each).",
        sources=_SOURCES,
    ),
    examples=(
        Example("a Jiangsu draft without either letter", fires=True, province="JS", changes={"attachments": []}),
        Example("the commitment is larger than 4 MiB", fires=True, province="JS",
                changes={"attachments": [
                    {"type": "authenticity_responsibility_notice", "file": "n.jpg", "size_bytes": 812345},
                    {"type": "authenticity_commitment", "file": "c.jpg", "size_bytes": 4194305}]}),
        Example("May 2021: at the provider, not yet at the bureau", fires=True, province="JS",
                as_of="2021-05-20",
                changes={"order.status": "provider_review", "order.submitted_to_provider_on": "2021-05-10",
                         "attachments": []}),
        Example("rejected by the bureau before the start date, sent again", fires=True, province="JS",
                as_of="2021-06-15",
                changes={"order.status": "rejected", "order.submitted_to_authority_on": "2021-05-25",
                         "attachments": []}),
        Example("both letters attached, exactly 4 MiB", fires=False, province="JS",
                changes={"attachments": [
                    {"type": "authenticity_responsibility_notice", "file": "n.jpg", "size_bytes": 4194304},
                    {"type": "authenticity_commitment", "file": "c.jpg", "size_bytes": 901234}]}),
        Example("at the bureau before the start date", fires=False, province="JS", as_of="2021-06-10",
                changes={"order.status": "authority_review", "order.submitted_to_authority_on": "2021-05-28",
                         "attachments": []}),
        Example("approved before the start date (audit)", fires=False, province="JS",
                changes={"order.status": "approved", "order.submitted_to_authority_on": "2020-03-02",
                         "attachments": []}),
        Example("a Zhejiang order needs no Jiangsu letters", fires=False, province="ZJ"),
        Example("an approved filing that reached the bureau after the start date, without letters",
                fires=True, province="JS",
                changes={"order.status": "approved", "order.submitted_to_authority_on": "2022-03-02",
                         "attachments": []}),
    ),
)

RULES = (JS_AUTHENTICITY_LETTERS,)

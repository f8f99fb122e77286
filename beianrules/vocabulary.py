"""Every enumerated token the facts, rules and messages use, declared once with its labels.

A :class:`Vocabulary` is a closed set of tokens (order statuses, contact
fields, provinces, each province parameter's values, …), each a
:class:`Term` with its Chinese and English label and a one-line meaning.
Facts carry tokens only; a message names the vocabulary of a placeholder —
``{status:order_status}`` — and the label is rendered when the reason is made
(:func:`render`), so the evidence a caller gets holds the raw tokens and a
portal can render them itself.

Vocabularies that mirror a ``Literal`` of the model or of the province schema
are built from it (:meth:`Vocabulary.of_literal`): a token added to one and
not the other fails the import, so the two cannot drift apart.

A label may be a template that reads other evidence of the same reason
(``"expired (valid until {valid_until}, …)"``) or a function of it (a
filing number's parse error); :data:`FORMATS` render values that are not
tokens (sizes in bytes).
"""

from __future__ import annotations

import functools
import string
import typing
from collections.abc import Callable, Mapping
from typing import Any, Literal

import attrs

from beianrules import model
from beianrules.errors import FilingNumberError
from beianrules.filing_number import parse_filing_number
from beianrules.industries import CONTENT_CATEGORIES, INDUSTRIES
from beianrules.provinces import _schema
from beianrules.provinces._table import PROVINCE_NAMES

Lang = typing.Literal["zh", "en"]
RuleKind = typing.Literal["rejection", "rectification", "operation_blocked", "advice"]
Severity = typing.Literal["error", "warning"]
LANGS: tuple[Lang, ...] = ("zh", "en")
Params = Mapping[str, Any]

ComputedLabel = Callable[[Params, Lang], str]
"""A label computed from the reason's evidence (in the language asked for)."""


@attrs.frozen
class Term:
    token: str
    zh: str | ComputedLabel
    en: str | ComputedLabel
    meaning: str

    def label(self, lang: Lang) -> str | ComputedLabel:
        return self.zh if lang == "zh" else self.en


@attrs.frozen
class Vocabulary:
    name: str
    meaning: str
    terms: Mapping[str, Term]
    joiners: tuple[str, str] = ("、", ", ")
    """How a list of tokens is joined, in zh and in en."""

    @classmethod
    def of(cls, name: str, meaning: str, terms: Mapping[str, tuple[Any, Any, str]],
           joiners: tuple[str, str] = ("、", ", ")) -> Vocabulary:
        return cls(name, meaning, {token: Term(token, zh, en, what) for token, (zh, en, what) in terms.items()},
                   joiners)

    @classmethod
    def of_literal(cls, name: str, meaning: str, literal: Any, terms: Mapping[str, tuple[Any, Any, str]],
                   joiners: tuple[str, str] = ("、", ", ")) -> Vocabulary:
        """A vocabulary whose tokens are exactly the values of ``literal`` (in its order)."""
        tokens = typing.get_args(literal)
        if set(tokens) != set(terms):
            raise ValueError(f"vocabulary {name}: labels for {sorted(terms)} but the type allows {sorted(tokens)}")
        return cls.of(name, meaning, {t: terms[t] for t in tokens}, joiners)

    @property
    def tokens(self) -> tuple[str, ...]:
        return tuple(self.terms)

    def __contains__(self, token: object) -> bool:
        return token in self.terms

    def templates(self) -> list[str]:
        """Every label that is a template (it may read other evidence)."""
        return [label for term in self.terms.values() for lang in LANGS
                if isinstance(label := term.label(lang), str)]

    def render(self, value: Any, lang: Lang, params: Params, missing: set[str] | None = None) -> str:
        if isinstance(value, (list, tuple)):
            return self.joiners[0 if lang == "zh" else 1].join(self.render(v, lang, params, missing) for v in value)
        label = self.terms[value].label(lang)
        if callable(label):
            return label(params, lang)
        return render(label, lang, params, missing)


@attrs.frozen
class Format:
    """A way to show a value that is not a token (``{size_bytes:size}``)."""

    name: str
    meaning: str
    show: Callable[[Any, Lang], str]

    def templates(self) -> list[str]:
        return []

    def render(self, value: Any, lang: Lang, params: Params, missing: set[str] | None = None) -> str:
        return self.show(value, lang)


# -- the model's enumerations ------------------------------------------------------------------

ORDER_TYPE = Vocabulary.of_literal("order_type", "What an order asks for (`order.type`).", model.OrderType, {
    "new_filing": ("首次备案", "first filing", "the entity's first filing, with its first website or APP"),
    "new_website": ("新增网站", "new website", "a website added to an entity already filed"),
    "new_app": ("新增APP", "new APP", "an APP added to an entity already filed"),
    "new_access": ("新增接入", "new access", "a filed service moved to (or added at) this provider"),
    "change": ("变更备案", "change", "a change of filed data"),
    "cancel_access": ("取消接入", "access cancellation", "the service leaves this provider"),
    "cancel_website": ("注销网站", "website cancellation", "one website's filing is cancelled"),
    "cancel_app": ("注销APP", "APP cancellation", "one APP's filing is cancelled"),
    "cancel_entity": ("注销主体", "entity cancellation", "the entity's whole filing is cancelled"),
})

ORDER_STATUS = Vocabulary.of_literal("order_status", "Where an order stands (`order.status`).", model.OrderStatus, {
    "draft": ("未提交", "draft", "not yet sent to the provider"),
    "provider_review": ("接入商初审中", "under the provider's review", "at the provider's first review"),
    "authority_review": ("管局审核中", "under the bureau's review", "sent to the bureau, not yet decided"),
    "rejected": ("已驳回", "rejected", "returned by the provider or the bureau"),
    "approved": ("已通过", "approved", "approved: the document is an existing filing"),
    "abandoned": ("已放弃", "abandoned", "given up by the applicant"),
})

OPERATION = Vocabulary.of_literal("operation", "What the applicant asks to do with the order (`order.operation`).",
                                  model.Operation, {
    "submit": ("提交", "submit", "send the order onwards"),
    "withdraw": ("撤销", "withdraw", "take the order back from review"),
    "abandon": ("放弃备案", "abandon", "give the order up"),
    "modify": ("修改", "modify", "edit the order's data"),
})

ENTITY_TYPE = Vocabulary.of_literal("entity_type", "The filer's nature (`entity.type`).", model.EntityType, {
    "enterprise": ("企业", "enterprise", "a company or other business"),
    "public_institution": ("事业单位", "public institution", "a state-funded institution"),
    "government": ("政府机关", "government body", "an organ of the state"),
    "social_group": ("社会团体", "social group", "an association registered as such"),
    "private_non_enterprise": ("民办非企业单位", "private non-enterprise unit", "a non-profit private unit"),
    "foundation": ("基金会", "foundation", "a registered foundation"),
    "law_firm": ("律师执业机构", "law firm", "a law firm"),
    "other_organization": ("其他组织", "other organisation", "any other unit"),
    "individual": ("个人", "individual", "a natural person filing for himself"),
})

ATTACHMENT_TYPE = Vocabulary.of_literal("attachment_type", "What an uploaded file is (`attachments[].type`).",
                                        Literal[model.AttachmentType, model.AttachmentType11], {
    "authorization_letter": ("法定代表人授权委托书", "legal representative's authorization letter",
                             "the legal representative authorizes another person as principal"),
    "residence_permit": ("居住证", "residence permit", "proof of residence in the filing province"),
    "address_proof": ("住所证明", "address proof", "another proof of an address in the filing province"),
    "authenticity_responsibility_notice": ("ICP备案信息真实性责任告知书",
                                           "ICP filing authenticity responsibility notice",
                                           "Jiangsu's signed notice of responsibility for true data"),
    "authenticity_commitment": ("ICP备案信息真实性承诺书", "ICP filing authenticity commitment",
                                "Jiangsu's signed commitment to true data"),
    "service_commitment_letter": ("互联网信息服务备案承诺书", "Internet information service filing commitment letter",
                                  "Guangdong's signed commitment for non-commercial filings"),
    "authenticity_check_form": ("网站备案信息真实性核验单", "authenticity check form",
                                "the provider's check form, signed by the applicant"),
    "pre_approval_document": ("前置审批文件", "pre-approval document",
                              "an industry authority's approval, not tied to one entry"),
    "other": ("其他材料", "other document", "any other file"),
    # format 1.1 (FORMAT.md group A)
    "certificate_image": ("主体证件照片", "photo of the entity's certificate",
                          "a colour photo or scan of the certificate's original"),
    "id_image_front": ("证件正面照片", "photo of the ID's front", "the ID's portrait side"),
    "id_image_back": ("证件背面照片", "photo of the ID's back", "the ID's emblem side"),
    "holding_id_photo": ("手持证件照", "photo holding the ID", "the person photographed holding his ID"),
    "holding_licence_photo": ("手持营业执照照片", "photo holding the business licence",
                              "the person photographed holding the unit's licence"),
    "principal_photo": ("负责人核验照片", "principal's verification photo", "the curtain or portrait photo"),
    "promise_video": ("承诺视频", "commitment video", "a video of the filer reading the commitment"),
    "name_change_certificate": ("名称变更证明", "name change certificate",
                                "the registry's notice approving the change of name (主体更名函)"),
    "establishment_approval": ("机构编制部门批复", "establishment authority's approval",
                               "the approval for a government or public-institution unit to open a website"),
    "public_institution_site_application": ("事业单位网站开办审核申请表",
                                            "public institution website application form",
                                            "Inner Mongolia's form for public institutions"),
    "gov_domain_review_form": ("政府网站域名业务审核表", "government website domain review form",
                               "the review form for a government website's domain"),
    "party_building_confirmation": ("党建确认函", "party-building confirmation", "Xinjiang's party-building proof"),
    "tj_content_statement": ("天津地区互联网信息服务内容说明",
                             "Tianjin Internet information service content statement",
                             "Tianjin's statement of the service's content"),
    "sh_commitment_letter": ("上海市互联网信息服务备案承诺书",
                             "Shanghai Internet information service filing commitment",
                             "Shanghai's signed commitment"),
    "site_construction_plan": ("网站建设方案书", "website construction plan",
                               "the plan of the website (or mini-program)"),
    "site_situation_statement": ("网站情况说明书", "website situation statement", "a stamped statement on the sites"),
    "domain_certificate": ("域名证书", "domain certificate", "the registrar's certificate of a domain"),
    "access_contract": ("接入服务协议", "access service contract", "the contract signed with the access provider"),
    "finance_commitment_letter": ("不开展金融服务承诺书", "finance commitment letter",
                                  "Guangdong's commitment to offer no financial service before approval"),
    "no_pre_approval_commitment": ("不涉及前置审批承诺书", "no-pre-approval commitment",
                                   "a commitment that the services need no pre-approval"),
    "national_unit_proof": ("国家级单位证明函", "national-level unit proof",
                            "a stamped letter proving a national-level unit"),
    "employment_or_income_proof": ("工作证明或收入证明", "proof of employment or income",
                                   "for a person aged 16 or 17"),
    "guardian_documents": ("监护人材料", "guardian's documents", "the guardian's ID and household register"),
})

CALL_RESULT = Vocabulary.of_literal("call_result", "How a verification call ended (`verification.calls[].result`).",
                                    Literal[model.CallResult, model.CallResult11], {
    "reached": ("已接通", "reached", "the principal answered"),
    "unreachable": ("未接通", "not reached", "nobody answered, or the number was off"),
    "refused": ("拒绝核验", "verification refused", "the person answering refused the check"),
    "wrong_person": ("非本人接听", "answered by someone other than the principal",
                     "someone other than the principal answered"),
    "blocked": ("被拦截", "blocked", "the call was intercepted (the number blocks unknown or bureau callers)"),
})

SMS_RESULT = Vocabulary.of_literal("sms_result", "How a bureau SMS verification stands (`verification.sms[].result`).",
                                   model.SmsResult, {
    "verified": ("已验证", "verified", "the filer answered the SMS"),
    "pending": ("待验证", "pending", "the SMS was sent and not yet answered"),
    "timeout": ("验证超时", "timed out", "not answered within 24 hours"),
    "failed": ("验证失败", "failed", "the answer was wrong"),
})

IDENTITY_CHECK_RESULT = Vocabulary.of_literal("identity_check_result", "The outcome of an identity check the "
                                              "provider ran (`verification.identity_checks[].result`).",
                                              model.IdentityCheckResult, {
    "matched": ("核验一致", "matched", "name, ID number and face agree"),
    "mismatch": ("姓名与证件号码不一致", "name and ID number do not match", "the ID authority's check failed"),
    "face_failed": ("人脸核验未通过", "face verification failed", "the face does not match the ID photo"),
    "pending": ("核验中", "pending", "the check has not finished"),
})

REGISTRATION_STATUS = Vocabulary.of_literal("registration_status", "The entity's status in the business registry "
                                            "(`entity.business_registration.status`).", model.RegistrationStatus, {
    "active": ("存续（在营、开业、在册）", "active", "registered and operating"),
    "suspended": ("停业", "suspended", "business suspended"),
    "liquidating": ("清算", "in liquidation", "being wound up"),
    "revoked": ("吊销", "licence revoked", "the licence was revoked"),
    "deregistered": ("注销", "deregistered", "removed from the register"),
    "cancelled": ("撤销", "registration cancelled", "the registration was annulled"),
    "moved_out": ("迁出", "moved out", "moved to another registration authority"),
    "not_found": ("查无此主体", "not found", "the registry has no such subject"),
})

REGISTRATION_KIND = Vocabulary.of_literal("registration_kind", "What kind of subject the business registry records "
                                          "(`entity.business_registration.kind`).", model.RegistrationKind, {
    "company": ("公司", "company", "a company"),
    "branch": ("分公司", "branch", "a branch of a company"),
    "individual_business": ("个体工商户", "individual business", "a registered sole trader (个体工商户)"),
    "partnership": ("合伙企业", "partnership", "a partnership"),
    "sole_proprietorship": ("个人独资企业", "sole proprietorship", "a sole proprietorship enterprise"),
    "farmers_cooperative": ("农民专业合作社", "farmers' cooperative", "a farmers' specialised cooperative"),
    "foreign_representative_office": ("外国（地区）企业常驻代表机构", "foreign enterprise's representative office",
                                      "a resident representative office"),
    "other": ("其他", "other", "any other kind"),
})

REAL_NAME_STATUS = Vocabulary.of_literal("real_name_status", "A domain holder's real-name status "
                                         "(`domain_details[].real_name_status`).", model.RealNameStatus, {
    "verified": ("已实名认证", "real-name verified", "the registrar verified the holder"),
    "pending": ("实名审核中", "real-name review pending", "the registrar's review has not finished"),
    "unverified": ("未实名认证", "not real-name verified", "no verification passed"),
})

APP_KIND = Vocabulary.of_literal("app_kind", "What kind of APP an `apps[]` entry is (`apps[].kind`).",
                                 model.AppKind, {
    "app": ("APP", "APP", "a native application"),
    "mini_program": ("小程序", "mini-program", "a mini-program hosted by a platform"),
    "quick_app": ("快应用", "quick app", "a quick app"),
})

STATEMENT = Vocabulary.of_literal("statement", "What the filer said on a verification call "
                                  "(`verification.statements[]`).", model.Statement, {
    "app_no_longer_used": ("APP已不再使用", "the APP is no longer used", "the filed APP is no longer run"),
    "server_no_longer_used": ("已不再使用本接入商的服务器", "the provider's servers are no longer used",
                              "the service no longer runs at this provider"),
    "website_no_longer_used": ("网站已不再使用", "the website is no longer used", "the filed website is no longer run"),
})

CONTACT_FIELD = Vocabulary.of("contact_field", "A principal's phone or email field.", {
    "mobile": ("手机号码", "mobile number", "`mobile`"),
    "emergency_phone": ("应急联系电话", "emergency phone", "`emergency_phone`"),
    "office_phone": ("办公电话", "office phone", "`office_phone`"),
    "email": ("电子邮箱", "email address", "`email`"),
})

PERSON_ROLE = Vocabulary.of("person_role", "Which principal a person record is.", {
    "entity_principal": ("主体负责人", "entity principal", "`entity.principal`"),
    "website_principal": ("网站负责人", "website principal", "`websites[i].principal`"),
    "app_principal": ("APP负责人", "APP principal", "`apps[i].principal`"),
})

COMPARED_FIELD = Vocabulary.of("compared_field", "A field of an order compared with the entity's approved filing.", {
    "entity_name": ("主办单位名称", "entity name", "`entity.name`"),
    "entity_type": ("主办单位性质", "entity type", "`entity.type`"),
    "certificate_type": ("主体证件类型", "certificate type", "`entity.certificate.type`"),
    "certificate_number": ("主体证件号码", "certificate number", "`entity.certificate.number`"),
    "principal_name": ("主体负责人姓名", "principal's name", "`entity.principal.name`"),
    "principal_id_number": ("主体负责人证件号码", "principal's ID number", "`entity.principal.id_document.number`"),
    "province": ("备案省份（管局）", "filing province (bureau)", "`order.province`"),
    "entity_filing_number": ("主体备案号", "entity filing number", "`entity.filing_number`"),
})

FILED_STATE = Vocabulary.of("filed_state", "What the registry says of the entity, for ORDER_WRONG_TYPE.", {
    "filed": ("该主体证件已取得主体备案号", "the entity's certificate already holds an entity filing number",
              "an approved filing holds an entity number under the certificate"),
    "unknown": ("备案信息中没有该主体的备案记录", "the registry has no filing of this entity",
                "no document of the entity in the registry"),
})

# -- provinces and their parameters ------------------------------------------------------------

PROVINCE = Vocabulary.of("province", "A provincial bureau (管局), by its two-letter code (full name).", {
    code: (name.name_zh, name.name_en, f"{name.name_zh} ({name.abbreviation}, GB/T 2260 {name.gb_code})")
    for code, name in PROVINCE_NAMES.items()
})

PROVINCE_SHORT = Vocabulary.of("province_short", "A province by its two-letter code (short name).", {
    code: (name.short_zh, name.name_en, name.name_zh) for code, name in PROVINCE_NAMES.items()
})

LEGAL_REP_POLICY = Vocabulary.of_literal(
    "legal_rep_policy", "Who may be a unit's principal (主体负责人): the `legal_rep` province parameter.",
    _schema.LegalRepPolicy, {
        "required": ("主体负责人须为法定代表人", "the principal must be the legal representative",
                     "only the legal representative (RULE-CATALOG §1.2 P_LR_REQUIRED)"),
        "letter": ("主体负责人非法定代表人时须上传法定代表人授权委托书",
                   "a principal other than the legal representative needs his authorization letter",
                   "someone else, with the legal representative's authorization letter (P_LR_OR_LETTER)"),
        "free": ("主体负责人可由他人担任", "the principal may be another person",
                 "anyone; or the sources disagree, and the rule stays silent"),
    })

OUT_OF_PROVINCE_ID = Vocabulary.of_literal(
    "out_of_province_id", "What an individual whose ID address lies in another province may do: the "
    "`out_of_province_id` province parameter.", _schema.OutOfProvinceId, {
        "proof_accepted": ("需上传居住证或住所证明", "a residence permit or another address proof must be attached",
                           "file with a residence permit or another address proof"),
        "residence_permit_only": ("只接受本省居住证作为证明",
                                  "only a residence permit of this province is accepted as proof",
                                  "file with a residence permit (居住证) only"),
        "local_id_only": ("该省管局只接受本省身份证的个人备案",
                          "this bureau accepts personal filings with a local ID only",
                          "cannot file here (local ID only)"),
        "unknown": ("该省管局未见相关说明", "nothing is documented for this bureau",
                    "nothing documented; the rule stays silent"),
    })

SIGNER = Vocabulary.of_literal("signer", "Who signs a province document by hand.", _schema.Signer, {
    "service_principal": ("互联网信息服务负责人", "the service principal", "the website's or APP's principal"),
    "legal_rep_or_individual": ("单位法定代表人或个人备案者本人",
                                "the unit's legal representative, or the individual filer",
                                "a unit's legal representative; an individual filer himself"),
})

SWITCH = Vocabulary.of_literal("switch", "Whether a bureau checks a requirement.", _schema.Switch, {
    "on": ("检查", "checked", "the bureau holds to it; the rule fires there"),
    "off": ("不检查", "not checked", "not documented there; the rule is silent"),
})

REQUIREMENT = Vocabulary.of_literal("requirement", "How a bureau holds to a requirement.", _schema.Requirement, {
    "error": ("必须满足", "required", "its own pages say so: a filing that fails it is rejected (error)"),
    "warning": ("可能要求", "may be required", "only weaker sources say so: a filing may be rejected (warning)"),
    "off": ("不要求", "not required", "not documented there; the rule is silent"),
})

STRICTNESS = Vocabulary.of_literal("strictness", "How surely a requirement every bureau holds rejects.",
                                   _schema.Strictness, {
    "error": ("必须满足", "required", "the bureau's own pages say so (error)"),
    "warning": ("可能要求", "may be required", "a general provider rule no page of the bureau confirms (warning)"),
})

ADDRESS_SCOPE = Vocabulary.of_literal("address_scope", "Where a unit's mailing address must lie.",
                                      _schema.AddressScope, {
    "city": ("通信地址须与证件住所在同一地市", "the mailing address must be in the certificate address's city",
             "same prefecture-level city"),
    "province": ("通信地址须与证件住所在同一省份", "the mailing address must be in the certificate address's province",
                 "same province"),
    "off": ("不要求", "not required", "no such requirement documented"),
})

# -- findings' own tokens ----------------------------------------------------------------------


def _size(size_bytes: int, lang: Lang) -> str:
    """``4194304`` → ``4MB`` / ``4 MB``; ``4194305`` → ``4194305 字节`` / ``bytes``: exact, never rounded into a
    limit."""
    mib, rest = divmod(size_bytes, 1024 * 1024)
    if not rest:
        return f"{mib}MB" if lang == "zh" else f"{mib} MB"
    return f"{size_bytes} 字节" if lang == "zh" else f"{size_bytes} bytes"


SIZE = Format("size", "A file size in bytes, shown in MB when it is a whole number of MiB.", _size)

DOCUMENT_PROBLEM = Vocabulary.of("document_problem", "What is wrong with a required province document.", {
    "missing": ("未上传", "it is missing", "no attachment of its type"),
    "oversize": ("上传的文件为 {size_bytes:size}，超过 {max_bytes:size} 的上限",
                 "the uploaded file is {size_bytes:size}, over the {max_bytes:size} limit",
                 "an attachment of its type is larger than the bureau accepts"),
    "missing_when_sent": ("本单如在 {needed_from} 当日或之后到达管局即须提供，目前未上传",
                          "it will be needed if the order reaches the bureau on or after {needed_from}, and it is "
                          "missing", "checked before the start date: none attached yet"),
    "oversize_when_sent": ("本单如在 {needed_from} 当日或之后到达管局即须提供，而上传的文件为 {size_bytes:size}，"
                           "超过 {max_bytes:size} 的上限",
                           "it will be needed if the order reaches the bureau on or after {needed_from}, and the "
                           "uploaded file is {size_bytes:size}, over the {max_bytes:size} limit",
                           "checked before the start date: the attachment is too large"),
})

PRE_APPROVAL_PROBLEM = Vocabulary.of("pre_approval_problem", "What is wrong with a pre-approval entry.", {
    "expired": ("已过有效期（有效期至 {valid_until}，早于检查日期 {as_of}）",
                "expired (valid until {valid_until}, before the check date {as_of})",
                "`valid_until` is before the check day"),
    "number_missing": ("未填写审批号", "no approval number", "`number` is blank"),
    "attachment_missing": ("未上传审批文件", "no approval document attached", "`attachment` is blank"),
}, joiners=("；", "; "))


def _parse_problem(params: Params, lang: Lang) -> str:
    """The parser's own wording for the number in ``params["number"]``: it names the character at fault."""
    try:
        parse_filing_number(params["number"])
    except FilingNumberError as err:
        return err.problem_zh if lang == "zh" else err.problem
    raise ValueError(f"{params['number']!r} parses: not a malformed filing number")


FILING_NUMBER_PROBLEM = Vocabulary.of("filing_number_problem", "What is wrong with a filing number an order gives.", {
    "malformed": (_parse_problem, _parse_problem, "it does not parse (the parser names what is wrong)"),
    "entity_number_with_suffix": ("主体备案号不带“-n”网站/APP序号",
                                  "the entity filing number has no '-n' website/APP suffix",
                                  "a service number given as the entity's number"),
    "service_number_without_suffix": ("网站/APP备案号应为主体备案号加“-n”序号（如“…号-1”）",
                                      "a website's or APP's filing number is the entity number followed by '-n' "
                                      "(e.g. '…号-1')",
                                      "an entity number given as a website's or APP's number"),
    "not_extending_entity_number": ("未沿用主体备案号“{entity_number}”（网站/APP备案号为主体备案号加“-n”序号）",
                                    "it does not extend the entity filing number '{entity_number}' (a website's "
                                    "or APP's number is the entity number followed by '-n')",
                                    "a service number whose entity part is not the entity's number"),
})

INDUSTRY = Vocabulary.of("industry", "A pre-approval (前置审批) industry (`pre_approvals[].industry`).", {
    token: (i.name_zh, i.name_en, f"content needing the approval of {i.authority_en}")
    for token, i in INDUSTRIES.items()
})

INDUSTRY_AUTHORITY = Vocabulary.of("industry_authority", "The authority that approves an industry's content.", {
    token: (i.authority_zh, i.authority_en, f"who approves {i.name_en}") for token, i in INDUSTRIES.items()
})

INDUSTRY_APPROVAL = Vocabulary.of("industry_approval", "The approval document an industry's content needs.", {
    token: (i.approval_zh, i.approval_en, f"what {i.name_en} content must obtain") for token, i in INDUSTRIES.items()
})

CONTENT_CATEGORY = Vocabulary.of("content_category", "A content category the library knows "
                                 "(`content_categories[]`; any other token is unknown).", {
    token: (c.name_zh, c.name_en, c.reading) for token, c in CONTENT_CATEGORIES.items()
})

RULE_KIND = Vocabulary.of_literal("rule_kind", "What a reason means for the order (REASONS.md, \"Kind\").",
                                  RuleKind, {
    "rejection": ("驳回", "rejection", "the order would be rejected"),
    "rectification": ("整改通知", "rectification", "an approved filing must be corrected"),
    "operation_blocked": ("操作不允许", "operation blocked", "the requested operation is refused"),
    "advice": ("建议", "advice", "worth knowing; never a cause of rejection"),
})

SEVERITY = Vocabulary.of_literal("severity", "How sure a reason is.", Severity, {
    "error": ("错误", "error", "the order is not acceptable"),
    "warning": ("警告", "warning", "it may be rejected; `ok` stays true"),
})

# -- wave 1a: contact checks (facts/contact_checks.py) ------------------------------------------

PRINCIPAL_FIELD = Vocabulary.of("principal_field", "A field of a principal compared between two principals.", {
    "name": ("姓名", "name", "`name` (compared by name key, W5)"),
    "mobile": ("手机号码", "mobile number", "`mobile` (normalised, W6)"),
    "email": ("电子邮箱", "email address", "`email` (trimmed, case-insensitive)"),
})

PRINCIPAL_CONSISTENCY = Vocabulary.of("principal_consistency", "What is wrong between the entity principal and a "
                                      "service principal (PRINCIPAL_SAME_PERSON_CONSISTENCY).", {
    "differs": ("与主体负责人证件号码相同（同一人），但{field:principal_field}不一致",
                "has the entity principal's ID number (the same person) but another {field:principal_field}",
                "one person (same ID key) whose field differs between the two records"),
    "shared": ("与主体负责人证件号码不同（不同的人），却使用相同的{field:principal_field}",
               "has another ID number than the entity principal (a different person) but the same "
               "{field:principal_field}",
               "two persons (different ID keys) who give the same mobile or email"),
})

# -- wave 1a: principal checks (facts/principal_checks.py) ---------------------------------------

FILER_FIELD = Vocabulary.of("filer_field", "What of an individual filer's principal is compared with the filer "
                            "(PERSONAL_PRINCIPAL_NOT_FILER).", {
    "id_number": ("证件号码", "ID number",
                  "`entity.principal.id_document.number` against `entity.certificate.number` (ID key, W8)"),
    "name": ("姓名", "name", "`entity.principal.name` against `entity.name` (name key, W5)"),
})

AGE_ROLE = Vocabulary.of("age_role", "The role a minimum age applies to (the `minimum_ages` province parameter).", {
    "unit_principal": ("单位主体负责人", "unit's entity principal", "`entity.principal` of a unit"),
    "individual": ("个人备案的主体负责人", "individual filer", "`entity.principal` of an individual filer"),
    "service_principal": ("网站/APP负责人", "website/APP principal", "a unit's `websites[i]`/`apps[i].principal`"),
    "legal_rep": ("法定代表人", "legal representative", "`entity.legal_representative` (from its `id_number`)"),
})

# -- wave 1a: identity checks (facts/identity_checks.py) ----------------------------------------

ID_NUMBER_PROBLEM = Vocabulary.of("id_number_problem", "What makes an ID or certificate number invalid "
                                  "(ID_NUMBER_INVALID, W8).", {
    "resident_shape": ("不是18位居民身份证号码（17位数字加1位数字或X）",
                       "it is not an 18-character resident ID number (17 digits, then a digit or X)",
                       "a `resident_id` number without the resident-ID shape (15-digit numbers are not judged)"),
    "resident_check_digit": ("第18位校验码与前17位不符", "the 18th (check) character does not match the first 17",
                             "GB 11643's check character is wrong"),
    "resident_birth_date": ("第7–14位不是真实的出生日期，或晚于检查日期",
                            "characters 7–14 are not a real birth date, or one after the check date",
                            "the birth date is not a calendar date or lies after the check day"),
    "resident_province_code": ("前两位不是大陆省级行政区划代码",
                               "the first two digits are not a mainland province code",
                               "the first two digits are none of the 31 province codes"),
    "uscc_check_digit": ("统一社会信用代码第18位校验码与前17位不符",
                         "the unified social credit code's 18th (check) character does not match the first 17",
                         "GB 32100's check character is wrong"),
})

MAILING_ADDRESS_PROBLEM = Vocabulary.of("mailing_address_problem", "How a mailing address falls short of a "
                                        "detailed one (ENTITY_MAILING_ADDRESS_NOT_DETAILED).", {
    "shorthand": ("含有“{shorthand}”这样以“-”连接的数字简写，未写明楼栋、单元、门牌号",
                  "it contains the shorthand '{shorthand}' (numbers joined by '-') instead of naming the "
                  "building, unit and door number",
                  "three or more digit groups joined by '-'"),
    "no_door_number": ("未写到门牌号（不含号、室、栋、幢、座、单元、楼、层、户、组、门等字样），"
                       "备注中也未说明已是最详细地址",
                       "it stops short of a door number (none of 号 室 栋 幢 座 单元 楼 层 户 组 门) and the remark "
                       "does not say it is the most detailed address",
                       "no door or room marker, and no remark explaining why"),
    "forbidden_word": ("含有管局不接受的“{words}”字样", "it contains '{words}', which the bureau does not accept",
                       "a word of the bureau's `mailing_address_forbidden` list"),
})

ENTITY_NATURE_PROBLEM = Vocabulary.of("entity_nature_problem", "How the filer's nature contradicts its certificate "
                                      "or name (ENTITY_NATURE_MISMATCH).", {
    "unit_certificate_for_individual": ("主体性质为“个人”，证件类型却是单位证件",
                                        "the filer is an individual but the certificate is a unit's",
                                        "(a) `individual` with a unit certificate type (W8)"),
    "person_id_for_unit": ("主体性质为“{entity_type:entity_type}”（单位），证件类型却是个人证件",
                           "the filer is a unit ({entity_type:entity_type}) but the certificate is a person's ID",
                           "(b) a unit type with a person ID type"),
    "company_name_for_individual": ("主体性质为“个人”，主体名称却以“公司”结尾",
                                    "the filer is an individual but its name ends with 公司 (company)",
                                    "(c) `individual` whose name key ends with 公司"),
    "uscc_kind": ("统一社会信用代码前两位“{uscc_prefix}”表示的登记管理部门和机构类别"
                  "与主体性质“{entity_type:entity_type}”不符",
                  "the unified social credit code's first two characters '{uscc_prefix}' (registration authority "
                  "and kind) do not fit the nature {entity_type:entity_type}",
                  "(d) a valid USCC whose positions 1–2 contradict `entity.type` (GB 32100)"),
})

SITE_NAME_LENGTH = Vocabulary.of("site_name_length", "How a website name is too short (SITE_NAME_TOO_SHORT).", {
    "too_short": ("只有 {han_count} 个汉字，少于 3 个", "it has only {han_count} Chinese character(s), fewer than 3",
                  "fewer than 3 Han characters and no ASCII letter or digit (an error)"),
    "too_short_mixed": ("除字母或数字外只有 {han_count} 个汉字，可能被认为少于 3 个字",
                        "besides letters or digits it has only {han_count} Chinese character(s), which may count "
                        "as fewer than 3",
                        "fewer than 3 Han characters, mixed with ASCII letters or digits (a warning)"),
    "too_short_no_han": ("不含汉字", "it has no Chinese character",
                         "no Han character, and not letters and digits only (a warning)"),
})

SITE_NAME_SYMBOLS = Vocabulary.of("site_name_symbols", "How a website name is only letters and digits, or carries a "
                                  "special symbol (SITE_NAME_PURE_DIGITS_LETTERS).", {
    "letters_digits_only": ("只由字母和数字组成", "it consists of letters and digits only",
                            "with ( ) - · removed, only ASCII letters and digits remain (an error)"),
    "special_symbol": ("含有特殊符号“{symbol}”", "it contains the special symbol '{symbol}'",
                       "a character other than a Han character, an ASCII letter or digit, or ( ) - · (a warning)"),
})

PERSONAL_SITE_NAME = Vocabulary.of("personal_site_name", "What a personal website's name may not use "
                                   "(SITE_NAME_PERSONAL_RESTRICTED).", {
    "personal_name": ("就是备案人或负责人本人的姓名", "it is the filer's or the principal's own name",
                      "the name key equals the filer's or the principal's name key (an error)"),
    "blog_word": ("含有“{word}”字样", "it contains the word '{word}'", "the name contains 博客, blog (a warning)"),
    "place_name": ("含有地名“{word}”", "it contains the place name '{word}'",
                   "the name contains a province or prefecture name, W14 (a warning)"),
})

# -- wave 1b: site counts, personal content, APPs (facts/site_counts.py) --------------------------

PERSONAL_BLOG = Vocabulary.of_literal("personal_blog", "Whether an individual filer may choose 博客/个人空间 "
                                      "(the `personal_blog` province parameter).", _schema.PersonalBlog, {
    "allowed": ("个人备案可选择博客/个人空间", "personal filings may choose blog / personal space",
                "nothing else documented"),
    "refused": ("个人备案不可选择博客/个人空间", "personal filings may not choose blog / personal space",
                "the bureau refuses it (PERSONAL_SERVICE_CONTENT clause (b))"),
})

COUNTED_ITEM = Vocabulary.of_literal("counted_item", "What a per-order limit counts (`order_limits`).",
                                     _schema.CountedItem, {
    "domains": ("域名", "domain(s)", "the order's distinct domain keys (W9: registrable domains)"),
    "websites": ("网站", "website(s)", "the order's `websites` entries"),
})

ORDER_LIMIT = Vocabulary.of("order_limit", "Which limit of the bureau's `order_limits` an order exceeds "
                            "(SITE_COUNT_PER_ORDER).", {
    "domains": ("最多包含 {maximum} 个域名", "at most {maximum} domain(s)", "a number of distinct domain keys (W9)"),
    "websites": ("最多包含 {maximum} 个网站", "at most {maximum} website(s)", "a number of `websites` entries"),
    "domains_once_filed": ("在主体已备案网站达到 {threshold} 个及以上时最多包含 {maximum} 个域名（备案记录显示已有 "
                           "{filed} 个）",
                           "at most {maximum} domain(s) once the entity has {threshold} or more filed websites (the "
                           "registry shows {filed})",
                           "a number of domain keys, once the entity's filed websites (W10) reach a threshold"),
})

ONE_DOMAIN_PROBLEM = Vocabulary.of("one_domain_problem", "How a website breaks one domain per website "
                                   "(SITE_ONE_DOMAIN).", {
    "several_domains": ("填写了 {count} 个不同的域名（{keys}）；首次备案和新增网站时，每个网站只能填写一个域名",
                        "lists {count} different domains ({keys}); in a first filing or a new-website order each "
                        "website may list one domain only",
                        "(a) two or more domain keys on a first filing or a new website"),
    "domain_replaced": ("备案时只有一个域名，变更时不能更换或增加域名（本次填写了 {added}）",
                        "was filed with one domain, which a change may not replace or add to (this change "
                        "lists {added})",
                        "(b) a single-domain filed site whose change lists another set of domain keys"),
    "domain_added": ("备案时有多个域名，变更时只能保留或删除已备案的域名，不能新增（本次新增了 {added}）",
                     "was filed with several domains, of which a change may keep or remove some but add none "
                     "(this change adds {added})",
                     "(b) a multi-domain filed site whose change lists a domain key not filed"),
})

APP_PLATFORM = Vocabulary.of("app_platform", "A native APP platform whose feature data APP_FEATURE_INFO checks.", {
    "android": ("Android", "Android", "`platforms` / `signatures[].platform` `android` (case-insensitive)"),
    "ios": ("iOS", "iOS", "`platforms` / `signatures[].platform` `ios` (case-insensitive)"),
})

FINGERPRINT = Vocabulary.of("fingerprint", "A signing-certificate fingerprint of an APP signature.", {
    "md5": ("MD5 签名指纹", "MD5 fingerprint", "`signatures[].md5`: 32 hexadecimal digits (Android)"),
    "sha1": ("SHA-1 签名指纹", "SHA-1 fingerprint", "`signatures[].sha1`: 40 hexadecimal digits (iOS)"),
})

APP_FEATURE_PROBLEM = Vocabulary.of("app_feature_problem", "What an APP's feature data lacks (APP_FEATURE_INFO).", {
    "package_names_missing": ("未填写包名（Bundle ID / 包名）", "gives no package name (bundle ID)",
                              "(a) `package_names` is empty"),
    "signature_missing": ("未提供{platform:app_platform}平台的签名信息（同一签名条目中的{fingerprint:fingerprint}"
                          "和公钥）",
                          "gives no {platform:app_platform} signature with both its {fingerprint:fingerprint} "
                          "and its public key",
                          "(b) no `signatures` entry of the platform gives both the fingerprint and `public_key`"),
    "fingerprint_malformed": ("所填{fingerprint:fingerprint}“{value}”格式不正确（去掉“:”“-”和空白后应为 {digits} 位"
                              "十六进制数字）",
                              "gives the {fingerprint:fingerprint} '{value}', which is not {digits} hexadecimal "
                              "digits (after removing ':', '-' and white space)",
                              "(c) a given `md5` / `sha1` of the wrong shape"),
})

# -- wave 1b: domains (facts/domain_checks.py) ------------------------------------------------------

DOMAIN_VALIDITY = Vocabulary.of_literal("domain_validity", "How long a website's domain must still be registered "
                                        "when the order reaches the bureau (the `domain_validity` parameter).",
                                        _schema.DomainValidity, {
    "three_months": ("至少还有三个月的注册有效期", "at least three months of registration left",
                     "`expires_on` not before `add_months(R, 3)` (W4): a date exactly three months away is enough"),
    "forty_five_days": ("至少还有45天的注册有效期", "at least 45 days of registration left",
                        "`(expires_on − R).days` at least 45"),
    "off": ("不要求剩余有效期", "no remaining validity required",
            "no minimum documented there: only an expired domain is rejected"),
})

DOMAIN_HOLDER = Vocabulary.of_literal("domain_holder", "Whom a unit's domain registrant may be (the `domain_holder` "
                                      "parameter).", _schema.DomainHolder, {
    "unit_or_legal_rep": ("域名持有者须为主办单位或其法定代表人",
                          "the unit or its legal representative holds the domain",
                          "the registrant is the unit's name or its legal representative's"),
    "unit_only": ("域名持有者须为主办单位本身", "the unit itself holds the domain",
                  "the registrant is the unit's name (not its legal representative's)"),
    "off": ("不比对单位的域名持有者", "a unit's domain holder is not compared",
            "the general reading (the unit, its shareholders, main principal or senior managers) cannot be verified "
            "from the document"),
})

DOMAIN_EXPIRY_PROBLEM = Vocabulary.of("domain_expiry_problem", "What is wrong with a domain's registration period "
                                      "(DOMAIN_EXPIRED_OR_SHORT).", {
    "expired": ("已于 {expires_on} 到期（早于检查日 {check_day}）", "expired on {expires_on}, before the check day "
                "{check_day}", "(a) `expires_on` is before the check day D"),
    "short": ("注册有效期至 {expires_on}，而管局要求自 {bureau_day}（已提交管局的为提交管局之日，否则为检查日）起"
              "{validity:domain_validity}，即至少有效至 {needed_until}",
              "is registered until {expires_on}, but from {bureau_day} (the day the order reached the bureau, else "
              "the check day) the bureau wants {validity:domain_validity}, i.e. registration until at least "
              "{needed_until}",
              "(b) short of the bureau's `domain_validity` at the bureau day R (W4)"),
})

DOMAIN_HOLDER_EXPECTED = Vocabulary.of("domain_holder_expected", "Who should hold a website's domain "
                                       "(DOMAIN_HOLDER_MISMATCH).", {
    "filer": ("备案人本人“{entity_name}”", "the filer himself ('{entity_name}')",
              "(a) an individual filer: the registrant is the filer"),
    "unit": ("主办单位“{entity_name}”本身（{province:province}管局不接受由法定代表人或其他人持有）",
             "the unit '{entity_name}' itself ({province:province} accepts neither its legal representative nor "
             "anyone else)",
             "(b) a unit where the bureau's `domain_holder` is `unit_only`"),
    "unit_or_legal_rep": ("主办单位“{entity_name}”或其法定代表人“{legal_rep}”",
                          "the unit '{entity_name}' or its legal representative '{legal_rep}'",
                          "(c) a unit where the bureau's `domain_holder` is `unit_or_legal_rep`"),
})

REQUIRED_DOMAIN_SUFFIX = Vocabulary.of("required_domain_suffix", "The suffixes a public institution's or a "
                                       "government organ's domains must end in (DOMAIN_GOV_SUFFIX).", {
    "cn_or_gongyi": (".cn 或 .公益", ".cn or .公益", "a public institution: `cn`, a suffix ending in `.cn`, or `公益`"),
    "gov_cn_or_zhengwu": (".gov.cn 或 .政务", ".gov.cn or .政务",
                          "a government organ: `gov.cn`, a suffix ending in `.gov.cn`, or `政务`"),
})

VOCABULARIES: dict[str, Vocabulary | Format] = {v.name: v for v in (
    ORDER_TYPE, ORDER_STATUS, OPERATION, ENTITY_TYPE, ATTACHMENT_TYPE, CALL_RESULT, STATEMENT, CONTACT_FIELD,
    PERSON_ROLE, COMPARED_FIELD, FILED_STATE, PROVINCE, PROVINCE_SHORT, LEGAL_REP_POLICY,
    OUT_OF_PROVINCE_ID, SIGNER, SWITCH, REQUIREMENT, STRICTNESS, ADDRESS_SCOPE, SIZE, DOCUMENT_PROBLEM,
    PRE_APPROVAL_PROBLEM, FILING_NUMBER_PROBLEM, INDUSTRY, INDUSTRY_AUTHORITY, INDUSTRY_APPROVAL, CONTENT_CATEGORY,
    RULE_KIND, SEVERITY, PRINCIPAL_FIELD, PRINCIPAL_CONSISTENCY, FILER_FIELD, AGE_ROLE,
    ID_NUMBER_PROBLEM, MAILING_ADDRESS_PROBLEM, ENTITY_NATURE_PROBLEM,
    SITE_NAME_LENGTH, SITE_NAME_SYMBOLS, PERSONAL_SITE_NAME,
    PERSONAL_BLOG, COUNTED_ITEM, ORDER_LIMIT, ONE_DOMAIN_PROBLEM, APP_PLATFORM, FINGERPRINT, APP_FEATURE_PROBLEM,
    DOMAIN_VALIDITY, DOMAIN_HOLDER, DOMAIN_EXPIRY_PROBLEM, DOMAIN_HOLDER_EXPECTED, REQUIRED_DOMAIN_SUFFIX,
    SMS_RESULT, IDENTITY_CHECK_RESULT, REGISTRATION_STATUS, REGISTRATION_KIND, REAL_NAME_STATUS, APP_KIND,
)}


# -- rendering ---------------------------------------------------------------------------------

def placeholders(template: str) -> list[tuple[str, str]]:
    """``(name, vocabulary or "")`` for every ``{name}`` / ``{name:vocabulary}`` of a template."""
    return [(name, spec or "") for _, name, spec, _ in string.Formatter().parse(template) if name]


@functools.cache
def parameters_read(template: str) -> frozenset[str]:
    """Every evidence name a template reads, including those its vocabularies' label templates read."""
    names = set()
    for name, spec in placeholders(template):
        names.add(name)
        vocabulary = VOCABULARIES.get(spec)
        if vocabulary is not None:
            for label in vocabulary.templates():
                names |= parameters_read(label)
    return frozenset(names)


MISSING = "—"
"""What a placeholder shows when the facts could not supply its evidence (no firing example may show it)."""


class _Missing:
    pass


class _Renderer(string.Formatter):
    def __init__(self, lang: Lang, params: Params, missing: set[str] | None):
        self.lang, self.params, self.missing = lang, params, missing

    def get_value(self, key: int | str, args: Any, kwargs: Any) -> Any:
        if isinstance(key, str) and key in self.params:
            return self.params[key]
        if self.missing is not None:
            self.missing.add(str(key))
        return _Missing

    def format_field(self, value: Any, format_spec: str) -> str:
        if value is _Missing:
            return MISSING
        if not format_spec:
            return str(value)
        return VOCABULARIES[format_spec].render(value, self.lang, self.params, self.missing)


def render(template: str, lang: Lang, params: Params, missing: set[str] | None = None) -> str:
    """``template`` with each placeholder filled from ``params``.

    A placeholder without a value shows :data:`MISSING`, and its name is added
    to ``missing`` when a set is given (the rule-example tests require none).
    """
    return _Renderer(lang, params, missing).format(template)


def label(vocabulary: str, token: str, lang: Lang) -> str:
    """The static label of ``token`` (for docs and UIs); a computed or templated label is shown as declared."""
    term = VOCABULARIES[vocabulary]
    if not isinstance(term, Vocabulary):
        raise KeyError(f"{vocabulary} is a format, not a vocabulary")
    text = term.terms[token].label(lang)
    return text if isinstance(text, str) else f"({term.terms[token].meaning})"

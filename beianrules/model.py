"""The filing document (format 1.0 and 1.1, ``docs/format.md``) as frozen attrs classes.

One class per object of the format, field for field. Enumerated fields are
``Literal`` types (the converter checks membership); every field that the
format lets a caller leave out defaults to None or an empty tuple, which means
"not given" — a rule that needs it stays silent. Phones, dates, provinces,
paths into the document and the other checked strings have their own types so
that the converter can parse them strictly.

Each field carries its meaning in its metadata (:func:`about`): the format
reference ``docs/format.md`` (:mod:`beianrules.formatdoc`) and the JSON Schema
(:mod:`beianrules.schema`) are generated from these classes, so neither can
drift from what the converter reads.

Tokens that format 1.1 adds to an enumeration of 1.0 are a ``Literal`` of their
own, named with the suffix ``11`` (``AttachmentType11``), and a field accepts
both (``AttachmentType | AttachmentType11``): the 1.0 ``Literal`` stays exactly
what the vocabularies label and the 1.0 rules read, so no 1.0 verdict can move
because a token was added (FORMAT 1.1, "Backward compatibility").
"""

from __future__ import annotations

import datetime as _dt
from typing import Any, Literal

import attrs

FormatVersion = Literal["1.0", "1.1"]

OrderType = Literal[
    "new_filing", "new_website", "new_app", "new_access", "change",
    "cancel_access", "cancel_website", "cancel_app", "cancel_entity",
]
CANCEL_TYPES = frozenset({"cancel_access", "cancel_website", "cancel_app", "cancel_entity"})
CONTENT_ORDER_TYPES = frozenset({"new_filing", "new_website", "new_app", "change"})
"""REASONS-WAVE1 W2's *content orders*: the order types whose data the bureau reviews anew (a ``new_access``
order copies filed data)."""
Operation = Literal["submit", "withdraw", "abandon", "modify"]
OrderStatus = Literal["draft", "provider_review", "authority_review", "rejected", "approved", "abandoned"]
EntityType = Literal[
    "enterprise", "public_institution", "government", "social_group", "private_non_enterprise",
    "foundation", "law_firm", "other_organization", "individual",
]
PersonIdType = Literal[
    "resident_id", "passport", "hk_macao_permit", "taiwan_permit", "foreign_permanent_residence",
    "residence_permit",
]
PersonIdType11 = Literal["temporary_resident_id"]
CertificateType = Literal[
    "business_license", "public_institution_certificate", "social_group_certificate",
    "organization_code", "other_certificate",
    "resident_id", "passport", "hk_macao_permit", "taiwan_permit", "foreign_permanent_residence",
    "residence_permit",
]
CertificateType11 = Literal["temporary_resident_id", "foreign_representative_office_certificate"]
Industry = Literal[
    "news", "publishing", "drugs_medical_devices", "culture", "radio_film_tv", "education",
    "healthcare", "ride_hailing", "bulletin_board", "finance", "games",
]
Industry11 = Literal["religion"]
AttachmentType = Literal[
    "authorization_letter", "residence_permit", "address_proof", "authenticity_responsibility_notice",
    "authenticity_commitment", "service_commitment_letter", "authenticity_check_form",
    "pre_approval_document", "other",
]
AttachmentType11 = Literal[
    "certificate_image", "id_image_front", "id_image_back", "holding_id_photo", "holding_licence_photo",
    "principal_photo", "promise_video", "name_change_certificate", "establishment_approval",
    "public_institution_site_application", "gov_domain_review_form", "party_building_confirmation",
    "tj_content_statement", "sh_commitment_letter", "site_construction_plan", "site_situation_statement",
    "domain_certificate", "access_contract", "finance_commitment_letter", "no_pre_approval_commitment",
    "national_unit_proof", "employment_or_income_proof", "guardian_documents",
]
CallResult = Literal["reached", "unreachable", "refused", "wrong_person"]
CallResult11 = Literal["blocked"]
Statement = Literal["app_no_longer_used", "server_no_longer_used", "website_no_longer_used"]
SmsResult = Literal["verified", "pending", "timeout", "failed"]
IdentityCheckResult = Literal["matched", "mismatch", "face_failed", "pending"]
RegistrationStatus = Literal[
    "active", "suspended", "liquidating", "revoked", "deregistered", "cancelled", "moved_out", "not_found",
]
RegistrationKind = Literal[
    "company", "branch", "individual_business", "partnership", "sole_proprietorship", "farmers_cooperative",
    "foreign_representative_office", "other",
]
RealNameStatus = Literal["verified", "pending", "unverified"]
AppKind = Literal["app", "mini_program", "quick_app"]

# What `attachments[].for` may name, by attachment type (FORMAT 1.1 group A, column `for`); every other
# type may name any allowed target.
PERSON_ATTACHMENTS = frozenset({
    "id_image_front", "id_image_back", "holding_id_photo", "holding_licence_photo", "principal_photo",
    "employment_or_income_proof", "guardian_documents", "authorization_letter", "residence_permit", "address_proof",
})
ENTITY_ATTACHMENTS = frozenset({"certificate_image", "name_change_certificate"})


class Phone(str):
    """A phone number in normalised form (``+86 138-1234-5678`` → ``13812345678``)."""


class Province(str):
    """A bureau's two-letter code (``JS``), whichever alias the document used."""


class CountryCode(str):
    """An officially assigned ISO 3166-1 alpha-2 code in upper case (``CN``, ``HK``, ``SG``)."""


class DocumentPath(str):
    """A path to an object of the document, written like report paths (``websites[0].principal``)."""


class Division(str):
    """An administrative division of ``entity.region``: its six-digit GB/T 2260 code once the converter has
    resolved the code or name the document gave (``"玄武区"`` → ``320102``)."""


class IpAddress(str):
    """An IPv4 or IPv6 address in its normal form (IPv6 compressed)."""


class ServerRegion(str):
    """Where a server is: a bureau's two-letter code, or ``outside_mainland``."""


OUTSIDE_MAINLAND = "outside_mainland"


class Uscc(str):
    """18 characters of the GB 32100 code set (upper case); the check character is judged by the rules."""


class NonEmptyText(str):
    """Text with at least one character that is not white space."""


class ByteCount(int):
    """A size in bytes: a whole number, zero or more."""


Date = _dt.date

LONG_TERM = _dt.date.max
"""``valid_until`` of a document valid without end (长期)."""


def date_text(day: _dt.date | None) -> str | None:
    """A date as facts and reports show it: ISO, ``long_term`` for 长期, None when not given."""
    if day is None:
        return None
    return "long_term" if day == LONG_TERM else day.isoformat()


def about(meaning: str, *, since: FormatVersion = "1.0", serves: str = "", key: str | None = None) -> dict[str, Any]:
    """A field's metadata: what it means, the format version that added it, the catalog rows it serves
    (FORMAT 1.1, "rows served"; space-separated codes) and its JSON key where that is not the field's name."""
    metadata: dict[str, Any] = {"meaning": meaning, "since": since, "serves": tuple(serves.split())}
    if key is not None:
        metadata["key"] = key
    return metadata


def given(meaning: str, *, since: FormatVersion = "1.0", serves: str = "", key: str | None = None) -> Any:
    """An optional field: absent or null means "not given" (None)."""
    return attrs.field(default=None, metadata=about(meaning, since=since, serves=serves, key=key))


def listed(meaning: str, *, since: FormatVersion = "1.0", serves: str = "") -> Any:
    """An optional list: absent, null and ``[]`` all mean "none given"."""
    return attrs.field(default=(), metadata=about(meaning, since=since, serves=serves))


def json_key(field: attrs.Attribute[Any]) -> str:
    """The key a field has in the document (``attachments[].for`` is ``for_`` in Python)."""
    key: str = field.metadata.get("key", field.name)
    return key


# -- order -------------------------------------------------------------------------------------------------------

@attrs.frozen
class Order:
    """The order: what is asked of whom, and where it stands."""

    type: OrderType = attrs.field(metadata=about("What the order asks for (备案类型)."))
    status: OrderStatus = attrs.field(metadata=about(
        "Where the order stands; `approved` makes the document an existing filing, and checking it an audit."))
    province: Province = attrs.field(metadata=about(
        "The filing authority (管局): the two-letter code (`JS`), the one-character abbreviation (`苏`), the "
        "two-digit GB/T 2260 prefix (`32`), the full or short name, or — new in 1.1 — the six-digit province "
        "code (`320000`); read as the two-letter code."))
    id: str | None = given("The caller's order id, repeated in the report.")
    operation: Operation = attrs.field(default="submit", metadata=about(
        "What the applicant asks to do now; absent or null means `submit`."))
    commercial: bool | None = given("Whether the filing is for a commercial (经营性) service.")
    provider: str | None = given("The access provider (接入商) the order is filed with.")
    submitted_to_provider_on: Date | None = given("The day the order reached the provider.")
    submitted_to_authority_on: Date | None = given("The day the order reached the bureau.")


# -- entity ------------------------------------------------------------------------------------------------------

@attrs.frozen
class Certificate:
    """The entity's certificate (主体证件): a unit's licence or certificate, an individual's ID."""

    type: CertificateType | CertificateType11 | None = given(
        "The certificate's type; for individuals a person ID type.")
    number: str | None = given("The certificate number (a unit's USCC, an individual's ID number).")
    address: str | None = given("The address printed on the certificate (证件住所).")
    valid_until: Date | None = given("The last day the certificate is valid; `long_term` (长期) for no end.")
    electronic: bool | None = given(
        "The uploaded certificate is an electronic licence (电子营业执照), not a photo or scan of the paper "
        "original.", since="1.1", serves="ENTITY_SH_E_LICENCE")
    issued_in: CountryCode | None = given(
        "Where the certificate was issued: `CN` (a mainland authority), `HK`, `MO`, `TW` or another ISO "
        "3166-1 alpha-2 code; a `foreign_representative_office_certificate` given with it must say `CN`.",
        since="1.1", serves="ENTITY_FOREIGN_COMPANY_CERT")


@attrs.frozen
class LegalRepresentative:
    """The unit's legal representative (法定代表人)."""

    name: str | None = given("His name.")
    id_number: str | None = given("His ID number.")
    id_type: PersonIdType | PersonIdType11 | None = given(
        "The type of his ID (never guessed from the number's form).", since="1.1",
        serves="PRINCIPAL_FOREIGN_LEGAL_REP PRINCIPAL_NOT_LEGAL_REP ID_TEMPORARY_CARD")
    id_address: str | None = given("The address printed on his ID (证件住址).", since="1.1",
                                   serves="LEGAL_REP_NONLOCAL_PHOTOS")
    nationality: CountryCode | None = given(
        "国籍或地区: `CN` mainland, `HK` `MO` `TW`, or a foreign country's ISO 3166-1 alpha-2 code; must agree "
        "with `id_type`.", since="1.1", serves="PRINCIPAL_FOREIGN_LEGAL_REP PRINCIPAL_NOT_LEGAL_REP")


@attrs.frozen
class IdDocument:
    """A person's identity document (证件)."""

    type: PersonIdType | PersonIdType11 | None = given("The ID type.")
    number: str | None = given("The ID number.")
    valid_until: Date | None = given("The last day the ID is valid; `long_term` (长期) for no end.")
    address: str | None = given("The address printed on the ID (证件住址).")
    valid_from: Date | None = given(
        "The first day the ID is valid (证件有效期起始日期); not `long_term`, not after `valid_until`.",
        since="1.1")


@attrs.frozen
class EmergencyContact:
    """The person whose number is a principal's `emergency_phone`."""

    name: str | None = given("The emergency contact's name (姓名).", since="1.1")
    position: str | None = given(
        "His position (职务); for individual filers, the relationship (配偶, …).", since="1.1")


@attrs.frozen
class Person:
    """A principal (负责人): the entity's, or a website's or APP's."""

    name: str = attrs.field(metadata=about("The principal's name."))
    id_document: IdDocument | None = given("The principal's ID.")
    mobile: Phone | None = given("Mobile number (text: numbers lose a landline's leading zero).")
    emergency_phone: Phone | None = given("Emergency contact number (应急联系电话).")
    office_phone: Phone | None = given("Office landline (办公电话).")
    email: str | None = given("Email address.")
    nationality: CountryCode | None = given(
        "国籍或地区: `CN` mainland, `HK` `MO` `TW`, or a foreign country's ISO 3166-1 alpha-2 code; must agree "
        "with `id_document.type` (`resident_id` → `CN`, `hk_macao_permit` → `HK`/`MO`, …).", since="1.1",
        serves="PRINCIPAL_FOREIGN_LEGAL_REP PRINCIPAL_NOT_LEGAL_REP ID_CITIZEN_MUST_USE_RIC ID_FOREIGN_PERSONAL "
               "ID_HMT_DOCS SERVICE_PRINCIPAL_NOT_CITIZEN")
    emergency_contact: EmergencyContact | None = given(
        "Who answers the `emergency_phone`.", since="1.1",
        serves="CONTACT_EMERGENCY_THIRD_PERSON CONTACT_EMERGENCY_MISSING")


@attrs.frozen
class Region:
    """所属区域 selected in the form; each part a six-digit GB/T 2260 code as text or a name, resolved to the code.

    Codes must be known to the division table (python-stdnum's cn/loc); a city shares its province's first two
    digits, a district its city's first four; names resolve within the parts above them (else within
    `order.province`); the province must be `order.province`."""

    province: Division | None = given("The province (`320000`, `江苏省`).", since="1.1")
    city: Division | None = given("The prefecture-level city (`320100`, `南京市`).", since="1.1")
    district: Division | None = given("The district or county (`320102`, `玄武区`).", since="1.1")


@attrs.frozen
class BusinessRegistration:
    """A copy, made by the caller, of the entity's public record in 国家企业信用信息公示系统 (the library looks
    nothing up)."""

    retrieved_on: Date = attrs.field(metadata=about("查询日期: the day of the copy; not after `as_of`.",
                                                    since="1.1"))
    name: str | None = given("名称 as registered.", since="1.1", serves="ENTITY_NAME_REGISTRY_MISMATCH")
    uscc: Uscc | None = given("统一社会信用代码: 18 characters of the GB 32100 set.", since="1.1",
                              serves="ENTITY_CERT_NUMBER_NOT_USCC LICENCE_NOT_LATEST")
    status: RegistrationStatus | None = given("登记状态.", since="1.1", serves="ENTITY_STATUS_ABNORMAL")
    on_abnormal_list: bool | None = given("列入经营异常名录.", since="1.1", serves="ENTITY_STATUS_ABNORMAL")
    legal_representative: str | None = given(
        "法定代表人 / 负责人 / 经营者 (name).", since="1.1",
        serves="PRINCIPAL_NOT_LEGAL_REP ENTITY_INDIVIDUAL_BUSINESS_FORM")
    address: str | None = given("住所 / 经营场所.", since="1.1", serves="ENTITY_CERT_ADDRESS_MISMATCH")
    business_scope: str | None = given(
        "经营范围.", since="1.1",
        serves="PRINCIPAL_FINANCE_UNIT_NO_AUTH PREAPPROVAL_GD_FINANCE PREAPPROVAL_KEYWORD_SCREEN "
               "PREAPPROVAL_XZ_RELIGION")
    former_names: tuple[str, ...] = listed("曾用名.", since="1.1",
                                           serves="ENTITY_NAME_REGISTRY_MISMATCH ENTITY_NAME_AND_CERT_CHANGED")
    kind: RegistrationKind | None = given("类型 of the registered subject.", since="1.1",
                                          serves="ENTITY_INDIVIDUAL_BUSINESS_FORM")
    has_trade_name: bool | None = given("有字号 (`false`: a 个体工商户 registered without a 字号).", since="1.1",
                                        serves="ENTITY_INDIVIDUAL_BUSINESS_FORM")


@attrs.frozen
class Entity:
    """The filer (主办者): a unit or an individual."""

    type: EntityType = attrs.field(metadata=about("The filer's nature (主体性质)."))
    name: str = attrs.field(metadata=about("The filer's name (主办单位名称 or the individual's name)."))
    principal: Person = attrs.field(metadata=about("The entity principal (主体负责人)."))
    filing_number: str | None = given("The entity filing number (主体备案号), once filed.")
    mailing_address: str | None = given("The mailing address (通信地址).")
    remark: str | None = given("The form's free text for the entity (备注).")
    certificate: Certificate | None = given("The entity's certificate.")
    legal_representative: LegalRepresentative | None = given("A unit's legal representative.")
    region: Region | None = given(
        "所属区域 selected in the form.", since="1.1",
        serves="ENTITY_MAILING_ADDRESS_OUTSIDE_REGION ENTITY_ADDRESS_CROSS_CITY")
    has_seal: bool | None = given("单位有公章.", since="1.1", serves="ENTITY_INDIVIDUAL_BUSINESS_FORM")
    business_registration: BusinessRegistration | None = given(
        "The business registration snapshot; absent: every rule reading it is silent.", since="1.1",
        serves="ENTITY_STATUS_ABNORMAL ENTITY_NAME_REGISTRY_MISMATCH ENTITY_CERT_ADDRESS_MISMATCH "
               "ENTITY_CERT_NUMBER_NOT_USCC LICENCE_NOT_LATEST ENTITY_INDIVIDUAL_BUSINESS_FORM "
               "ENTITY_NAME_AND_CERT_CHANGED PRINCIPAL_NOT_LEGAL_REP PRINCIPAL_FINANCE_UNIT_NO_AUTH "
               "PREAPPROVAL_GD_FINANCE PREAPPROVAL_KEYWORD_SCREEN PREAPPROVAL_XZ_RELIGION")


# -- websites and APPs -------------------------------------------------------------------------------------------

@attrs.frozen
class DomainDetail:
    """What is known of one domain (rules about a domain's holder, registrar or expiry run only where given)."""

    domain: str = attrs.field(metadata=about("The domain these details are about."))
    registrant: str | None = given("The domain holder (域名持有者) as registered.")
    registrar: str | None = given("The registrar (注册商).")
    expires_on: Date | None = given("The day the registration expires.")
    real_name_verified_on: Date | None = given("The day the holder's real-name verification (实名认证) passed.")
    registrant_certificate_type: CertificateType | CertificateType11 | None = given(
        "The holder's certificate type (the tokens of `entity.certificate.type`).", since="1.1",
        serves="DOMAIN_HOLDER_MISMATCH")
    registrant_certificate_number: str | None = given("域名持有者证件号码.", since="1.1",
                                                      serves="DOMAIN_HOLDER_MISMATCH")
    real_name_status: RealNameStatus | None = given("The holder's real-name status.", since="1.1",
                                                    serves="DOMAIN_NOT_REAL_NAME")
    resolves_to: tuple[IpAddress, ...] | None = given(
        "The IPv4/IPv6 addresses the domain's A/AAAA records gave; absent or null: not looked up, `[]`: looked "
        "up, no address (the one list where `[]` differs from null).", since="1.1",
        serves="DOMAIN_RESOLUTION_NOT_PROVIDER SITE_LIVE_BEFORE_APPROVAL")
    resolved_on: Date | None = given("The day of the look-up; not after `as_of`.", since="1.1")


@attrs.frozen
class PreApproval:
    """A pre-approval (前置审批) of an industry's content."""

    industry: Industry | Industry11 = attrs.field(metadata=about("The industry approved."))
    number: str | None = given("The approval number.")
    issued_by: str | None = given("The approving authority.")
    valid_until: Date | None = given("The last day the approval is valid.")
    attachment: str | None = given("The file of the approval document.")


@attrs.frozen
class ServerAddress:
    """A server address the site is filed with or served from (网站接入IP)."""

    ip: IpAddress = attrs.field(metadata=about("An IPv4 or IPv6 address.", since="1.1"))
    at_provider: bool | None = given(
        "The address belongs to the access provider's (`order.provider`) address space, as the caller knows it.",
        since="1.1", serves="ACCESS_IP_NOT_PROVIDER ACCESS_WHERE_SERVER_IS")
    region: ServerRegion | None = given(
        "Where the server is: a mainland province (any form `order.province` accepts, read as the two-letter "
        "code) or `outside_mainland` (境外, including HK, MO, TW).", since="1.1",
        serves="ACCESS_WHERE_SERVER_IS DOMAIN_RESOLUTION_NOT_PROVIDER")


@attrs.frozen
class WebsiteObservation:
    """One look at the live site (a provider's audit crawler, a portal's pre-check), not the applicant's word."""

    checked_on: Date = attrs.field(metadata=about("The day of the inspection; not after `as_of`.", since="1.1"))
    url: str | None = given(
        "The address fetched: an `http`/`https` URL whose host is one of the website's `domains` or a subdomain "
        "of one.", since="1.1")
    reachable: bool | None = given("The home page answered with content when fetched from the mainland.",
                                   since="1.1", serves="SITE_LIVE_BEFORE_APPROVAL FILED_SITE_NOT_ACCESSIBLE")
    title: str | None = given("The page title / site name shown (网站标题).", since="1.1",
                              serves="SITE_NAME_NOT_LIVE_NAME")
    shows_filing_number: bool | None = given(
        "The home page bottom shows an ICP filing number; implied by `displayed_filing_number`, so `false` "
        "with it is an error.", since="1.1", serves="FOOTER_FILING_NUMBER")
    displayed_filing_number: str | None = given(
        "The number as displayed, verbatim (judged by the rules, not parsed on input).", since="1.1",
        serves="FOOTER_FILING_NUMBER FILING_NUMBER_NONCANONICAL_DISPLAY")
    filing_number_links_to_miit: bool | None = given("The number links to `https://beian.miit.gov.cn`.",
                                                     since="1.1", serves="FOOTER_FILING_NUMBER")
    shows_psb_number: bool | None = given(
        "The page shows a public-security filing number (公安联网备案号); implied by `displayed_psb_number`.",
        since="1.1", serves="PSB_NUMBER_MISSING")
    displayed_psb_number: str | None = given("The public-security number as displayed, verbatim.", since="1.1",
                                             serves="PSB_NUMBER_MISSING")


@attrs.frozen
class Website:
    """One website of the order (网站)."""

    name: str = attrs.field(metadata=about("The website name (网站名称)."))
    domains: tuple[str, ...] = listed("The website's domains.")
    domain_details: tuple[DomainDetail, ...] = listed("Details of some of the domains.")
    content_categories: tuple[str, ...] = listed(
        "Free content tokens; one equal to a pre-approval industry declares content of that industry "
        "(`religion` too, in 1.1).")
    remark: str | None = given("The form's free text for the website (备注).")
    filing_number: str | None = given("The website filing number (网站备案号), once filed.")
    principal: Person | None = given("The website principal (网站负责人).")
    pre_approvals: tuple[PreApproval, ...] = listed("The website's pre-approvals.")
    ips: tuple[ServerAddress, ...] = listed(
        "The server addresses the site is filed with / served from.", since="1.1",
        serves="ACCESS_IP_NOT_PROVIDER ACCESS_WHERE_SERVER_IS DOMAIN_RESOLUTION_NOT_PROVIDER")
    psb_number: str | None = given(
        "公安联网备案号 (`苏公网安备32010202011234号`); its form is judged by the rules, not on input.", since="1.1",
        serves="PSB_NUMBER_MISSING")
    opened_on: Date | None = given("网站开通日期: the day the site went public.", since="1.1",
                                   serves="PSB_NUMBER_MISSING")
    observed: WebsiteObservation | None = given(
        "What an inspection of the live site saw; absent: not inspected.", since="1.1",
        serves="SITE_LIVE_BEFORE_APPROVAL FILED_SITE_NOT_ACCESSIBLE SITE_NAME_NOT_LIVE_NAME FOOTER_FILING_NUMBER "
               "FILING_NUMBER_NONCANONICAL_DISPLAY PSB_NUMBER_MISSING")


@attrs.frozen
class Signature:
    """A native APP's signing data (APP特征信息)."""

    platform: str | None = given("The platform the signature is for (`android`, `ios`, …).")
    md5: str | None = given("The MD5 fingerprint of the signing certificate.")
    sha1: str | None = given(
        "The SHA-1 fingerprint of the signing certificate (40 hexadecimal digits; iOS and HarmonyOS filings ask "
        "for it).", since="1.1", serves="APP_FEATURE_INFO")
    public_key: str | None = given("The signing public key.")


@attrs.frozen
class Icon:
    """The APP's icon (应用图标)."""

    file: str | None = given("The icon's file name.", since="1.1")
    size_bytes: ByteCount | None = given("The icon's size in bytes (a whole number, zero or more).", since="1.1",
                                         serves="APP_ICON_RULES")


@attrs.frozen
class AppObservation:
    """One look at the APP's 设置/关于 page or the mini-program's profile."""

    checked_on: Date = attrs.field(metadata=about("The day of the inspection; not after `as_of`.", since="1.1"))
    shows_filing_number: bool | None = given(
        "The page shows an ICP filing number; implied by `displayed_filing_number`.", since="1.1",
        serves="APP_FILING_NUMBER_DISPLAY")
    displayed_filing_number: str | None = given(
        "The number as displayed, verbatim.", since="1.1",
        serves="APP_FILING_NUMBER_DISPLAY FILING_NUMBER_NONCANONICAL_DISPLAY")
    filing_number_links_to_miit: bool | None = given("The number links to `https://beian.miit.gov.cn`.",
                                                     since="1.1", serves="APP_FILING_NUMBER_DISPLAY")


@attrs.frozen
class App:
    """One APP, mini-program or quick app of the order."""

    name: str = attrs.field(metadata=about("The APP name."))
    platforms: tuple[str, ...] = listed(
        "Free platform tokens; for mini-programs the host platform, spelt `wechat`, `douyin`, `alipay`, `baidu`, "
        "`qq`.")
    package_names: tuple[str, ...] = listed("The APP's package names (包名).")
    signatures: tuple[Signature, ...] = listed("The APP's signing data.")
    content_categories: tuple[str, ...] = listed("Free content tokens, as for websites.")
    remark: str | None = given("The form's free text for the APP (备注).")
    filing_number: str | None = given("The APP filing number, once filed.")
    principal: Person | None = given("The APP principal.")
    pre_approvals: tuple[PreApproval, ...] = listed("The APP's pre-approvals.")
    kind: AppKind = attrs.field(default="app", metadata=about(
        "What the entry is; absent or null means `app`, the 1.0 meaning of every entry.", since="1.1",
        serves="MINIPROGRAM_FIELD_LIMITS APP_FEATURE_INFO APP_ICON_RULES FILING_NUMBER_FORMAT"))
    app_id: NonEmptyText | None = given(
        "The platform's account ID (WeChat AppID `wx` + 16 hex digits, Douyin `tt…`).", since="1.1",
        serves="MINIPROGRAM_FIELD_LIMITS")
    domains: tuple[str, ...] = listed("The domains the APP uses (服务器域名).", since="1.1", serves="APP_DOMAIN_LEVEL")
    domain_details: tuple[DomainDetail, ...] = listed(
        "Details of the APP's domains, same shape as for websites.", since="1.1",
        serves="DOMAIN_HOLDER_MISMATCH DOMAIN_NOT_REAL_NAME DOMAIN_EXPIRED_OR_SHORT")
    icon: Icon | None = given("The APP's icon.", since="1.1", serves="APP_ICON_RULES")
    observed: AppObservation | None = given(
        "What an inspection of the APP saw; absent: not inspected.", since="1.1",
        serves="APP_FILING_NUMBER_DISPLAY FILING_NUMBER_NONCANONICAL_DISPLAY")


# -- attachments and verification --------------------------------------------------------------------------------

@attrs.frozen
class Attachment:
    """One uploaded file."""

    type: AttachmentType | AttachmentType11 = attrs.field(metadata=about("What the file is."))
    file: str | None = given("The file name.")
    size_bytes: int | None = given("The file's size in bytes.")
    signed_on: Date | None = given("The day the document was signed.")
    for_: DocumentPath | None = given(
        "Whom the file is for: `entity`, a person (`entity.principal`, `entity.legal_representative`, "
        "`websites[i].principal`, `apps[i].principal`) or a service (`websites[i]`, `apps[i]`), which the "
        "document must have; a person's document must name a person, `certificate_image` and "
        "`name_change_certificate` must name `entity`. Absent: the file counts for whoever needs it (1.0).",
        since="1.1", key="for",
        serves="SERVICE_PRINCIPAL_AUTH_LETTER PRINCIPAL_FOREIGN_LEGAL_REP LEGAL_REP_NONLOCAL_PHOTOS "
               "PRINCIPAL_AGE_16_18_PROOF QH_FIVE_IMAGES MINIPROGRAM_FIELD_LIMITS")


@attrs.frozen
class Call:
    """One verification call (核验电话)."""

    phone: Phone = attrs.field(metadata=about("The number called."))
    result: CallResult | CallResult11 = attrs.field(metadata=about(
        "How the call ended; `blocked` (1.1): the number blocks unknown callers (来电拦截)."))
    on: Date | None = given("The day of the call.")


@attrs.frozen
class SmsCheck:
    """One of the bureau's SMS verifications (管局短信核验)."""

    result: SmsResult = attrs.field(metadata=about("How the verification stands.", since="1.1",
                                                   serves="ORDER_SMS_VERIFICATION"))
    phone: Phone | None = given("The verified number (WeChat reports a status without it).", since="1.1")
    on: Date | None = given("The day of the SMS or of the status.", since="1.1")


@attrs.frozen
class IdentityCheck:
    """An identity check the provider ran (身份信息核验、人脸核身/人证核验)."""

    person: DocumentPath = attrs.field(metadata=about(
        "The person checked: a path to a person of the document (`entity.principal`, `websites[0].principal`, "
        "…).", since="1.1"))
    result: IdentityCheckResult = attrs.field(metadata=about("The check's outcome.", since="1.1",
                                                             serves="PRINCIPAL_NAME_ID_MISMATCH"))
    on: Date | None = given("The day of the check.", since="1.1")


@attrs.frozen
class RectificationNotice:
    """The provider's rectification notice (整改通知) for this filing."""

    issued_on: Date = attrs.field(metadata=about("The day the notice was issued.", since="1.1"))
    deadline: Date = attrs.field(metadata=about("The day by which to rectify; not before `issued_on`.",
                                                since="1.1", serves="ORDER_RECTIFY_DEADLINE"))


@attrs.frozen
class Verification:
    """What the provider and the bureau checked."""

    calls: tuple[Call, ...] = listed("The verification calls made.")
    statements: tuple[Statement, ...] = listed("What the filer said on a verification call.")
    sms: tuple[SmsCheck, ...] = listed("The bureau's SMS verifications.", since="1.1",
                                       serves="ORDER_SMS_VERIFICATION")
    identity_checks: tuple[IdentityCheck, ...] = listed("The identity checks the provider ran.", since="1.1",
                                                        serves="PRINCIPAL_NAME_ID_MISMATCH")
    rectification_notice: RectificationNotice | None = given(
        "The provider's 整改通知 for this filing; absent: no notice known.", since="1.1",
        serves="ORDER_RECTIFY_DEADLINE")


@attrs.frozen
class Filing:
    """One filing order (or, with `order.status` `approved`, an existing filing)."""

    order: Order = attrs.field(metadata=about("The order."))
    entity: Entity = attrs.field(metadata=about("The filer."))
    format_version: FormatVersion = attrs.field(default="1.0", metadata=about(
        "The format version the document declares, as text; absent means `1.0`. A 1.1 reader reads every 1.1 "
        "field whether or not it is declared; older readers refuse the unknown key.", since="1.1"))
    as_of: Date | None = given(
        "The day the check is made for; absent: the caller's `as_of`, else today.")
    websites: tuple[Website, ...] = listed("The order's websites.")
    apps: tuple[App, ...] = listed("The order's APPs, mini-programs and quick apps.")
    attachments: tuple[Attachment, ...] = listed("The uploaded files.")
    verification: Verification = attrs.field(default=Verification(), metadata=about(
        "What the provider and the bureau checked."))
    extensions: dict[str, Any] = attrs.field(factory=dict, hash=False, metadata=about(
        "Free-form data the library ignores (the one place where unknown keys are allowed)."))

    @property
    def is_audit(self) -> bool:
        """An approved filing is audited: findings are rectifications."""
        return self.order.status == "approved"

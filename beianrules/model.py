"""The filing document of FORMAT.md as frozen attrs classes.

One class per object of the format, field for field. Enumerated fields are
``Literal`` types (the converter checks membership); every field that FORMAT.md
lets a caller leave out defaults to None or an empty tuple, which means "not
given" — a rule that needs it stays silent. Phones, dates and provinces have
their own types so that the converter can parse them strictly.
"""

from __future__ import annotations

import datetime as _dt
from typing import Any, Literal

import attrs

OrderType = Literal[
    "new_filing", "new_website", "new_app", "new_access", "change",
    "cancel_access", "cancel_website", "cancel_app", "cancel_entity",
]
CANCEL_TYPES = frozenset({"cancel_access", "cancel_website", "cancel_app", "cancel_entity"})
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
CertificateType = Literal[
    "business_license", "public_institution_certificate", "social_group_certificate",
    "organization_code", "other_certificate",
    "resident_id", "passport", "hk_macao_permit", "taiwan_permit", "foreign_permanent_residence",
    "residence_permit",
]
Industry = Literal[
    "news", "publishing", "drugs_medical_devices", "culture", "radio_film_tv", "education",
    "healthcare", "ride_hailing", "bulletin_board", "finance", "games",
]
AttachmentType = Literal[
    "authorization_letter", "residence_permit", "address_proof", "authenticity_responsibility_notice",
    "authenticity_commitment", "service_commitment_letter", "authenticity_check_form",
    "pre_approval_document", "other",
]
CallResult = Literal["reached", "unreachable", "refused", "wrong_person"]
Statement = Literal["app_no_longer_used", "server_no_longer_used", "website_no_longer_used"]


class Phone(str):
    """A phone number in normalised form (``+86 138-1234-5678`` → ``13812345678``)."""


class Province(str):
    """A bureau's two-letter code (``JS``), whichever alias the document used."""


Date = _dt.date

LONG_TERM = _dt.date.max
"""``valid_until`` of a document valid without end (长期)."""


def date_text(day: _dt.date | None) -> str | None:
    """A date as facts and reports show it: ISO, ``long_term`` for 长期, None when not given."""
    if day is None:
        return None
    return "long_term" if day == LONG_TERM else day.isoformat()


@attrs.frozen
class Order:
    type: OrderType
    status: OrderStatus
    province: Province
    id: str | None = None
    operation: Operation = "submit"
    commercial: bool | None = None
    provider: str | None = None
    submitted_to_provider_on: Date | None = None
    submitted_to_authority_on: Date | None = None


@attrs.frozen
class Certificate:
    type: CertificateType | None = None
    number: str | None = None
    address: str | None = None
    valid_until: Date | None = None


@attrs.frozen
class LegalRepresentative:
    name: str | None = None
    id_number: str | None = None


@attrs.frozen
class IdDocument:
    type: PersonIdType | None = None
    number: str | None = None
    valid_until: Date | None = None
    address: str | None = None


@attrs.frozen
class Person:
    name: str
    id_document: IdDocument | None = None
    mobile: Phone | None = None
    emergency_phone: Phone | None = None
    office_phone: Phone | None = None
    email: str | None = None


@attrs.frozen
class Entity:
    type: EntityType
    name: str
    principal: Person
    filing_number: str | None = None
    mailing_address: str | None = None
    remark: str | None = None
    certificate: Certificate | None = None
    legal_representative: LegalRepresentative | None = None


@attrs.frozen
class DomainDetail:
    domain: str
    registrant: str | None = None
    registrar: str | None = None
    expires_on: Date | None = None
    real_name_verified_on: Date | None = None


@attrs.frozen
class PreApproval:
    industry: Industry
    number: str | None = None
    issued_by: str | None = None
    valid_until: Date | None = None
    attachment: str | None = None


@attrs.frozen
class Website:
    name: str
    domains: tuple[str, ...] = ()
    domain_details: tuple[DomainDetail, ...] = ()
    content_categories: tuple[str, ...] = ()
    remark: str | None = None
    filing_number: str | None = None
    principal: Person | None = None
    pre_approvals: tuple[PreApproval, ...] = ()


@attrs.frozen
class Signature:
    platform: str | None = None
    md5: str | None = None
    sha1: str | None = None
    public_key: str | None = None


@attrs.frozen
class App:
    name: str
    platforms: tuple[str, ...] = ()
    package_names: tuple[str, ...] = ()
    signatures: tuple[Signature, ...] = ()
    content_categories: tuple[str, ...] = ()
    remark: str | None = None
    filing_number: str | None = None
    principal: Person | None = None
    pre_approvals: tuple[PreApproval, ...] = ()


@attrs.frozen
class Attachment:
    type: AttachmentType
    file: str | None = None
    size_bytes: int | None = None
    signed_on: Date | None = None


@attrs.frozen
class Call:
    phone: Phone
    result: CallResult
    on: Date | None = None


@attrs.frozen
class Verification:
    calls: tuple[Call, ...] = ()
    statements: tuple[Statement, ...] = ()


@attrs.frozen
class Filing:
    """One filing order (or, with ``order.status == "approved"``, an existing filing)."""

    order: Order
    entity: Entity
    as_of: Date | None = None
    websites: tuple[Website, ...] = ()
    apps: tuple[App, ...] = ()
    attachments: tuple[Attachment, ...] = ()
    verification: Verification = Verification()
    extensions: dict[str, Any] = attrs.field(factory=dict, hash=False)

    @property
    def is_audit(self) -> bool:
        """An approved filing is audited: findings are rectifications."""
        return self.order.status == "approved"

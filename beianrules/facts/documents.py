"""Facts about documents: ID and certificate validity, attachments, province documents.

Validity is measured against ``as_of``: a document valid through ``as_of``
itself is not expired. A province document's start date applies as REASONS.md
reads it ("Start dates"): every order that has not reached the bureau before
the start date needs the document; an order that reached the bureau before it
(and an approved filing that did) is exempt, and one that was rejected must
carry it when sent again. When the date the order reached the bureau is
unknown for an order at or past the bureau, nothing is concluded.

An ``address`` fact places the address on the entity's certificate and on
the entity principal's ID document in a province
(:func:`beianrules.regions.address_province`); ``in_filing_province`` is left
out when the address is missing or its province cannot be told, so the rules
comparing it with ``order.province`` stay silent. The USCC's or ID number's
region code is never used in its place: it is where the number was issued,
not the address on the document (RULE-CATALOG §1.4 ID_REGION_CODE_HINT).
"""

from __future__ import annotations

import datetime as _dt

from beianrules.facts.context import Context
from beianrules.model import Filing, date_text
from beianrules.provinces._base import ProvinceParameters, SpecialDocument
from beianrules.provinces._table import PROVINCE_NAMES
from beianrules.regions import address_province
from beianrules.registry import principals

ATTACHMENT_TYPES = (
    "authorization_letter", "residence_permit", "address_proof", "authenticity_responsibility_notice",
    "authenticity_commitment", "service_commitment_letter", "authenticity_check_form",
    "pre_approval_document", "other",
)

FIELDS = {
    "id_document": ("path", "owner", "expired", "valid_until", "valid_until_path", "as_of"),
    "attachments": ("path", *ATTACHMENT_TYPES),
    "required_document": (
        "path", "province", "document", "applies", "present", "oversize", "since", "max_bytes",
        "size_bytes", "name_zh", "name_en", "problem_zh", "problem_en",
    ),
    "address": (
        "path", "document", "is_unit", "province", "in_filing_province", "province_zh", "province_en",
        "filing_province_zh", "filing_province_en", "requirement_zh", "requirement_en",
    ),
}


def facts(ctx: Context) -> list[dict]:
    filing, params, as_of = ctx.filing, ctx.params, ctx.as_of
    return [*_id_documents(filing, as_of), _attachments(filing),
            *(f for doc in params.special_documents for f in _required(filing, params.code, doc)),
            *_addresses(filing, params)]


def _id_documents(filing: Filing, as_of: _dt.date) -> list[dict]:
    found = []
    cert = filing.entity.certificate
    if cert is not None and cert.valid_until is not None:
        found.append(_validity("entity.certificate", "entity", cert.valid_until, as_of))
    for path, _role, person in principals(filing):
        doc = person.id_document
        if doc is not None and doc.valid_until is not None:
            found.append(_validity(f"{path}.id_document", path, doc.valid_until, as_of))
    return found


def _validity(path: str, owner: str, valid_until: _dt.date, as_of: _dt.date) -> dict:
    return {
        "kind": "id_document",
        "ref": path,
        "path": path,
        "owner": owner,
        "expired": valid_until < as_of,
        "valid_until": date_text(valid_until),
        "valid_until_path": f"{path}.valid_until",
        "as_of": as_of.isoformat(),
    }


def _attachments(filing: Filing) -> dict:
    present = {a.type for a in filing.attachments}
    return {"kind": "attachments", "ref": "attachments", "path": "attachments",
            **{t: t in present for t in ATTACHMENT_TYPES}}


def start_date_applies(filing: Filing, since: _dt.date) -> bool | None:
    """Whether a province document rule with start date ``since`` applies to this order."""
    order = filing.order
    reached_bureau = order.submitted_to_authority_on
    if order.status in ("draft", "provider_review", "abandoned") and not filing.is_audit:
        return True
    if order.status == "rejected":
        return True
    # At the bureau, or approved: exempt if it got there before the start date.
    if reached_bureau is None:
        return None
    return reached_bureau >= since


def _required(filing: Filing, province: str, doc: SpecialDocument) -> list[dict]:
    if doc.commercial is not None and filing.order.commercial is not doc.commercial:
        return []
    base = {
        "kind": "required_document",
        "province": province,
        "document": doc.attachment,
        "applies": start_date_applies(filing, doc.since),
        "since": doc.since.isoformat(),
        "max_bytes": doc.max_bytes,
        "name_zh": doc.name_zh,
        "name_en": doc.name_en,
    }
    copies = [(i, a) for i, a in enumerate(filing.attachments) if a.type == doc.attachment]
    found = [{**base, "ref": f"{province}:{doc.attachment}", "path": "attachments", "present": bool(copies),
              "problem_zh": None if copies else "未上传", "problem_en": None if copies else "it is missing"}]
    if doc.max_bytes is not None:
        limit_zh, limit_en = _size_text(doc.max_bytes)
        for i, attachment in copies:
            if attachment.size_bytes is not None and attachment.size_bytes > doc.max_bytes:
                size_zh, size_en = _size_text(attachment.size_bytes)
                found.append({**base, "ref": f"attachments[{i}]", "path": f"attachments[{i}].size_bytes",
                              "present": True, "oversize": True, "size_bytes": attachment.size_bytes,
                              "problem_zh": f"上传的文件为 {size_zh}，超过 {limit_zh} 的上限",
                              "problem_en": f"the uploaded file is {size_en}, over the {limit_en} limit"})
    return found


def _size_text(size_bytes: int) -> tuple[str, str]:
    """``4194304`` → ``4 MB``, ``4194305`` → ``4194305 字节/bytes``: exact, never rounded into the limit."""
    mib, rest = divmod(size_bytes, 1024 * 1024)
    return (f"{mib}MB", f"{mib} MB") if not rest else (f"{size_bytes} 字节", f"{size_bytes} bytes")


# What an individual whose ID address lies in another province must do, by the bureau's
# ``out_of_province_id`` (provinces/_base.py); ``unknown`` says nothing, as no rule fires there.
_OUT_OF_PROVINCE_REQUIREMENT = {
    "proof_accepted": ("需上传居住证或住所证明", "a residence permit or another address proof must be attached"),
    "residence_permit_only": ("只接受本省居住证作为证明", "only a residence permit of this province is accepted as proof"),
    "local_id_only": ("该省管局只接受本省身份证的个人备案", "this bureau accepts personal filings with a local ID only"),
}


def _addresses(filing: Filing, params: ProvinceParameters) -> list[dict]:
    entity = filing.entity
    principal_id = entity.principal.id_document
    found = []
    for path, document, text in (
        ("entity.certificate.address", "certificate", entity.certificate.address if entity.certificate else None),
        ("entity.principal.id_document.address", "principal_id", principal_id.address if principal_id else None),
    ):
        if not text:
            continue
        province = address_province(text)
        requirement = _OUT_OF_PROVINCE_REQUIREMENT.get(params.out_of_province_id, (None, None))
        here, there = PROVINCE_NAMES[params.code], PROVINCE_NAMES.get(province)
        found.append({
            "kind": "address",
            "ref": path,
            "path": path,
            "document": document,
            "is_unit": entity.type != "individual",
            "province": province,
            # Unknown province: no verdict (the rules comparing it stay silent).
            "in_filing_province": (province == params.code) if province else None,
            "province_zh": there.name_zh if there else None,
            "province_en": there.name_en if there else None,
            "filing_province_zh": here.name_zh,
            "filing_province_en": here.name_en,
            "requirement_zh": requirement[0],
            "requirement_en": requirement[1],
        })
    return found

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
import typing

from beianrules.facts.context import Context
from beianrules.facts.schema import COUNT, DATE, FLAG, PATH, TEXT, FactKind, token
from beianrules.finding import Fact
from beianrules.model import AttachmentType, Filing, date_text
from beianrules.provinces._schema import DocumentRequirement, ProvinceParameters
from beianrules.regions import address_province
from beianrules.registry import principals

ATTACHMENT_TYPES: tuple[str, ...] = typing.get_args(AttachmentType)

KINDS = (
    FactKind("id_document", "The validity of an identity document or of the entity's certificate.", {
        "path": PATH, "owner": PATH, "expired": FLAG, "valid_until": DATE, "valid_until_path": PATH, "as_of": DATE,
    }),
    FactKind("attachments", "Which attachment types the order carries (one flag per type).", {
        "path": PATH, **dict.fromkeys(ATTACHMENT_TYPES, FLAG),
    }),
    FactKind("required_document", "A document the bureau requires (DocumentRequirement): whether it applies, "
             "and what is wrong with it.", {
        "path": PATH, "requirement": TEXT, "province": token("province"), "document": token("attachment_type"),
        "applies": FLAG, "before_start": FLAG, "awaiting_bureau": FLAG, "needed_from": DATE,
        "present": FLAG, "oversize": FLAG, "problem": token("document_problem"), "since": DATE, "max_bytes": COUNT,
        "size_bytes": COUNT,
    }),
    FactKind("address", "The province of an address on the certificate or the principal's ID.", {
        "path": PATH, "document": TEXT, "is_unit": FLAG, "province": token("province"),
        "filing_province": token("province"), "in_filing_province": FLAG,
        "requirement": token("out_of_province_id"),
    }),
)


def facts(ctx: Context) -> list[Fact]:
    filing, params, as_of = ctx.filing, ctx.params, ctx.as_of
    return [*_id_documents(filing, as_of), _attachments(filing),
            *(f for doc in params.documents for f in _required(filing, params.code, doc, as_of)),
            *_addresses(filing, params)]


def _id_documents(filing: Filing, as_of: _dt.date) -> list[Fact]:
    found = []
    cert = filing.entity.certificate
    if cert is not None and cert.valid_until is not None:
        found.append(_validity("entity.certificate", "entity", cert.valid_until, as_of))
    for path, _role, person in principals(filing):
        doc = person.id_document
        if doc is not None and doc.valid_until is not None:
            found.append(_validity(f"{path}.id_document", path, doc.valid_until, as_of))
    return found


def _validity(path: str, owner: str, valid_until: _dt.date, as_of: _dt.date) -> Fact:
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


def _attachments(filing: Filing) -> Fact:
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


# Orders that have not reached the bureau yet (a rejected one will be sent again).
AWAITING_BUREAU = frozenset({"draft", "provider_review", "rejected"})


def _required(filing: Filing, province: str, requirement: DocumentRequirement, as_of: _dt.date) -> list[Fact]:
    if requirement.commercial is not None and filing.order.commercial is not requirement.commercial:
        return []
    # Checked before the rule is in force (REASONS-WAVE1, clarification (b)): an order not yet at the bureau will
    # need the documents if it gets there on or after the start date: a warning, not silence.
    before_start = as_of < requirement.effective_from
    awaiting_bureau = filing.order.status in AWAITING_BUREAU and not filing.is_audit
    early = before_start and awaiting_bureau
    found = []
    for document in requirement.attachments:
        base = {
            "kind": "required_document",
            "requirement": requirement.code,
            "province": province,
            "document": document,
            "applies": start_date_applies(filing, requirement.since),
            "before_start": before_start,
            "awaiting_bureau": awaiting_bureau,
            "needed_from": requirement.since.isoformat() if early else None,
            "since": requirement.since.isoformat(),
            "max_bytes": requirement.max_bytes,
        }
        copies = [(i, a) for i, a in enumerate(filing.attachments) if a.type == document]
        missing = "missing_when_sent" if early else "missing"
        found.append({**base, "ref": f"{province}:{document}", "path": "attachments", "present": bool(copies),
                      "problem": None if copies else missing})
        if requirement.max_bytes is not None:
            for i, attachment in copies:
                if attachment.size_bytes is not None and attachment.size_bytes > requirement.max_bytes:
                    found.append({**base, "ref": f"attachments[{i}]", "path": f"attachments[{i}].size_bytes",
                                  "present": True, "oversize": True, "size_bytes": attachment.size_bytes,
                                  "problem": "oversize_when_sent" if early else "oversize"})
    return found


# What an individual whose ID address lies in another province must do, by the bureau's
# ``out_of_province_id`` (provinces/_schema.py); ``unknown`` says nothing, as no rule fires there.
_KNOWN_REQUIREMENTS = frozenset({"proof_accepted", "residence_permit_only", "local_id_only"})


def _addresses(filing: Filing, params: ProvinceParameters) -> list[Fact]:
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
        requirement = params.out_of_province_id.value
        found.append({
            "kind": "address",
            "ref": path,
            "path": path,
            "document": document,
            "is_unit": entity.type != "individual",
            "province": province,
            # Unknown province: no verdict (the rules comparing it stay silent).
            "in_filing_province": (province == params.code) if province else None,
            "filing_province": params.code,
            "requirement": requirement if requirement in _KNOWN_REQUIREMENTS else None,
        })
    return found

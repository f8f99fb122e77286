"""Facts for the format-1.1 rows about principals' ages, ID document types, photos and units' special
certificates (FORMAT 1.1, "The rules 1.1 makes checkable").

Ages and sexes come from valid resident IDs only (W8: :func:`resident_id_birth_date`; a number given with an ID
type other than ``resident_id`` is not read as one, as in PRINCIPAL_MIN_AGE); neither the birth date nor the sex
reaches a fact. Whom a file counts for is group A's ``for`` reading
(:func:`beianrules.facts.standing.has_attachment_for`).

- ``age_proof`` (PRINCIPAL_AGE_16_18_PROOF): an individual filer's principal (role ``individual``) or a unit's
  legal representative (role ``legal_rep``) who is under 18 at the check day ``as_of`` (the row measures there,
  not at W4's ``R``); ``lacking`` when he is under 16, or 16 or 17 without an ``employment_or_income_proof``
  counting for him (``problem`` says which). Made for everyone under 18 whose age is known, in every province:
  the rule tests the bureau's ``age_16_18_proof``.
- ``retirement_age`` (SERVICE_PRINCIPAL_RETIRED): a unit's website/APP principal whose age at the bureau day
  ``R`` (W4) is known; ``flagged`` when a man is older than 60 or a woman older than 55 in whole years
  (``limit`` 60/55), or when he is under 18 and no ``guardian_documents`` counts for him (``limit`` 18). The sex
  is GB 11643's: the 17th character odd for a man. Not made when ``R`` is unknown.
- ``legal_rep_photo`` (LEGAL_REP_NONLOCAL_PHOTOS): one per photo type (``holding_id_photo``,
  ``holding_licence_photo``) for a unit whose ``entity.legal_representative.id_address`` lies in a known province
  (:func:`beianrules.regions.address_province`; never the ID number's region code): whether that is outside
  ``order.province`` and whether a photo of the type counts for ``entity.legal_representative``.
- ``temporary_id`` (ID_TEMPORARY_CARD): a ``temporary_resident_id`` as a principal's ``id_document.type``, a
  unit's legal representative's ``id_type`` or an individual filer's ``entity.certificate.type`` — one per field.
- ``citizen_id_type`` (ID_CITIZEN_MUST_USE_RIC): a principal whose ``nationality`` is given as ``CN`` and whose
  ``id_document.type`` is given and is neither ``resident_id`` nor ``temporary_resident_id`` (a nationality
  derived from the ID type is never ``CN`` with another type).
- ``foreign_certificate`` (ENTITY_FOREIGN_COMPANY_CERT): a unit's ``entity.certificate.issued_in``, when given.
- ``electronic_licence`` (ENTITY_SH_E_LICENCE): ``entity.certificate.electronic``, when given.
- ``gov_unit_document`` (ENTITY_GOV_UNIT_APPROVAL): for a ``government`` or ``public_institution`` filer whose
  content order (W2) adds a website (one without ``filing_number``): whether an ``establishment_approval`` is
  attached (both kinds of unit), whether a ``public_institution_site_application`` is (public institutions), and
  — for a government organ — for each website it adds, whether a ``gov_domain_review_form`` counts for that
  website or for ``entity``.
"""

from __future__ import annotations

import datetime as _dt
from typing import NamedTuple

from beianrules.facts.context import Context, bureau_day
from beianrules.facts.schema import COUNT, DATE, FLAG, PATH, TEXT, FactKind, token
from beianrules.facts.standing import LEGAL_REP, has_attachment_for
from beianrules.finding import Fact
from beianrules.model import CONTENT_ORDER_TYPES, Filing
from beianrules.reference.days import age_on
from beianrules.reference.idnumbers import id_key, resident_id_birth_date
from beianrules.regions import address_province
from beianrules.registry import principals

KINDS = (
    FactKind("age_proof", "An individual filer's principal or a unit's legal representative under 18 at the check "
             "day, and whether an employment or income proof counts for him.", {
                 "path": PATH, "role": token("age_role"), "age": COUNT, "on": DATE, "has_proof": FLAG,
                 "lacking": FLAG, "problem": token("age_proof_problem"),
             }),
    FactKind("retirement_age", "A unit's website/APP principal's age at the bureau day, against the statutory "
             "retirement age for his sex and the age of majority.", {
                 "path": PATH, "role": token("person_role"), "age": COUNT, "on": DATE, "limit": COUNT,
                 "flagged": FLAG, "problem": token("retirement_problem"),
             }),
    FactKind("legal_rep_photo", "A photo of the legal representative a bureau asks for when his ID address lies "
             "in another province: whether one counts for him.", {
                 "path": PATH, "id_province": token("province"), "filing_province": token("province"),
                 "outside": FLAG, "document": token("attachment_type"), "missing": FLAG,
             }),
    FactKind("temporary_id", "A temporary resident ID given as a person's ID or an individual's certificate.", {
        "path": PATH, "holder": token("id_holder"),
    }),
    FactKind("citizen_id_type", "A principal of nationality CN whose ID document is not a resident ID.", {
        "path": PATH, "role": token("person_role"), "id_type": token("person_id_type"),
    }),
    FactKind("foreign_certificate", "Where a unit's certificate was issued.", {
        "path": PATH, "issued_in": TEXT, "mainland": FLAG,
    }),
    FactKind("electronic_licence", "Whether the uploaded certificate is an electronic licence.", {
        "path": PATH, "electronic": FLAG,
    }),
    FactKind("gov_unit_document", "A document a government or public-institution unit adding a website may need, "
             "and whether it is attached.", {
                 "path": PATH, "entity_type": token("entity_type"), "document": token("attachment_type"),
                 "attached": FLAG,
             }),
)

_RESIDENT_ID = "resident_id"
_MAINLAND_ID_TYPES = frozenset({"resident_id", "temporary_resident_id"})
_TEMPORARY = "temporary_resident_id"
_PROOF = "employment_or_income_proof"
_GUARDIAN = "guardian_documents"
_PHOTOS = ("holding_id_photo", "holding_licence_photo")
_RETIREMENT = {True: (60, "past_retirement_male"), False: (55, "past_retirement_female")}
_ADULT = 18
_PROOF_AGE = 16
_GOV_UNITS = frozenset({"government", "public_institution"})


def facts(ctx: Context) -> list[Fact]:
    filing, as_of = ctx.filing, ctx.as_of
    return ctx.built((
        (("age_proof",), lambda: _age_proofs(filing, as_of)),
        (("retirement_age",), lambda: _retirement_ages(filing, bureau_day(filing, as_of), as_of)),
        (("legal_rep_photo",), lambda: _legal_rep_photos(filing, ctx.params.code)),
        (("temporary_id",), lambda: _temporary_ids(filing)),
        (("citizen_id_type",), lambda: _citizen_id_types(filing)),
        (("foreign_certificate", "electronic_licence"), lambda: _certificate(filing)),
        (("gov_unit_document",), lambda: _gov_unit_documents(filing)),
    ))


class Holder(NamedTuple):
    """What a valid resident ID says of its holder on a day (W8)."""

    age: int
    male: bool


def holder(number: str | None, id_type: str | None, day: _dt.date | None, as_of: _dt.date) -> Holder | None:
    """The age at ``day`` and the sex of the holder of ``number``: None unless it is a valid resident ID at the
    check day ``as_of`` (W8) — and, where the ID type is given, one of type ``resident_id`` — and ``day`` is known."""
    if day is None or (id_type is not None and id_type != _RESIDENT_ID):
        return None
    birth = resident_id_birth_date(number, as_of)
    key = id_key(number)
    if birth is None or key is None:
        return None
    return Holder(age_on(birth, day), int(key[16]) % 2 == 1)


# -- PRINCIPAL_AGE_16_18_PROOF -------------------------------------------------------------------


def _age_proofs(filing: Filing, as_of: _dt.date) -> list[Fact]:
    entity = filing.entity
    # (path reported, role, path the proof must count for, ID number, ID type)
    people: list[tuple[str, str, str, str | None, str | None]] = []
    if entity.type == "individual":
        document = entity.principal.id_document
        if document is not None:
            people.append(("entity.principal.id_document.number", "individual", "entity.principal",
                           document.number, document.type))
    elif entity.legal_representative is not None:
        rep = entity.legal_representative
        people.append(("entity.legal_representative.id_number", "legal_rep", LEGAL_REP, rep.id_number, rep.id_type))
    found = []
    for path, role, target, number, id_type in people:
        known = holder(number, id_type, as_of, as_of)
        if known is None or known.age >= _ADULT:
            continue
        proof = has_attachment_for(filing, _PROOF, target)
        problem = "under_16" if known.age < _PROOF_AGE else (None if proof else "no_proof")
        found.append({"kind": "age_proof", "ref": f"{path}:age_proof", "path": path, "role": role,
                      "age": known.age, "on": as_of.isoformat(), "has_proof": proof, "lacking": problem is not None,
                      "problem": problem})
    return found


# -- SERVICE_PRINCIPAL_RETIRED -------------------------------------------------------------------


def _retirement_ages(filing: Filing, day: _dt.date | None, as_of: _dt.date) -> list[Fact]:
    if filing.entity.type == "individual" or day is None:
        return []  # an individual filer's service principal is the filer; R unknown: no age
    found = []
    for path, role, person in principals(filing):
        if role == "entity_principal" or person.id_document is None:
            continue
        known = holder(person.id_document.number, person.id_document.type, day, as_of)
        if known is None:
            continue
        retirement, past = _RETIREMENT[known.male]
        problem: str | None = None
        limit = retirement
        if known.age > retirement:
            problem = past
        elif known.age < _ADULT:
            limit = _ADULT
            problem = None if has_attachment_for(filing, _GUARDIAN, path) else "minor_without_guardian"
        number_path = f"{path}.id_document.number"
        found.append({"kind": "retirement_age", "ref": f"{number_path}:retirement_age", "path": number_path,
                      "role": role, "age": known.age, "on": day.isoformat(), "limit": limit,
                      "flagged": problem is not None, "problem": problem})
    return found


# -- LEGAL_REP_NONLOCAL_PHOTOS -------------------------------------------------------------------


def _legal_rep_photos(filing: Filing, bureau: str) -> list[Fact]:
    entity = filing.entity
    rep = entity.legal_representative
    if entity.type == "individual" or rep is None or not (rep.id_address or "").strip():
        return []
    province = address_province(rep.id_address)
    if province is None:
        return []  # the address names no province we can tell: unknown
    path = f"{LEGAL_REP}.id_address"
    return [{"kind": "legal_rep_photo", "ref": f"{path}:{document}", "path": path, "id_province": province,
             "filing_province": bureau, "outside": province != bureau, "document": document,
             "missing": not has_attachment_for(filing, document, LEGAL_REP)} for document in _PHOTOS]


# -- ID_TEMPORARY_CARD and ID_CITIZEN_MUST_USE_RIC ----------------------------------------------


def _temporary_ids(filing: Filing) -> list[Fact]:
    entity = filing.entity
    found: list[tuple[str, str]] = [(f"{path}.id_document.type", role) for path, role, person in principals(filing)
                                    if person.id_document is not None and person.id_document.type == _TEMPORARY]
    individual = entity.type == "individual"
    rep = entity.legal_representative
    if not individual and rep is not None and rep.id_type == _TEMPORARY:
        found.append((f"{LEGAL_REP}.id_type", "legal_rep"))
    if individual and entity.certificate is not None and entity.certificate.type == _TEMPORARY:
        found.append(("entity.certificate.type", "individual_certificate"))
    return [{"kind": "temporary_id", "ref": f"{path}:temporary", "path": path, "holder": holder_role}
            for path, holder_role in found]


def _citizen_id_types(filing: Filing) -> list[Fact]:
    found = []
    for path, role, person in principals(filing):
        id_type = person.id_document.type if person.id_document is not None else None
        if person.nationality != "CN" or id_type is None or id_type in _MAINLAND_ID_TYPES:
            continue
        type_path = f"{path}.id_document.type"
        found.append({"kind": "citizen_id_type", "ref": f"{type_path}:citizen", "path": type_path, "role": role,
                      "id_type": id_type})
    return found


# -- ENTITY_FOREIGN_COMPANY_CERT and ENTITY_SH_E_LICENCE -----------------------------------------


def _certificate(filing: Filing) -> list[Fact]:
    entity = filing.entity
    certificate = entity.certificate
    if certificate is None:
        return []
    found: list[Fact] = []
    if certificate.issued_in is not None and entity.type != "individual":
        found.append({"kind": "foreign_certificate", "ref": "entity.certificate.issued_in",
                      "path": "entity.certificate.issued_in", "issued_in": certificate.issued_in,
                      "mainland": certificate.issued_in == "CN"})
    if certificate.electronic is not None:
        found.append({"kind": "electronic_licence", "ref": "entity.certificate.electronic",
                      "path": "entity.certificate.electronic", "electronic": certificate.electronic})
    return found


# -- ENTITY_GOV_UNIT_APPROVAL --------------------------------------------------------------------


def _gov_unit_documents(filing: Filing) -> list[Fact]:
    entity_type = filing.entity.type
    if entity_type not in _GOV_UNITS or filing.order.type not in CONTENT_ORDER_TYPES:
        return []
    added = [i for i, site in enumerate(filing.websites) if site.filing_number is None]
    if not added:
        return []  # the order adds no website: nothing is opened
    types = {a.type for a in filing.attachments}
    documents = ["establishment_approval"]
    if entity_type == "public_institution":
        documents.append("public_institution_site_application")
    found: list[Fact] = [{"kind": "gov_unit_document", "ref": f"gov_unit:{document}", "path": "attachments",
                          "entity_type": entity_type, "document": document, "attached": document in types}
                         for document in documents]
    if entity_type == "government":
        form = "gov_domain_review_form"
        for i in added:
            site = f"websites[{i}]"
            # A form for the entity covers its websites; one for another website does not.
            attached = has_attachment_for(filing, form, site)
            found.append({"kind": "gov_unit_document", "ref": f"{site}:{form}", "path": site,
                          "entity_type": entity_type, "document": form, "attached": attached})
    return found

"""Facts for the wave-1a rules about principals (REASONS-WAVE1, table 1a).

- ``service_principal``: one per website/APP principal (W7's *service
  principals*), compared with the entity principal by ID key only
  (``same_as_entity_principal``: :func:`beianrules.registry.same_person_by_id`,
  unknown unless both give an ID number) and with the legal representative by
  the test of ``people.is_legal_rep`` (``is_legal_rep``, units only); whether
  he holds a foreign permanent residence card (unknown when the ID type is not
  given); whether an ``authorization_letter`` counts for him (``letter``, FORMAT
  1.1 group A: its ``for`` names him, another principal with his ID number, or
  nothing — so a 1.0 document keeps its verdicts); whether he is foreign
  (``foreign``: ``standing.foreign``, by ``nationality`` when given, else by a
  ``foreign_permanent_residence`` ID; unknown otherwise), with what says so
  (``foreign_basis``, ``foreign_path``).
- ``filer_mismatch``: an individual filer whose principal is not the filer —
  one fact per compared field (``id_number``: certificate number against the
  principal's ID number by ID key, W8; ``name``: entity name against the
  principal's name by name key, W5), made only when both sides are given.
- ``person_age``: a person's age (W8, from a valid resident ID only) at the
  bureau day R (W4: ``order.submitted_to_authority_on`` for an order in
  ``authority_review``, unknown when absent; else the check day), with the
  bureau's minimum for his role (``minimum_ages``); made only when both are
  known. The birth date itself never reaches a fact.
- ``principal_id_elsewhere``: the entity principal's ID key is the entity
  principal's ID key in a registry document of another entity; whether one
  person heads both (``crossfiling.same_legal_rep``, folded over every such
  entity: false as soon as one is headed by someone else). Nothing of the
  other entity is carried.
- ``legal_rep_id``: the legal representative, when given: whether his name
  differs from the principal's (name key; unknown when either is blank) and
  whether his ID number is absent or blank.
- ``finance_content``: why the unit counts as a financial unit — at most one
  fact. ``basis`` ``business_scope`` when ``business_registration.business_scope``
  contains a keyword of the national finance list
  (``document_checks.NATIONAL_KEYWORDS``, W5 *contains*; ``keywords`` lists
  those found), leaving out every bracketed note that excludes activities (a
  bracket whose text holds 不含, 不包括, 不得, 未经, 除 or 禁止: "（不含金融业务）"
  names what the unit does not do); else ``basis`` ``content``: the first
  ``finance`` content token or ``finance`` pre-approval of the order's services
  (websites, then APPs; in a service its tokens, then its pre-approvals).
"""

from __future__ import annotations

import datetime as _dt
import re

from beianrules.facts.context import Context, bureau_day
from beianrules.facts.crossfiling import same_legal_rep
from beianrules.facts.document_checks import NATIONAL_KEYWORDS, implied_by_keywords
from beianrules.facts.people import is_legal_rep
from beianrules.facts.schema import COUNT, DATE, FLAG, PATH, TEXT, FactKind, token
from beianrules.facts.standing import foreign, has_attachment_for
from beianrules.finding import Fact
from beianrules.model import Filing, Person
from beianrules.provinces._schema import MinimumAges
from beianrules.reference.days import age_on
from beianrules.reference.idnumbers import id_key, resident_id_birth_date
from beianrules.reference.text import name_key, nfkc
from beianrules.registry import EntityKey, Registry, principals, same_person_by_id

KINDS = (
    FactKind("service_principal", "A website's or APP's principal, compared with the entity principal and the "
             "legal representative.", {
        "path": PATH, "role": token("person_role"), "is_unit": FLAG, "same_as_entity_principal": FLAG,
        "is_legal_rep": FLAG, "legal_rep_path": PATH, "id_number_path": PATH, "principal_id_number_path": PATH,
        "foreign_permanent_residence": FLAG, "id_type_path": PATH, "letter": FLAG, "attachments_path": PATH,
        "foreign": FLAG, "foreign_basis": token("foreign_basis"), "foreign_path": PATH, "nationality": TEXT,
    }),
    FactKind("filer_mismatch", "An individual filer's principal compared with the filer on one field.", {
        "path": PATH, "filer_path": PATH, "field": token("filer_field"), "differs": FLAG, "value": TEXT,
        "filer_value": TEXT,
    }),
    FactKind("person_age", "A person's age at the bureau day, with the bureau's minimum for his role.", {
        "path": PATH, "role": token("age_role"), "age": COUNT, "minimum": COUNT, "under_minimum": FLAG,
        "on": DATE,
    }),
    FactKind("principal_id_elsewhere", "The entity principal is the entity principal of another entity too.", {
        "path": PATH, "same_legal_rep": FLAG,
    }),
    FactKind("legal_rep_id", "The legal representative against the principal by name, and whether his ID number "
             "is given.", {
        "path": PATH, "is_unit": FLAG, "name_differs": FLAG, "id_number_missing": FLAG,
    }),
    FactKind("finance_content", "Why the unit counts as a financial unit: its business scope's finance keywords, "
             "else the first finance content token or finance pre-approval of its services.", {
        "path": PATH, "basis": token("finance_unit_basis"), "keywords": TEXT,
    }),
)

ENTITY_PRINCIPAL_ID = "entity.principal.id_document.number"


def facts(ctx: Context) -> list[Fact]:
    filing = ctx.filing
    return [*_service_principals(filing), *_filer_mismatches(filing),
            *_ages(filing, bureau_day(filing, ctx.as_of), ctx.as_of, ctx.params.minimum_ages.value),
            *_principal_elsewhere(filing, ctx.registry), *_legal_rep_id(filing), *_finance_content(filing)]


def _service_principals(filing: Filing) -> list[Fact]:
    is_unit = filing.entity.type != "individual"
    entity_principal = filing.entity.principal
    found = []
    for path, role, person in principals(filing):
        if role == "entity_principal":
            continue
        id_type = person.id_document.type if person.id_document else None
        found.append({
            "kind": "service_principal",
            "ref": f"{path}:service_principal",
            "path": path,
            "role": role,
            "is_unit": is_unit,
            "same_as_entity_principal": same_person_by_id(person, entity_principal),
            # The legal-representative test of W7, for units only (an individual has none).
            "is_legal_rep": is_legal_rep(filing, person) if is_unit else None,
            "legal_rep_path": "entity.legal_representative" if is_unit else None,
            "id_number_path": f"{path}.id_document.number",
            "principal_id_number_path": ENTITY_PRINCIPAL_ID,
            # Type not given: unknown (the rule that reads it stays silent).
            "foreign_permanent_residence": (id_type == "foreign_permanent_residence") if id_type else None,
            "id_type_path": f"{path}.id_document.type",
            "letter": has_attachment_for(filing, "authorization_letter", path),
            "attachments_path": "attachments",
            **_foreign(path, person),
        })
    return found


def _foreign(path: str, person: Person) -> dict[str, object]:
    """Whether a service principal is foreign (FORMAT 1.1 "Who counts as what"), and what says so."""
    if foreign(person) is not True:
        return {"foreign": foreign(person)}
    if person.nationality is not None:
        return {"foreign": True, "foreign_basis": "nationality", "foreign_path": f"{path}.nationality",
                "nationality": person.nationality}
    return {"foreign": True, "foreign_basis": "foreign_permanent_residence",
            "foreign_path": f"{path}.id_document.type"}


def _filer_mismatches(filing: Filing) -> list[Fact]:
    entity = filing.entity
    if entity.type != "individual":
        return []
    principal = entity.principal
    principal_id = principal.id_document.number if principal.id_document else None
    certificate_number = entity.certificate.number if entity.certificate else None
    pairs = (
        ("id_number", ENTITY_PRINCIPAL_ID, "entity.certificate.number", principal_id, certificate_number, id_key),
        ("name", "entity.principal.name", "entity.name", principal.name, entity.name, name_key),
    )
    found = []
    for field, path, filer_path, value, filer_value, key in pairs:
        ours, filer = key(value), key(filer_value)
        if ours is None or filer is None:
            continue  # a side not given: not compared
        assert value is not None and filer_value is not None  # a key implies a value
        found.append({"kind": "filer_mismatch", "ref": f"filer:{field}", "path": path, "filer_path": filer_path,
                      "field": field, "differs": ours != filer, "value": value.strip(),
                      "filer_value": filer_value.strip()})
    return found


def age(number: str | None, id_type: str | None, day: _dt.date | None, as_of: _dt.date) -> int | None:
    """The age at ``day`` of the holder of ``number`` (W8): None unless it is a valid resident ID at the check
    day ``as_of`` — and, where the ID type is given, one of type ``resident_id`` — and ``day`` is known."""
    if day is None or (id_type is not None and id_type != "resident_id"):
        return None
    birth = resident_id_birth_date(number, as_of)
    return age_on(birth, day) if birth is not None else None


def _ages(filing: Filing, day: _dt.date | None, as_of: _dt.date, minimums: MinimumAges | None) -> list[Fact]:
    if minimums is None or day is None:
        return []
    entity = filing.entity
    is_unit = entity.type != "individual"
    # (path reported, role, minimum, ID number, ID type)
    people: list[tuple[str, str, int | None, str | None, str | None]] = []
    for path, role, person in principals(filing):
        document = person.id_document
        number, document_type = (document.number, document.type) if document else (None, None)
        if role == "entity_principal":
            people.append((f"{path}.id_document.number", "unit_principal" if is_unit else "individual",
                           minimums.unit_principal if is_unit else minimums.individual, number, document_type))
        elif is_unit:  # an individual filer's service principals are not age-checked (they must be the filer)
            people.append((f"{path}.id_document.number", "service_principal", minimums.service_principal,
                           number, document_type))
    rep = entity.legal_representative
    if is_unit and rep is not None:
        people.append(("entity.legal_representative.id_number", "legal_rep", minimums.legal_rep, rep.id_number,
                       None))
    found = []
    for path, role, minimum, number, id_type in people:
        years = age(number, id_type, day, as_of) if minimum is not None else None
        if minimum is None or years is None:
            continue
        found.append({"kind": "person_age", "ref": f"{path}:age", "path": path, "role": role, "age": years,
                      "minimum": minimum, "under_minimum": years < minimum, "on": day.isoformat()})
    return found


def _principal_elsewhere(filing: Filing, registry: Registry | None) -> list[Fact]:
    document = filing.entity.principal.id_document
    ours = id_key(document.number) if document else None
    if registry is None or document is None or ours is None:
        return []
    key = EntityKey.of(filing.entity)
    # The registry indexes numbers trimmed and upper-cased: look up both spellings, then compare by ID key.
    # Known different as soon as one other entity is headed by someone else (the walk stops there); else
    # unknown if any is unknown.
    another = unknown = False
    for number in (document.number, ours):
        for r in registry.by_person_id(number):
            if (r.role != "entity_principal" or key.same_entity(r.filing.key) or r.person.id_document is None
                    or id_key(r.person.id_document.number) != ours):
                continue
            another = True
            same = same_legal_rep(filing, r.filing)
            if same is False:
                return [_principal_id_elsewhere(False)]
            unknown = unknown or same is None
    return [_principal_id_elsewhere(None if unknown else True)] if another else []


def _principal_id_elsewhere(same_head: bool | None) -> Fact:
    return {"kind": "principal_id_elsewhere", "ref": f"{ENTITY_PRINCIPAL_ID}:elsewhere", "path": ENTITY_PRINCIPAL_ID,
            "same_legal_rep": same_head}


def _legal_rep_id(filing: Filing) -> list[Fact]:
    entity = filing.entity
    rep = entity.legal_representative
    if rep is None:
        return []
    rep_name, principal_name = name_key(rep.name), name_key(entity.principal.name)
    return [{
        "kind": "legal_rep_id",
        "ref": "entity.legal_representative.id_number",
        "path": "entity.legal_representative.id_number",
        "is_unit": entity.type != "individual",
        # A name not given on either side: not compared.
        "name_differs": rep_name != principal_name if rep_name is not None and principal_name is not None else None,
        "id_number_missing": not (rep.id_number or "").strip(),
    }]


# A bracketed note that names what the unit does *not* do ("（不含金融业务）", "（未经批准不得从事……）").
_EXCLUDING_NOTE = re.compile(r"\([^()]*(?:不含|不包括|不得|未经|除|禁止)[^()]*\)")


def scope_keywords(scope: str | None) -> list[str]:
    """The national finance keywords a business scope contains (W5 *contains*), its excluding notes left out."""
    if scope is None:
        return []
    text = nfkc(scope)
    while (stripped := _EXCLUDING_NOTE.sub("", text)) != text:
        text = stripped
    matched = implied_by_keywords(text, NATIONAL_KEYWORDS).get("finance", [])
    return list(dict.fromkeys(keyword.term for keyword in matched))


def _finance_content(filing: Filing) -> list[Fact]:
    registration = filing.entity.business_registration
    keywords = scope_keywords(registration.business_scope if registration else None)
    if keywords:
        return [{"kind": "finance_content", "ref": "finance_content", "basis": "business_scope",
                 "path": "entity.business_registration.business_scope", "keywords": "、".join(keywords)}]
    services = [*((f"websites[{i}]", s.content_categories, s.pre_approvals) for i, s in enumerate(filing.websites)),
                *((f"apps[{i}]", a.content_categories, a.pre_approvals) for i, a in enumerate(filing.apps))]
    for path, categories, approvals in services:
        found = [f"{path}.content_categories[{n}]" for n, declared in enumerate(categories) if declared == "finance"]
        found += [f"{path}.pre_approvals[{n}]" for n, entry in enumerate(approvals) if entry.industry == "finance"]
        if found:
            return [{"kind": "finance_content", "ref": "finance_content", "basis": "content", "path": found[0]}]
    return []

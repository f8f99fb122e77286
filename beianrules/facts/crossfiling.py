"""Facts that compare the filing with other filings in the registry.

Only facts about *other* entities are made here (REASONS.md, "Same entity":
anything sharing the certificate or the entity filing number is the same
entity, whatever else differs). A fact names the checked filing's own field
that collides; it carries nothing of the other entity but flags — reports go
back to the applicant, who must not learn another entity's data.

- ``other_entity_contact``: a principal's mobile or email is a principal's
  phone or email in another entity's filing (emails case-insensitively).
- ``other_entity_service_principal``: a website/APP principal's ID number is
  a website/APP principal's under another entity.
- ``principal_of_other_entity``: the entity principal (by ID number) is the
  entity principal of another entity; one fact per such filing and per
  contact field given on both sides, saying whether the values agree, who
  heads that entity and whether it is a unit (not an individual filer).

``same_legal_rep`` says whether one person heads both entities: a unit is
headed by its legal representative, an individual filer by himself.
"""

from __future__ import annotations

from collections.abc import Iterable

from beianrules.facts.context import Context
from beianrules.facts.schema import FLAG, PATH, REF, FactKind, token
from beianrules.finding import Fact
from beianrules.model import Filing, Person
from beianrules.registry import (
    EntityKey,
    Registry,
    RegistryEntry,
    normalise_email,
    normalise_id,
    principals,
    same_person,
)

KINDS = (
    FactKind("other_entity_contact", "A principal's mobile or email is a principal's in another entity's filing.", {
        "path": PATH, "contact": REF, "field": token("contact_field"), "same_legal_rep": FLAG,
    }),
    FactKind("other_entity_service_principal", "A service principal's ID number is a service principal's under "
             "another entity.", {"path": PATH, "person": REF}),
    FactKind("principal_of_other_entity",
             "The entity principal heads another entity too: one contact field compared.", {
        "path": PATH, "contact": REF, "field": token("contact_field"), "other_is_unit": FLAG, "same_legal_rep": FLAG,
        "same_value": FLAG,
    }),
)

SERVICE_ROLES = ("website_principal", "app_principal")


def head(filing: Filing) -> tuple[str | None, str | None]:
    """(ID number, name) of the person heading the entity, each None when not given.

    A unit's head is its legal representative; an individual filer heads his
    own filing (his ID is the certificate, his name the entity's name).
    """
    entity = filing.entity
    if entity.type == "individual":
        principal_doc = entity.principal.id_document
        number = (entity.certificate.number if entity.certificate and entity.certificate.number
                  else principal_doc.number if principal_doc else None)
        return normalise_id(number), (entity.name or "").strip() or None
    rep = entity.legal_representative
    if rep is None:
        return None, None
    return normalise_id(rep.id_number), (rep.name or "").strip() or None


def same_legal_rep(filing: Filing, other: RegistryEntry) -> bool | None:
    """Whether one person heads both entities (by ID number when both are given, else by name)."""
    return same_person(*head(filing), *head(other.filing))


def facts(ctx: Context) -> list[Fact]:
    filing, registry = ctx.filing, ctx.registry
    if registry is None or not len(registry):
        return []
    key = EntityKey.of(filing.entity)
    return [*_shared_contacts(filing, registry, key),
            *_service_principal_ids(filing, registry, key),
            *_principal_elsewhere(filing, registry, key)]


def _shared_contacts(filing: Filing, registry: Registry, key: EntityKey) -> list[Fact]:
    built = []
    for path, _role, person in principals(filing):
        for field in ("mobile", "email"):
            value = getattr(person, field)
            records = registry.by_phone(value) if field == "mobile" else registry.by_email(value)
            another, exempt = _legal_rep_exemption(filing, key, (r.filing for r in records))
            if not another:
                continue
            built.append({
                "kind": "other_entity_contact",
                "ref": f"{path}.{field}:other",
                "path": f"{path}.{field}",
                "contact": f"{path}.{field}",
                "field": field,
                "same_legal_rep": exempt,
            })
    return built


def _legal_rep_exemption(filing: Filing, key: EntityKey,
                         entries: Iterable[RegistryEntry]) -> tuple[bool, bool | None]:
    """Whether any of ``entries`` is another entity's, and whether it is exempt: True only if every other
    entity among them shares ``filing``'s legal representative, False as soon as one does not, None if any
    comparison could not be made and none failed. Walked only until the answer is known: thousands of
    filings may give one agency's phone."""
    unknown = another = False
    for entry in entries:
        if key.same_entity(entry.key):
            continue
        another = True
        same = same_legal_rep(filing, entry)
        if same is False:
            return True, False
        unknown = unknown or same is None
    return another, None if unknown else True


def own_personal_filing(person: Person, filing: Filing) -> bool:
    """Whether ``filing`` is ``person``'s own personal filing (REASONS-WAVE1 W7): an individual's, headed by him.

    Compared by the head's certificate number (else his ID number), by name only when neither number is
    given; when that cannot be told, the filing counts as his own — the reading that keeps rules silent.
    """
    if filing.entity.type != "individual":
        return False
    number = person.id_document.number if person.id_document else None
    return same_person(number, person.name, *head(filing)) is not False


def _service_principal_ids(filing: Filing, registry: Registry, key: EntityKey) -> list[Fact]:
    """A service principal may serve his own personal filing plus one company (REASONS-WAVE1, the changed
    SERVICE_PRINCIPAL_ID_USED_BY_OTHER_ENTITY): only another entity's filing that is not his own counts, and
    his own personal filing, checked, is never reported (a second company is reported on that company's)."""
    built = []
    for path, role, person in principals(filing):
        if role not in SERVICE_ROLES or person.id_document is None or own_personal_filing(person, filing):
            continue
        # Walked until one is found, however many filings share the number.
        if any(r.role in SERVICE_ROLES and not key.same_entity(r.filing.key)
               and not own_personal_filing(person, r.filing.filing)
               for r in registry.by_person_id(person.id_document.number)):
            built.append({
                "kind": "other_entity_service_principal",
                "ref": f"{path}.id_document.number:other",
                "path": f"{path}.id_document.number",
                "person": path,
            })
    return built


def _principal_elsewhere(filing: Filing, registry: Registry, key: EntityKey) -> list[Fact]:
    path, person = "entity.principal", filing.entity.principal
    if person.id_document is None:
        return []
    records = [r for r in registry.by_person_id(person.id_document.number) if r.role == "entity_principal"]
    built = []
    for entry in _other_entities(key, (r.filing for r in records)):
        theirs = entry.filing.entity.principal
        exempt = same_legal_rep(filing, entry)
        for field, norm in (("mobile", str), ("email", normalise_email)):
            ours, other_value = getattr(person, field), getattr(theirs, field)
            if not ours or not other_value:
                continue  # only fields given on both sides are compared
            built.append({
                "kind": "principal_of_other_entity",
                "ref": f"{path}.{field}@registry[{entry.index}]",
                "path": f"{path}.{field}",
                "contact": f"{path}.{field}",
                "field": field,
                "other_is_unit": entry.filing.entity.type != "individual",
                "same_legal_rep": exempt,
                "same_value": norm(ours) == norm(other_value),
            })
    return built


def _other_entities(key: EntityKey, entries: Iterable[RegistryEntry]) -> list[RegistryEntry]:
    seen: dict[int, RegistryEntry] = {}
    for entry in entries:
        if not key.same_entity(entry.key):
            seen.setdefault(entry.index, entry)
    return [seen[i] for i in sorted(seen)]

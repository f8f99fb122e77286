"""Facts about people: the entity principal, website/APP principals, their contacts.

``is_legal_rep`` compares the entity principal with the legal representative
by ID number when both are given, else by name; when neither pair can be
compared the field is left out and the rules that need it stay silent.
"""

from __future__ import annotations

from beianrules.facts.context import Context
from beianrules.facts.province import local_phones_required
from beianrules.model import Filing, Person
from beianrules.regions import phone_region
from beianrules.registry import PHONE_FIELDS, normalise_id, principals

FIELDS = {
    "person": ("path", "role", "is_unit", "is_legal_rep", "legal_rep_path", "name"),
    "contact": ("path", "person", "field", "value", "is_phone", "region", "local"),
}


def is_legal_rep(filing: Filing) -> bool | None:
    rep, principal = filing.entity.legal_representative, filing.entity.principal
    if rep is None:
        return None
    rep_id = normalise_id(rep.id_number)
    principal_id = normalise_id(principal.id_document.number if principal.id_document else None)
    if rep_id and principal_id:
        return rep_id == principal_id
    if rep.name and principal.name:
        return rep.name.strip() == principal.name.strip()
    return None


def facts(ctx: Context) -> list[dict]:
    filing, params = ctx.filing, ctx.params
    is_unit = filing.entity.type != "individual"
    accepted = params.local_phones.accepted if local_phones_required(filing, params) else None
    built = []
    for path, role, person in principals(filing):
        entity_principal = role == "entity_principal"
        built.append({
            "kind": "person",
            "ref": path,
            "path": path,
            "role": role,
            "name": person.name,
            "is_unit": is_unit,
            "is_legal_rep": is_legal_rep(filing) if entity_principal and is_unit else None,
            "legal_rep_path": "entity.legal_representative" if entity_principal and is_unit else None,
        })
        built.extend(_contacts(path, person, accepted))
    return built


def _contacts(person_path: str, person: Person, accepted: frozenset[str] | None) -> list[dict]:
    found = []
    for field in (*PHONE_FIELDS, "email"):
        value = getattr(person, field)
        if not value:
            continue
        is_phone = field != "email"
        region = phone_region(value) if is_phone else None
        found.append({
            "kind": "contact",
            "ref": f"{person_path}.{field}",
            "path": f"{person_path}.{field}",
            "person": person_path,
            "field": field,
            "value": str(value),
            "is_phone": is_phone,
            "region": region,
            # Unknown region: no verdict (a number the geocoder cannot place never fires).
            "local": (region in accepted) if (accepted is not None and region is not None) else None,
        })
    return found

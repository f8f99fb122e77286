"""Facts for the wave-1a contact rules (REASONS-WAVE1, table 1a): a principal's numbers among themselves,
and the entity principal against each service principal of the same document.

Phones are the converter's normalised texts (``beianrules.model.Phone``, W6): two are the same number when
the texts are equal, a blank one is not given. *Mobile-shaped* is ``1\\d{10}``, *landline-shaped*
``0[1-9]\\d{8,10}`` (:func:`beianrules.regions.phone_shape`). Whether two principal records are one person is
W7's test within one document (:func:`beianrules.registry.same_person_by_id`: ID keys only, never names);
where it is unknown every field that depends on it is left out, so the rules stay silent.

Four kinds of fact:

- ``principal_phones``: one per principal (``entity.principal``, ``websites[i].principal``,
  ``apps[i].principal``), whether his emergency or office number is his mobile;
- ``principal_phone``: one per phone a principal gives, its shape and, for a mobile-shaped one, whether
  ``phonenumbers`` knows its block (CONTACT_SEGMENT_UNSUPPORTED);
- ``principal_pair_field``: one per service principal and compared field (name, mobile, email) given on both
  him and the entity principal, when their sameness is known (PRINCIPAL_SAME_PERSON_CONSISTENCY);
- ``emergency_pair``: one per direction between the entity principal and a service principal — the
  emergency number of one against the mobile of the other (CONTACT_EMERGENCY_CROSS_USE).

Everything compared here is the checked document's own data: no registry is read.
"""

from __future__ import annotations

from collections.abc import Iterator

from beianrules.facts.context import Context
from beianrules.facts.schema import FLAG, PATH, TEXT, FactKind, token
from beianrules.finding import Fact
from beianrules.model import Filing, Person
from beianrules.reference.text import name_key
from beianrules.regions import parsed_cn, phone_shape
from beianrules.registry import PHONE_FIELDS, normalise_email, principals, same_person_by_id

KINDS = (
    FactKind("principal_phones", "One principal's own numbers compared with each other (W6).", {
        "path": PATH, "role": token("person_role"), "name": TEXT, "entity_type": token("entity_type"),
        "is_unit": FLAG, "mobile": TEXT, "mobile_path": PATH, "emergency_path": PATH, "office_path": PATH,
        "emergency_is_mobile": FLAG, "office_is_mobile": FLAG,
    }),
    FactKind("principal_phone", "One phone of a principal: its shape (W6) and whether its block is allocated.", {
        "path": PATH, "person": PATH, "role": token("person_role"), "field": token("contact_field"),
        "value": TEXT, "mobile_shaped": FLAG, "landline_shaped": FLAG, "segment_valid": FLAG,
    }),
    FactKind("principal_pair_field", "One field given on both the entity principal and a service principal, "
             "compared when W7 says whether they are one person.", {
        "path": PATH, "entity_path": PATH, "service": PATH, "service_role": token("person_role"),
        "field": token("principal_field"), "same_person": FLAG, "problem": token("principal_consistency"),
    }),
    FactKind("emergency_pair", "The emergency number of the entity principal or a service principal against "
             "the other's mobile, for two principals W7 tells apart or not.", {
        "path": PATH, "mobile_path": PATH, "emergency_role": token("person_role"), "mobile_role": token("person_role"),
        "phone": TEXT, "same_person": FLAG, "holds_other_mobile": FLAG, "shared_emergency": FLAG, "cross_use": FLAG,
    }),
)

# The fields PRINCIPAL_SAME_PERSON_CONSISTENCY compares; the different-persons clause reads only those it names.
_COMPARED = ("name", "mobile", "email")
_SHARED_WHEN_DIFFERENT = frozenset({"mobile", "email"})


def phone(person: Person, field: str) -> str | None:
    """The normalised number in ``field`` of ``person``; None when it is not given (blank)."""
    value = getattr(person, field)
    text = str(value).strip() if value is not None else ""
    return text or None


def segment_valid(number: str) -> bool | None:
    """Whether ``phonenumbers`` (metadata pinned with the library) takes ``number`` as a valid CN number.

    None when it cannot parse the text at all (unknown: not judged).

    >>> segment_valid("13812345678"), segment_valid("14012345678")
    (True, False)
    """
    read = parsed_cn(number)
    return None if read is None else bool(read[1])


def _same(one: str | None, other: str | None) -> bool | None:
    return None if one is None or other is None else one == other


def compared_value(person: Person, field: str) -> str | None:
    """A compared field as W5/W6 read it: the name key, the normalised number, the email trimmed and folded."""
    if field == "name":
        return name_key(person.name)
    if field == "email":
        return normalise_email(person.email) or None
    return phone(person, field)


def facts(ctx: Context) -> list[Fact]:
    filing = ctx.filing
    built: list[Fact] = []
    for path, role, person in principals(filing):
        built.append(_phones(filing, path, role, person))
        built.extend(_phone_facts(path, role, person))
    entity_principal = filing.entity.principal
    for path, role, person in _service_principals(filing):
        same = same_person_by_id(person, entity_principal)
        built.extend(_pair_fields(path, role, person, entity_principal, same))
        built.extend(_emergency_pairs(path, role, person, entity_principal, same))
    return built


def _service_principals(filing: Filing) -> Iterator[tuple[str, str, Person]]:
    return ((path, role, person) for path, role, person in principals(filing) if role != "entity_principal")


def _phones(filing: Filing, path: str, role: str, person: Person) -> Fact:
    mobile, emergency, office = (phone(person, field) for field in PHONE_FIELDS)
    return {
        "kind": "principal_phones",
        "ref": f"{path}#phones",
        "path": path,
        "role": role,
        "name": person.name,
        "entity_type": filing.entity.type,
        "is_unit": filing.entity.type != "individual",
        "mobile": mobile,
        "mobile_path": f"{path}.mobile",
        "emergency_path": f"{path}.emergency_phone",
        "office_path": f"{path}.office_phone",
        "emergency_is_mobile": _same(emergency, mobile),
        "office_is_mobile": _same(office, mobile),
    }


def _phone_facts(path: str, role: str, person: Person) -> list[Fact]:
    found = []
    for field in PHONE_FIELDS:
        number = phone(person, field)
        if number is None:
            continue
        shape = phone_shape(number)
        found.append({
            "kind": "principal_phone",
            "ref": f"{path}.{field}#phone",
            "path": f"{path}.{field}",
            "person": path,
            "role": role,
            "field": field,
            "value": number,
            "mobile_shaped": shape == "mobile",
            "landline_shaped": shape == "landline",
            "segment_valid": segment_valid(number) if shape == "mobile" else None,
        })
    return found


def _pair_fields(path: str, role: str, person: Person, entity_principal: Person, same: bool | None) -> list[Fact]:
    if same is None:
        return []  # W7 unknown: nothing is compared
    found = []
    for field in _COMPARED:
        theirs, ours = compared_value(person, field), compared_value(entity_principal, field)
        if theirs is None or ours is None:
            continue
        equal = theirs == ours
        if same:
            problem = None if equal else "differs"
        else:
            problem = "shared" if equal and field in _SHARED_WHEN_DIFFERENT else None
        found.append({
            "kind": "principal_pair_field",
            "ref": f"{path}.{field}#pair",
            "path": f"{path}.{field}",
            "entity_path": f"entity.principal.{field}",
            "service": path,
            "service_role": role,
            "field": field,
            "same_person": same,
            "problem": problem,
        })
    return found


def _emergency_pairs(path: str, role: str, person: Person, entity_principal: Person,
                     same: bool | None) -> list[Fact]:
    sides = (("entity.principal", "entity_principal", entity_principal), (path, role, person))
    shared = _same(phone(entity_principal, "emergency_phone"), phone(person, "emergency_phone"))
    found = []
    for (e_path, e_role, e_person), (m_path, m_role, m_person) in (sides, sides[::-1]):
        emergency, mobile = phone(e_person, "emergency_phone"), phone(m_person, "mobile")
        if emergency is None or mobile is None:
            continue
        holds = emergency == mobile
        found.append({
            "kind": "emergency_pair",
            "ref": f"{e_path}.emergency_phone->{m_path}.mobile",
            "path": f"{e_path}.emergency_phone",
            "mobile_path": f"{m_path}.mobile",
            "emergency_role": e_role,
            "mobile_role": m_role,
            "phone": emergency,
            "same_person": same,
            "holds_other_mobile": holds,
            "shared_emergency": shared is True,  # not shared when either emergency number is not given
            # Only two persons W7 tells apart; a shared emergency contact is not cross-use (the row's reading).
            "cross_use": (holds and shared is not True) if same is False else None,
        })
    return found

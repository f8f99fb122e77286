"""Facts about people: the entity principal, website/APP principals, their contacts.

``is_legal_rep`` compares the entity principal with the legal representative
by ID number when both are given, else by name; when neither pair can be
compared the field is left out and the rules that need it stay silent.

A ``contact`` is one phone or email of a principal. For phones, ``region`` is
where the number block or area code was allocated (``regions.phone_region``)
and ``local`` says whether that region is one the bureau accepts — given only
where the bureau requires local numbers for this filer and the region is
known (REASONS.md, "Local numbers": an unknown region never fires).

A ``verification_call`` pairs one call of ``verification.calls`` with one
contact of the order holding the called number (phones are compared in their
normalised form: the converter normalises both). A call to a number the order
does not hold makes no fact. ``reached_later`` says whether the same number
was reached by a call on the same day or later: the call that failed has then
been made up for, and CONTACT_PHONE_UNREACHABLE stays silent. When the dates
cannot be compared (a date missing) and no dated call settles it, the field
is left out (unknown), which also keeps the rule silent. ``blocked`` marks a
call whose result is format 1.1's ``blocked`` (the number blocks unknown
callers): such a call is CONTACT_PHONE_BLOCKING's, never
CONTACT_PHONE_UNREACHABLE's (FORMAT 1.1 group G), and is made up for in the
same way.
"""

from __future__ import annotations

import datetime as _dt
import typing
from collections import defaultdict

from beianrules.facts.context import Context
from beianrules.facts.province import local_phones_required
from beianrules.facts.schema import DATE, FLAG, PATH, REF, TEXT, FactKind, token, tokens
from beianrules.finding import Fact
from beianrules.model import Call, CallResult, CallResult11, Filing, Person
from beianrules.provinces._schema import ProvinceParameters
from beianrules.provinces._table import PROVINCE_CODES
from beianrules.regions import phone_region
from beianrules.registry import PHONE_FIELDS, principals, same_person

CALL_RESULTS: frozenset[str] = frozenset(typing.get_args(CallResult) + typing.get_args(CallResult11))
"""The call results of 1.0 and 1.1 (``blocked``), which the ``call_result`` vocabulary labels."""

KINDS = (
    FactKind("person", "One principal: the entity's, or a website's or APP's.", {
        "path": PATH, "role": token("person_role"), "is_unit": FLAG, "is_legal_rep": FLAG,
        "legal_rep_path": PATH, "name": TEXT,
    }),
    FactKind("contact", "One phone or email of a principal; for phones, where the number belongs.", {
        "path": PATH, "person": REF, "field": token("contact_field"), "value": TEXT, "is_phone": FLAG,
        "region": token("province"), "local": FLAG, "accepted": tokens("province"),
    }),
    FactKind("verification_call", "One verification call paired with a contact of the order holding the number.", {
        "path": PATH, "call": PATH, "contact": REF, "result": token("call_result"), "on": DATE, "reached": FLAG,
        "reached_later": FLAG, "blocked": FLAG,
    }),
)


def is_legal_rep(filing: Filing, person: Person | None = None) -> bool | None:
    """Whether ``person`` (by default the entity principal) is the legal representative (REASONS-WAVE1 W7).

    By ID number when ``entity.legal_representative.id_number`` and the person's are both given, else by
    name; None (unknown) when neither pair can be compared or no legal representative is given. A
    service principal is compared by the same test.
    """
    rep = filing.entity.legal_representative
    principal = filing.entity.principal if person is None else person
    if rep is None:
        return None
    principal_id = principal.id_document.number if principal.id_document else None
    return same_person(rep.id_number, rep.name, principal_id, principal.name)


def accepted_regions(filing: Filing, params: ProvinceParameters) -> tuple[str, ...] | None:
    """The provinces whose numbers the bureau accepts for this filer, its own first; None if it requires none."""
    rule = params.local_phones.value
    if rule is None or not local_phones_required(filing, params):  # required implies given
        return None
    accepted = rule.accepted
    return tuple(sorted(accepted, key=lambda code: (code != params.code, PROVINCE_CODES.index(code))))


def facts(ctx: Context) -> list[Fact]:
    filing = ctx.filing
    is_unit = filing.entity.type != "individual"
    accepted = accepted_regions(filing, ctx.params)
    built = []
    contacts = []
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
        own = _contacts(path, person, accepted)
        built.extend(own)
        contacts.extend(own)
    built.extend(_calls(filing.verification.calls, contacts))
    return built


def _contacts(person_path: str, person: Person, accepted: tuple[str, ...] | None) -> list[Fact]:
    found = []
    for field in (*PHONE_FIELDS, "email"):
        value = getattr(person, field)
        if not value:
            continue
        is_phone = field != "email"
        region = phone_region(value) if is_phone else None
        # Unknown region: no verdict (a number the geocoder cannot place never fires).
        judged = accepted if region is not None else None  # the provinces to judge by; None: no verdict
        found.append({
            "kind": "contact",
            "ref": f"{person_path}.{field}",
            "path": f"{person_path}.{field}",
            "person": person_path,
            "field": field,
            "value": str(value),
            "is_phone": is_phone,
            "region": region,
            "local": (region in judged) if judged is not None else None,
            "accepted": list(judged) if judged is not None else None,
        })
    return found


def _calls(calls: tuple[Call, ...], contacts: list[Fact]) -> list[Fact]:
    holders = defaultdict(list)  # normalised number -> contacts of the order that hold it
    for contact in contacts:
        if contact["is_phone"]:
            holders[contact["value"]].append(contact)
    reached_on = defaultdict(list)  # number -> dates of the calls that reached it (None: undated)
    for call in calls:
        if call.result == "reached":
            reached_on[str(call.phone)].append(call.on)
    found = []
    for i, call in enumerate(calls):
        if call.result not in CALL_RESULTS:
            continue  # the model admits no other result; a token added there is read only once labelled here
        number = str(call.phone)
        reached = call.result == "reached"
        later = None if reached else reached_later(call.on, reached_on[number])
        for contact in holders.get(number, ()):
            found.append({
                "kind": "verification_call",
                "ref": f"verification.calls[{i}]->{contact['ref']}",
                "path": f"verification.calls[{i}].result",
                "call": f"verification.calls[{i}]",
                "contact": contact["ref"],
                "result": call.result,
                "on": call.on.isoformat() if call.on else None,
                "reached": reached,
                "reached_later": later,
                "blocked": call.result == "blocked",
            })
    return found


def reached_later(failed_on: _dt.date | None, reached_dates: list[_dt.date | None]) -> bool | None:
    """Whether a failed call's number was reached on the same day or later.

    True when a reached call is dated on or after the failed one; otherwise
    unknown (None) when some reached call cannot be ordered against it (either
    date missing); otherwise False (never reached, or only before).
    """
    if failed_on is not None and any(d is not None and d >= failed_on for d in reached_dates):
        return True
    if any(d is None or failed_on is None for d in reached_dates):
        return None
    return False

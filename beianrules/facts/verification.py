"""Facts for the format-1.1 rows about calls, SMS checks, identity checks, emergency contacts and rectification
notices (FORMAT 1.1 group G and the emergency contact of "Smaller additions").

- ``sms_check``: one per entry of ``verification.sms`` — its result, whether that result returns the order
  (``timeout``, ``failed``), and whether a later entry of the same number settles it (``settled_later``,
  below). The number is the converter's normalised text (W6); it may be absent (WeChat reports a status
  without it).
- ``identity_check``: one per entry of ``verification.identity_checks`` — the person path it names, the
  result, whether it failed (``mismatch``, ``face_failed``), whether a later ``matched`` check of the same
  person path settles it, and the person's name (the checked document's own data).
- ``emergency_contact_check``: one per finding about a principal's emergency phone, with ``problem``:
  ``principal_mobile`` — the emergency phone of the entity principal or of a website principal is the mobile
  of one of them (his own first, then in document order: the entity principal, ``websites[0].principal``, …);
  ``principal_name`` — the ``emergency_contact.name`` of one of them is, by name key (W5), the name of one of
  them (same order); ``no_contact`` — any principal (APP principals too) gives an ``emergency_phone`` and no
  ``emergency_contact``, or one with neither a name nor a position. APP principals are neither holders nor
  targets of the first two problems (the GS row names the unit principal and the website principal only).
- ``rectification_notice``: the notice of ``verification.rectification_notice``, its deadline against the
  check day: ``passed`` (the deadline is before ``as_of``) or ``running`` with the days left (0 on the
  deadline day).

*Settled later* (``settled_later``, ``matched_later``), like ``people.reached_later`` for calls: an entry is
settled when another entry of the same subject (the same number; the same person path) with a settling result
is dated on the same day or later — for an SMS that returned the order, a ``verified`` one; for a ``pending``
SMS, any entry that is not ``pending``; for a failed identity check, a ``matched`` one. Unknown (left out, so
the rules stay silent) when a settling entry cannot be ordered against it (a date missing) or, for SMS, when
either number is not given and so cannot be matched.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Iterable

from beianrules.facts.contact_checks import phone
from beianrules.facts.context import Context
from beianrules.facts.schema import COUNT, DATE, FLAG, PATH, TEXT, FactKind, token
from beianrules.finding import Fact
from beianrules.model import Filing, Person, SmsCheck
from beianrules.reference.text import name_key
from beianrules.registry import principals

KINDS = (
    FactKind("sms_check", "One entry of the bureau's SMS verification (`verification.sms[i]`).", {
        "path": PATH, "result": token("sms_result"), "returns_order": FLAG, "phone": TEXT, "on": DATE,
        "settled_later": FLAG,
    }),
    FactKind("identity_check", "One identity check the provider ran (`verification.identity_checks[i]`).", {
        "path": PATH, "person": PATH, "result": token("identity_check_result"), "failed": FLAG, "on": DATE,
        "matched_later": FLAG, "name": TEXT,
    }),
    FactKind("emergency_contact_check", "One finding about a principal's emergency phone and who answers it.", {
        "path": PATH, "other_path": PATH, "person": PATH, "role": token("person_role"), "is_unit": FLAG,
        "problem": token("emergency_problem"), "value": TEXT, "other_role": token("person_role"),
    }),
    FactKind("rectification_notice", "The provider's rectification notice, its deadline against the check day.", {
        "path": PATH, "issued_on": DATE, "deadline": DATE, "as_of": DATE, "state": token("deadline_state"),
        "days_left": COUNT,
    }),
)

SMS_RETURNS_ORDER = frozenset({"timeout", "failed"})
"""SMS results after which the bureau returns the order (RULE-CATALOG ORDER_SMS_VERIFICATION)."""
IDENTITY_FAILED = frozenset({"mismatch", "face_failed"})


def facts(ctx: Context) -> list[Fact]:
    filing = ctx.filing
    return [*_sms(filing.verification.sms), *_identity_checks(filing), *_emergency(filing),
            *_notice(filing, ctx.as_of)]


def settled_later(on: _dt.date | None, settling: Iterable[_dt.date | None]) -> bool | None:
    """Whether an entry dated ``on`` is settled by one of the ``settling`` entries' dates (same day or later).

    True when one is dated on or after ``on``; otherwise None (unknown) when one cannot be ordered against it
    (either date missing); otherwise False (none, or only earlier ones).

    >>> d = _dt.date(2026, 11, 21)
    >>> settled_later(d, [d]), settled_later(d, [_dt.date(2026, 11, 20)]), settled_later(d, [None])
    (True, False, None)
    """
    dates = list(settling)
    if on is not None and any(d is not None and d >= on for d in dates):
        return True
    if any(d is None or on is None for d in dates):
        return None
    return False


def _sms(entries: tuple[SmsCheck, ...]) -> list[Fact]:
    found = []
    for i, entry in enumerate(entries):
        if entry.result == "verified":
            continue  # nothing to report
        settles: Callable[[SmsCheck], bool] = ((lambda e: e.result != "pending") if entry.result == "pending"
                                               else (lambda e: e.result == "verified"))
        number = _number(entry)
        others = [e for j, e in enumerate(entries) if j != i and settles(e)]
        later = settled_later(entry.on, (e.on for e in others if number is not None and _number(e) == number))
        if later is False and any(number is None or _number(e) is None for e in others):
            later = None  # a settling entry whose number cannot be matched: unknown
        found.append({
            "kind": "sms_check",
            "ref": f"verification.sms[{i}]",
            "path": f"verification.sms[{i}].result",
            "result": entry.result,
            "returns_order": entry.result in SMS_RETURNS_ORDER,
            "phone": number,
            "on": entry.on.isoformat() if entry.on else None,
            "settled_later": later,
        })
    return found


def _number(entry: SmsCheck) -> str | None:
    text = str(entry.phone).strip() if entry.phone is not None else ""
    return text or None


def _identity_checks(filing: Filing) -> list[Fact]:
    checks = filing.verification.identity_checks
    found = []
    for i, check in enumerate(checks):
        if check.result not in IDENTITY_FAILED:
            continue
        matched = (c.on for j, c in enumerate(checks) if j != i and c.result == "matched" and c.person == check.person)
        found.append({
            "kind": "identity_check",
            "ref": f"verification.identity_checks[{i}]",
            "path": f"verification.identity_checks[{i}]",
            "person": check.person,
            "result": check.result,
            "failed": True,
            "on": check.on.isoformat() if check.on else None,
            "matched_later": settled_later(check.on, matched),
            "name": _name_at(filing, check.person),
        })
    return found


def _name_at(filing: Filing, path: str) -> str | None:
    """The name of the person at ``path`` (a FORMAT 1.1 person path; the converter checked that it exists)."""
    if path == "entity.legal_representative":
        rep = filing.entity.legal_representative
        name = rep.name if rep is not None else None
    else:
        name = next((person.name for at, _role, person in principals(filing) if at == path), None)
    return (name.strip() or None) if name else None


def _emergency(filing: Filing) -> list[Fact]:
    is_unit = filing.entity.type != "individual"
    everyone = list(principals(filing))
    # The unit principal and the website principals: holders and targets of the GS problems.
    judged = [(path, role, person) for path, role, person in everyone if role != "app_principal"]
    found: list[Fact] = []
    for path, role, person in everyone:
        emergency = phone(person, "emergency_phone")
        base = {"kind": "emergency_contact_check", "person": path, "role": role, "is_unit": is_unit}
        if emergency is not None and not _contact_given(person):
            found.append({**base, "ref": f"{path}.emergency_contact#missing", "problem": "no_contact",
                          "path": f"{path}.emergency_contact", "other_path": f"{path}.emergency_phone",
                          "value": emergency, "other_role": role})
        if role == "app_principal":
            continue
        ordered = sorted(judged, key=lambda item: item[0] != path)  # his own first, then in document order
        if emergency is not None:
            holder = next(((p, r) for p, r, other in ordered if phone(other, "mobile") == emergency), None)
            if holder is not None:
                found.append({**base, "ref": f"{path}.emergency_phone#principal_mobile", "problem": "principal_mobile",
                              "path": f"{path}.emergency_phone", "other_path": f"{holder[0]}.mobile",
                              "value": emergency, "other_role": holder[1]})
        contact = person.emergency_contact
        key = name_key(contact.name) if contact is not None else None
        if contact is not None and contact.name is not None and key is not None:  # a blank name is not given
            named = next(((p, r) for p, r, other in ordered if name_key(other.name) == key), None)
            if named is not None:
                found.append({**base, "ref": f"{path}.emergency_contact.name#principal_name",
                              "problem": "principal_name", "path": f"{path}.emergency_contact.name",
                              "other_path": f"{named[0]}.name", "value": contact.name.strip(),
                              "other_role": named[1]})
    return found


def _contact_given(person: Person) -> bool:
    """Whether ``person`` names who answers his emergency phone: an ``emergency_contact`` with a name or a position."""
    contact = person.emergency_contact
    return contact is not None and any((text or "").strip() for text in (contact.name, contact.position))


def _notice(filing: Filing, as_of: _dt.date) -> list[Fact]:
    notice = filing.verification.rectification_notice
    if notice is None:
        return []
    passed = notice.deadline < as_of
    return [{
        "kind": "rectification_notice",
        "ref": "verification.rectification_notice",
        "path": "verification.rectification_notice.deadline",
        "issued_on": notice.issued_on.isoformat(),
        "deadline": notice.deadline.isoformat(),
        "as_of": as_of.isoformat(),
        "state": "passed" if passed else "running",
        "days_left": None if passed else (notice.deadline - as_of).days,
    }]

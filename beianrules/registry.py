"""Other filings, indexed once so that each cross-filing question is a look-up.

The registry is what the caller knows of filings other than the one being
checked: approved filings (with their filing numbers) and orders in flight
(with their status), each a document in the format of ``docs/format.md``. It may
contain the checked entity itself — its earlier filings, its other orders, the
order itself — which never count as "another entity" (REASONS.md, "Same
entity"): two documents belong to one entity when they share the certificate
(type + number) or the entity filing number.
"""

from __future__ import annotations

import bisect
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from os import PathLike
from typing import Any

import attrs

from beianrules.convert import InputError, InputIssue, structure_filing
from beianrules.errors import FilingNumberError, Source
from beianrules.filing_number import parse_filing_number
from beianrules.model import Entity, Filing, Person
from beianrules.notebook import Html, lines, plural, table
from beianrules.reference.domains import domain_key
from beianrules.reference.idnumbers import id_key
from beianrules.vocabulary import ORDER_STATUS, PROVINCE, label


@attrs.frozen
class EntityKey:
    """What identifies an entity: its certificate and its entity filing number, where given."""

    certificate: tuple[str, str] | None
    filing_number: tuple[str, str, str] | str | None
    """The entity filing number as :func:`entity_number_key` reads it (蜀/川 alike)."""

    @classmethod
    def of(cls, entity: Entity) -> EntityKey:
        cert = entity.certificate
        return cls.given(cert.type if cert else None, cert.number if cert else None, entity.filing_number)

    @classmethod
    def given(cls, certificate_type: str | None, certificate_number: str | None,
              filing_number: str | None) -> EntityKey:
        """The key of an entity with these values as the document gives them (``entity.certificate.type`` and
        ``.number``, ``entity.filing_number``; None where not given)."""
        number = normalise_id(certificate_number)  # None exactly when no number is given
        certificate = (certificate_type, number) if certificate_type and number is not None else None
        filed = (filing_number or "").strip()
        return cls(certificate, entity_number_key(filed) if filed else None)

    def same_entity(self, other: EntityKey) -> bool:
        return ((self.certificate is not None and self.certificate == other.certificate)
                or (self.filing_number is not None and self.filing_number == other.filing_number))


@attrs.frozen
class PersonRecord:
    """One principal of a filing in the registry, as the index sees it."""

    filing: RegistryEntry
    role: str
    """``entity_principal``, ``website_principal`` or ``app_principal``."""
    person: Person


@attrs.frozen(eq=False)
class RegistryEntry:
    index: int
    filing: Filing
    key: EntityKey


def filings_from_lines(lines: Iterable[str], label: str = "line") -> list[Filing]:
    """Filings from JSON Lines text, one a line, blank lines skipped.

    Every bad line is reported at once, each issue with its ``line`` (``source`` is ``registry`` when
    ``label`` says so: ``registry line 3: order.type``).
    """
    filings: list[Filing] = []
    issues: list[InputIssue] = []
    source: Source = "registry" if label.startswith("registry") else "document"
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            filings.append(structure_filing(line))
        except InputError as err:
            issues.extend(i.on_line(lineno, source) for i in err.issues)
    if issues:
        raise InputError(issues)
    return filings


def principals(filing: Filing) -> Iterator[tuple[str, str, Person]]:
    """(path, role, person) for the entity principal and every website/APP principal."""
    yield "entity.principal", "entity_principal", filing.entity.principal
    for i, site in enumerate(filing.websites):
        if site.principal is not None:
            yield f"websites[{i}].principal", "website_principal", site.principal
    for i, app in enumerate(filing.apps):
        if app.principal is not None:
            yield f"apps[{i}].principal", "app_principal", app.principal


PHONE_FIELDS = ("mobile", "emergency_phone", "office_phone")


class Registry:
    """Other filings, indexed by certificate, filing number, phone, email, ID number, domain and status.

    Build it once and pass it to every check: a plain list given as ``registry=`` is indexed anew on each call.
    A long-running portal keeps one up to date with :meth:`add`, :meth:`remove` and :meth:`update`. Every
    look-up lists its records in registry order (by :attr:`RegistryEntry.index`).
    """

    def __init__(self, filings: Iterable[Filing] = ()):
        self._entries: dict[int, RegistryEntry] = {}
        self._next_index = 0
        self._by_domain: dict[str, list[RegistryEntry]] = defaultdict(list)
        self._by_certificate: dict[tuple[str, str], list[RegistryEntry]] = defaultdict(list)
        self._by_phone: dict[str, list[PersonRecord]] = defaultdict(list)
        self._by_email: dict[str, list[PersonRecord]] = defaultdict(list)
        self._by_person_id: dict[str, list[PersonRecord]] = defaultdict(list)
        self._by_status: dict[str, list[RegistryEntry]] = defaultdict(list)
        self._by_entity_number: dict[tuple[str, str, str] | str, list[RegistryEntry]] = defaultdict(list)
        for filing in filings:
            self._add(filing)

    @classmethod
    def from_documents(cls, documents: Iterable[Any]) -> Registry:
        """Documents as dicts, JSON text or Filing objects; every bad one is reported at once."""
        filings: list[Filing] = []
        issues: list[InputIssue] = []
        for n, document in enumerate(documents):
            try:
                filings.append(structure_filing(document))
            except InputError as err:
                issues.extend(i.in_item(n, "registry") for i in err.issues)
        if issues:
            raise InputError(issues)
        return cls(filings)

    @classmethod
    def from_jsonl(cls, path: str | PathLike[str]) -> Registry:
        """One filing a line; blank lines are skipped. Errors name the line: ``registry line 3: ...``."""
        with open(path, encoding="utf-8") as handle:
            return cls(filings_from_lines(handle, "registry line"))

    @property
    def entries(self) -> list[RegistryEntry]:
        """Every document, in registry order."""
        return [self._entries[i] for i in sorted(self._entries)]

    def add(self, filing: Filing) -> RegistryEntry:
        """Index one more document (after all the others); its entry says the index it was given."""
        return self._add(filing)

    def remove(self, index: int) -> Filing:
        """Take the document with this :attr:`RegistryEntry.index` out of every look-up; returns it."""
        entry = self._entries.pop(index, None)
        if entry is None:
            raise KeyError(f"no registry document with index {index}")
        for postings, key, item in self._postings(entry):
            found = postings[key]
            found.remove(item)
            if not found:
                del postings[key]
        return entry.filing

    def update(self, index: int, filing: Filing) -> RegistryEntry:
        """Replace the document at ``index`` by ``filing``, keeping its place in registry order."""
        self.remove(index)
        return self._add(filing, index)

    def _add(self, filing: Filing, index: int | None = None) -> RegistryEntry:
        if index is None:
            index = self._next_index
        if index in self._entries:
            raise ValueError(f"registry index {index} is taken")
        self._next_index = max(self._next_index, index + 1)
        entry = RegistryEntry(index, filing, EntityKey.of(filing.entity))
        self._entries[index] = entry
        appended = index == self._next_index - 1  # the common case: after every other document
        for postings, key, item in self._postings(entry):
            if appended:
                postings[key].append(item)
            else:
                bisect.insort(postings[key], item, key=_registry_order)
        return entry

    def _postings(self, entry: RegistryEntry) -> Iterator[tuple[dict[Any, list[Any]], Any, Any]]:
        """(table, key, record) for every look-up that finds ``entry``, in the order they are filed."""
        filing = entry.filing
        if entry.key.certificate:
            yield self._by_certificate, entry.key.certificate, entry
        for number in _entity_numbers(filing):
            yield self._by_entity_number, entity_number_key(number), entry
        yield self._by_status, filing.order.status, entry
        for key in website_domain_keys(filing):
            yield self._by_domain, key, entry
        for _path, role, person in principals(filing):
            record = PersonRecord(entry, role, person)
            for field in PHONE_FIELDS:
                if getattr(person, field):
                    yield self._by_phone, getattr(person, field), record
            email = normalise_email(person.email)  # None exactly when no email is given
            if email is not None:
                yield self._by_email, email, record
            person_id = normalise_id(person.id_document.number) if person.id_document else None
            if person_id is not None:
                yield self._by_person_id, person_id, record

    def __len__(self) -> int:
        return len(self._entries)

    def counts(self) -> dict[str, dict[str, int]]:
        """How many documents the registry holds by ``status`` (``order.status``) and by ``province``
        (``order.province``), each in the vocabulary's order; tokens with no document are left out."""
        provinces: Counter[str] = Counter(entry.filing.order.province for entry in self._entries.values())
        return {"status": {status: len(self._by_status[status]) for status in ORDER_STATUS.tokens
                           if self._by_status.get(status)},
                "province": {code: provinces[code] for code in PROVINCE.tokens if provinces[code]}}

    def __repr__(self) -> str:
        statuses = ", ".join(f"{n} {status}" for status, n in self.counts()["status"].items())
        return f"<Registry {plural(len(self), 'filing')}{': ' + statuses if statuses else ''}>"

    def to_html(self) -> str:
        """The registry's size, and its documents counted by status and by province, as an HTML table."""
        vocabularies = {"status": "order_status", "province": "province"}
        rows = [[Html(f"<code>{field}</code>"), Html(f"<code>{token}</code>"),
                 lines(label(vocabularies[field], token, "zh"), label(vocabularies[field], token, "en")), n]
                for field, counted in self.counts().items() for token, n in counted.items()]
        caption = lines(f"登记库：{len(self)} 份文档", f"Registry: {plural(len(self), 'filing')}")
        return table([lines("按", "by"), lines("值", "value"), lines("含义", "label"), lines("文档数", "filings")],
                     rows, caption=caption)

    def _repr_html_(self) -> str:  # notebooks
        return self.to_html()

    # Look-ups. Each returns registry records; callers decide what "another entity" means.
    def by_certificate(self, certificate: tuple[str, str] | None) -> list[RegistryEntry]:
        """Documents whose entity has this certificate, ``(type, number)`` as :class:`EntityKey` reads it."""
        return list(self._by_certificate.get(certificate, ())) if certificate else []

    def by_entity_number(self, number: str | None) -> list[RegistryEntry]:
        """Documents whose ``entity.filing_number`` is the same number as ``number``.

        The alternate abbreviations of one bureau are one number (蜀/川, 黔/贵,
        滇/云, 陇/甘: :func:`entity_number_key`), and a service number finds its entity.
        """
        return list(self._by_entity_number.get(entity_number_key(number), ())) if number and number.strip() else []

    def of_entity(self, key: EntityKey) -> list[RegistryEntry]:
        """Every registry document of the entity identified by ``key`` (in registry order)."""
        found = {e.index: e for e in self.by_certificate(key.certificate)}
        if key.filing_number is not None:
            found.update({e.index: e for e in self._by_entity_number.get(key.filing_number, ())})
        return [found[i] for i in sorted(found)]

    def by_phone(self, number: str | None) -> list[PersonRecord]:
        """Principals with this normalised number as mobile, emergency or office phone."""
        return list(self._by_phone.get(number, ())) if number else []

    def by_email(self, email: str | None) -> list[PersonRecord]:
        """Principals with this email address (trimmed, case-insensitive)."""
        key = normalise_email(email)  # None exactly when ``email`` is None or empty
        return list(self._by_email.get(key, ())) if key is not None else []

    def by_person_id(self, id_number: str | None) -> list[PersonRecord]:
        """Principals with this ID document number (trimmed, check letter X upper-case)."""
        key = normalise_id(id_number)  # None exactly when ``id_number`` is None or empty
        return list(self._by_person_id.get(key, ())) if key is not None else []

    def by_status(self, status: str) -> list[RegistryEntry]:
        """Documents whose ``order.status`` is ``status`` (``approved``, ``authority_review``, …)."""
        return list(self._by_status.get(status, ()))

    def by_domain(self, key: str | None) -> list[RegistryEntry]:
        """Documents listing a website domain whose W9 domain key (:func:`~beianrules.reference.domains.domain_key`)
        is ``key``. Asking by domain rather than scanning :meth:`by_status` keeps a rule linear in an audit."""
        return list(self._by_domain.get(key, ())) if key else []


def _registry_order(record: RegistryEntry | PersonRecord) -> int:
    return record.index if isinstance(record, RegistryEntry) else record.filing.index


def website_domain_keys(filing: Filing) -> list[str]:
    """The distinct W9 domain keys of ``filing``'s websites, in order of first appearance."""
    found: dict[str, None] = {}
    for site in filing.websites:
        for text in site.domains:
            key = domain_key(text)
            if key is not None:
                found.setdefault(key)
    return list(found)


def entity_number_key(text: str) -> tuple[str, str, str] | str:
    """What makes two entity filing numbers the same number.

    Parsed numbers compare by bureau, form and serial, so the alternates
    蜀/川, 黔/贵, 滇/云, 陇/甘 of one bureau's sequence are one number (as
    :meth:`FilingNumber.extends` reads them), and a service number stands for
    its entity part. A number that does not parse compares as written.
    """
    try:
        parsed = parse_filing_number(text)
    except FilingNumberError:
        return text.strip()
    return (parsed.province, parsed.form, parsed.entity_serial)


def _entity_numbers(filing: Filing) -> set[str]:
    return {filing.entity.filing_number.strip()} if filing.entity.filing_number else set()


def same_person(our_id: str | None, our_name: str | None, their_id: str | None,
                their_name: str | None) -> bool | None:
    """Whether two records name one person: by ID number when both are given, else by name.

    None when neither pair can be compared — the rules that need the answer stay silent.
    """
    if our_id and their_id:
        return normalise_id(our_id) == normalise_id(their_id)
    if our_name and their_name:
        return our_name.strip() == their_name.strip()
    return None


def same_person_by_id(one: Person, other: Person) -> bool | None:
    """REASONS-WAVE1 W7, within one document: the same person when both give an ID number and their ID keys
    (W8) are equal, different when both give one and they differ, unknown (None) otherwise — never by name."""
    ours = id_key(one.id_document.number) if one.id_document else None
    theirs = id_key(other.id_document.number) if other.id_document else None
    if ours is None or theirs is None:
        return None
    return ours == theirs


def normalise_id(number: str | None) -> str | None:
    """An ID or certificate number as compared: trimmed, check letter X upper-case."""
    return number.strip().upper() if number else None


def normalise_email(email: str | None) -> str | None:
    """An email as compared: trimmed, case-insensitive."""
    return email.strip().lower() if email else None

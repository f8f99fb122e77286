"""The conflict index of a two-phase audit: what cross-filing rules need of a whole book of filings.

Phase one streams the book once and keeps, of every key a registry look-up asks by (certificate, entity
filing number, phone, email, ID number, domain), only the keys that two or more documents share: a key held
by one document can only ever find that document itself. The documents holding a shared key — other
entities' filings sharing a contact, and the several documents of one entity — are indexed in a
:class:`~beianrules.registry.Registry` (the same code that serves a portal's ``check``); all others are
dropped once their keys are counted. Memory then grows with the conflicts, not with the book.

Phase two checks each document against an :class:`AuditView`: the conflict registry seen from that one
document, which answers every keyed look-up exactly as a registry of the whole book would (the document
itself included), and :meth:`~AuditView.by_status` with the documents related to it (below).
"""

from __future__ import annotations

import hashlib
import heapq
from array import array
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

from beianrules.model import Filing
from beianrules.reference.domains import domain_key
from beianrules.reference.idnumbers import id_key
from beianrules.regions import normalize_phone
from beianrules.registry import (
    PHONE_FIELDS,
    EntityKey,
    PersonRecord,
    Registry,
    RegistryEntry,
    normalise_email,
    normalise_id,
    principals,
    website_domain_keys,
)

Key = tuple[str, object]
"""(look-up, value as the registry files it): ``("phone", "13588881234")``, ``("certificate", (type, number))``."""


def filed_keys(filing: Filing) -> set[Key]:
    """Every key under which a registry files ``filing`` (:meth:`Registry._postings`), status aside."""
    return _keys(EntityKey.of(filing.entity),
                 [text for site in filing.websites for text in site.domains],
                 [([phone for field in PHONE_FIELDS if (phone := getattr(person, field))], person.email,
                   person.id_document.number if person.id_document is not None else None)
                  for _path, _role, person in principals(filing)])


def document_keys(document: Any) -> set[Key] | None:
    """:func:`filed_keys` of a document read from JSON, without structuring it (phase one of an audit reads
    every line; structuring is most of what that costs): the same keys for every document that structures,
    each value normalised as the converter and the registry normalise it. None where the document is not
    shaped as a filing is (not an object, a list where an object belongs, a number where text belongs): it is
    structured instead, and its problems are reported.
    """
    try:
        entity = _object(document, "entity", required=True)
        cert = _object(entity, "certificate")
        websites, apps = _items(document, "websites", dict), _items(document, "apps", dict)
        persons = [_object(entity, "principal", required=True),
                   *(person for service in (*websites, *apps) if (person := _object(service, "principal")))]
        return _keys(EntityKey.given(_text(cert, "type"), _text(cert, "number"), _text(entity, "filing_number")),
                     [text for site in websites for text in _items(site, "domains", str)],
                     [([phone for field in PHONE_FIELDS if (phone := _phone(person, field))], _text(person, "email"),
                       _text(_object(person, "id_document"), "number")) for person in persons])
    except _NotAFiling:
        return None


def _keys(entity: EntityKey, domains: list[str], persons: list[tuple[list[str], str | None, str | None]]) -> set[Key]:
    """The keys of an entity, its websites' domain texts and its principals' (normalised phones, email, ID
    number)."""
    keys: set[Key] = set()
    if entity.certificate:
        keys.add(("certificate", entity.certificate))
    if entity.filing_number is not None:
        keys.add(("entity_number", entity.filing_number))
    keys.update(("domain", key) for text in domains if (key := domain_key(text)) is not None)
    for phones, email_text, id_number in persons:
        keys.update(("phone", phone) for phone in phones)
        if (email := normalise_email(email_text)) is not None:
            keys.add(("email", email))
        if (number := normalise_id(id_number)) is not None:
            keys.add(("person_id", number))
            # Rules ask by the ID key (W8) too: the document that shares it must be at hand.
            if (spelt := normalise_id(id_key(number))) is not None:
                keys.add(("person_id", spelt))
    return keys


class _NotAFiling(Exception):
    pass


def _object(container: Any, name: str, *, required: bool = False) -> dict[str, Any]:
    """The object at ``name`` ({} where absent or null: not given)."""
    value = container.get(name) if isinstance(container, dict) else None
    if value is None and not required:
        return {}
    if not isinstance(value, dict):
        raise _NotAFiling
    return value


def _items(container: dict[str, Any], name: str, item_type: type) -> list[Any]:
    """The list at ``name`` ([] where absent or null), each item an ``item_type``."""
    value = container.get(name)
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(item, item_type) for item in value):
        raise _NotAFiling
    return value


def _text(container: dict[str, Any], name: str) -> str | None:
    value = container.get(name)
    if value is not None and not isinstance(value, str):
        raise _NotAFiling
    return value


def _phone(person: dict[str, Any], field: str) -> str:
    """The number as the converter keeps it (``model.Phone``: normalised); "" where not given."""
    text = _text(person, field)
    return normalize_phone(text) if text is not None else ""


def stable_digest(key: Key) -> int:
    """The key's digest, alike in every process (``hash`` of text is salted per process): 64 bits of BLAKE2b."""
    return int.from_bytes(hashlib.blake2b(repr(key).encode("utf-8"), digest_size=8).digest(), "little")


_DIGEST_BITS = (1 << 64) - 1
_BUCKETS = 256


class KeyCounter:
    """Phase one: which documents of the book share a key with another.

    Each key is remembered by its digest (``digest``, ``hash`` unless given) with the document it was seen
    under; a digest collision only makes an unrelated document count as sharing (kept in the index, never a
    wrong answer: look-ups compare values). A book counted in parts in several processes, the parts then joined
    with :meth:`merge`, needs a digest that every process computes alike (``hash`` of text differs between them).

    The pairs are kept in flat arrays (16 bytes a key; a million filings bring some seven million keys, which a
    dictionary of digests would hold in about 0.7 GB) and resolved by :meth:`release`, one bucket of digests at a
    time, so that only one bucket's dictionary exists at once.
    """

    def __init__(self, digest: Callable[[Key], int] = hash) -> None:
        self._digest = digest
        # Bucket b holds the digests d with d % _BUCKETS == b, and beside each the document it came with.
        self._digests = [array("Q") for _ in range(_BUCKETS)]
        self._owners = [array("Q") for _ in range(_BUCKETS)]
        self.count = 0

    def add(self, index: int, filing: Filing) -> None:
        self.add_digests(index, [self._digest(key) for key in filed_keys(filing)])

    def add_digests(self, index: int, digests: Iterable[int]) -> None:
        """Count a document by the digests of its keys, computed elsewhere (in a worker process) with this
        counter's digest."""
        for digest in digests:
            digest &= _DIGEST_BITS  # hash() may be negative
            bucket = digest % _BUCKETS
            self._digests[bucket].append(digest)
            self._owners[bucket].append(index)
        self.count += 1

    def merge(self, later: KeyCounter) -> None:
        """Count the documents ``later`` counted (the part of the book that follows this counter's, with the same
        digest) as if this counter had: their indexes follow on from this counter's."""
        shift = self.count
        for bucket in range(_BUCKETS):
            self._digests[bucket].extend(later._digests[bucket])
            self._owners[bucket].extend(array("Q", [owner + shift for owner in later._owners[bucket]]))
        self.count += later.count

    def release(self) -> set[int]:
        """The documents that share a key with another document; the digests are dropped."""
        sharing: set[int] = set()
        for bucket in range(_BUCKETS):
            first: dict[int, int] = {}
            for digest, owner in zip(self._digests[bucket], self._owners[bucket], strict=True):
                seen = first.setdefault(digest, owner)
                if seen != owner:
                    sharing.add(seen)
                    sharing.add(owner)
            self._digests[bucket] = array("Q")
            self._owners[bucket] = array("Q")
        return sharing


class ConflictIndex:
    """The documents of a book that share a key, indexed, and the size of the book."""

    def __init__(self, conflicts: Registry, size: int):
        self.conflicts = conflicts
        self.size = size

    @classmethod
    def of(cls, filings: Iterable[tuple[int, Filing]]) -> ConflictIndex:
        """The index of ``(registry index, filing)`` pairs read in one go (the two phases over a list)."""
        kept = list(filings)
        counter = KeyCounter()
        for index, filing in kept:
            counter.add(index, filing)
        sharing = counter.release()
        return cls.indexing(((i, f) for i, f in kept if i in sharing), counter.count)

    @classmethod
    def indexing(cls, sharing: Iterable[tuple[int, Filing]], size: int) -> ConflictIndex:
        conflicts = Registry()
        for index, filing in sharing:
            conflicts._add(filing, index)
        return cls(conflicts, size)

    def view(self, index: int, filing: Filing) -> AuditView:
        """The registry as the document ``filing`` at ``index`` of the book sees it."""
        return AuditView(self, index, filing)


Record = TypeVar("Record", RegistryEntry, PersonRecord)


def _order(record: RegistryEntry | PersonRecord) -> int:
    return record.index if isinstance(record, RegistryEntry) else record.filing.index


class AuditView(Registry):
    """The whole book as one of its documents sees it (phase two).

    Keyed look-ups (:meth:`by_certificate`, :meth:`by_entity_number`, :meth:`of_entity`, :meth:`by_phone`,
    :meth:`by_email`, :meth:`by_person_id`, :meth:`by_domain`) answer exactly as a registry of the whole book:
    a key either is shared, and every document holding it is in the conflict registry, or it is held by the
    checked document alone. ``len`` is the size of the book. :meth:`by_status` lists the *related*
    documents of that status: those sharing the checked document's certificate, entity number or a domain key,
    and every document of those documents' entities — a rule that needs other documents asks by key.
    """

    def __init__(self, index: ConflictIndex, position: int, filing: Filing):
        # No Registry.__init__: the view files nothing of its own but the checked document, when it is not
        # among the conflicts already.
        self._conflicts = index.conflicts
        self._size = index.size
        self._own: Registry | None = None
        if position not in index.conflicts._entries:
            self._own = Registry()
            self._own._add(filing, position)
        self._filing = filing

    def __len__(self) -> int:
        return self._size

    @property
    def entries(self) -> list[RegistryEntry]:
        raise TypeError("an audit view lists no whole registry; ask by key")

    def add(self, filing: Filing) -> RegistryEntry:
        raise TypeError("an audit view is read-only")

    def remove(self, index: int) -> Filing:
        raise TypeError("an audit view is read-only")

    def update(self, index: int, filing: Filing) -> RegistryEntry:
        raise TypeError("an audit view is read-only")

    def _both(self, shared: list[Record], own: list[Record]) -> list[Record]:
        if not own:
            return shared
        if not shared:
            return own
        return list(heapq.merge(shared, own, key=_order))

    def by_certificate(self, certificate: tuple[str, str] | None) -> list[RegistryEntry]:
        own = self._own.by_certificate(certificate) if self._own else []
        return self._both(self._conflicts.by_certificate(certificate), own)

    def by_entity_number(self, number: str | None) -> list[RegistryEntry]:
        own = self._own.by_entity_number(number) if self._own else []
        return self._both(self._conflicts.by_entity_number(number), own)

    def of_entity(self, key: EntityKey) -> list[RegistryEntry]:
        own = self._own.of_entity(key) if self._own else []
        return self._both(self._conflicts.of_entity(key), own)

    def by_phone(self, number: str | None) -> list[PersonRecord]:
        own = self._own.by_phone(number) if self._own else []
        return self._both(self._conflicts.by_phone(number), own)

    def by_email(self, email: str | None) -> list[PersonRecord]:
        own = self._own.by_email(email) if self._own else []
        return self._both(self._conflicts.by_email(email), own)

    def by_person_id(self, id_number: str | None) -> list[PersonRecord]:
        own = self._own.by_person_id(id_number) if self._own else []
        return self._both(self._conflicts.by_person_id(id_number), own)

    def by_domain(self, key: str | None) -> list[RegistryEntry]:
        own = self._own.by_domain(key) if self._own else []
        return self._both(self._conflicts.by_domain(key), own)

    def by_status(self, status: str) -> list[RegistryEntry]:
        related = {entry.index: entry for entry in self._related()}
        return [related[i] for i in sorted(related) if related[i].filing.order.status == status]

    def _related(self) -> Iterator[RegistryEntry]:
        filing = self._filing
        key = EntityKey.of(filing.entity)
        near = [*self.of_entity(key), *(e for k in website_domain_keys(filing) for e in self.by_domain(k))]
        yield from near
        for entry in near:
            yield from self.of_entity(entry.key)

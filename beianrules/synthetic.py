"""Synthetic books of approved filings, for the audit's differential test and its benchmark.

Every entity is distinct (certificate, names, ID numbers, phones, emails, domains); on top of that, as a
provider's real book has them: about 1% of filings give another entity's mobile, about 1% an expired ID,
some entities have an order in flight beside their filing, some websites list a domain another entity filed,
some website principals serve two entities, and an optional "agency" share gives one mobile and email to a
fraction of all filings (an agency filing for its clients).
"""

from __future__ import annotations

import copy
import datetime as _dt
from collections.abc import Iterator
from typing import Any

from beianrules.examples import _PLACES, _resident_id, _uscc, address, other_entity_document
from beianrules.provinces._table import PROVINCE_NAMES

PROVINCES = ("ZJ", "JS", "SN", "GD")
AGENCY_MOBILE = "13900000000"
"""The mobile an "agency" gives for every filing it files (the agency share of a synthetic book)."""
AGENCY_EMAIL = "filings@agency-example.cn"
"""The email an "agency" gives for every filing it files."""


def _mobile(i: int) -> str:
    return f"139{i + 1:08d}"


def _person_id(code: str, i: int) -> str:
    birth = (_dt.date(1960, 1, 1) + _dt.timedelta(days=i % 15000)).strftime("%Y%m%d")
    return _resident_id(code, birth, f"{(i // 15000) % 1000:03d}")


def synthetic_filing(i: int, *, agency_every: int = 0) -> list[dict[str, Any]]:
    """The documents of entity ``i``: its approved filing, and for some entities an order in flight."""
    province = PROVINCES[i % len(PROVINCES)]
    code = _PLACES[province][2]
    abbreviation = PROVINCE_NAMES[province].abbreviation
    document = other_entity_document(province)
    number = f"{abbreviation}ICP备{2010 + i // 1_000_000}{i % 1_000_000:06d}号"
    entity, principal = document["entity"], document["entity"]["principal"]
    document["order"]["id"] = f"BOOK-{i}"
    entity["name"] = f"合成{i}号信息科技有限公司"
    entity["filing_number"] = number
    entity["certificate"]["number"] = _uscc(code, f"{i:09d}")
    principal["name"] = f"负责人{i}"
    principal["id_document"]["number"] = _person_id(code, i)
    principal["mobile"], principal["emergency_phone"] = _mobile(i), f"137{i + 1:08d}"
    principal["office_phone"] = None
    principal["email"] = f"owner{i}@corp{i}.cn"
    if i % 100 == 7 and i:
        principal["mobile"] = _mobile(i - 1)  # another entity's mobile
    if i % 100 == 13:
        principal["id_document"]["valid_until"] = "2024-01-01"  # expired
    if agency_every and i % agency_every == 3:
        principal["mobile"], principal["email"] = AGENCY_MOBILE, AGENCY_EMAIL
    entity["legal_representative"] = {"name": principal["name"], "id_number": principal["id_document"]["number"]}
    site = document["websites"][0]
    site["name"] = f"合成{i}号官网"
    site["domains"] = [f"corp{i}.cn"] + ([f"corp{i - 1}.cn"] if i % 300 == 5 and i else [])
    site["filing_number"] = f"{number[:-1]}号-1"
    site["principal"] = copy.deepcopy(principal)
    if i % 250 == 9 and i:
        site["principal"]["id_document"]["number"] = _person_id(_PLACES[PROVINCES[(i - 1) % len(PROVINCES)]][2],
                                                                i - 1)
    documents = [document]
    if i % 200 == 11:  # the entity's change order, in flight beside its filing
        change = copy.deepcopy(document)
        change["order"].update({"id": f"BOOK-{i}-change", "type": "change", "status": "authority_review",
                                "submitted_to_authority_on": "2026-11-01"})
        change["entity"]["mailing_address"] = address(province, "新华路3号")
        documents.append(change)
    return documents


def synthetic_book(n: int, *, agency_share: float = 0.0) -> Iterator[dict[str, Any]]:
    """At least ``n`` documents of about ``n`` entities; ``agency_share`` of them (0.01–0.05) give the agency's
    mobile and email."""
    agency_every = round(1 / agency_share) if agency_share else 0
    made = 0
    i = 0
    while made < n:
        for document in synthetic_filing(i, agency_every=agency_every):
            yield document
            made += 1
        i += 1


__all__ = ["AGENCY_EMAIL", "AGENCY_MOBILE", "synthetic_book", "synthetic_filing"]

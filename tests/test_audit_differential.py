"""The correctness gate of the two-phase audit: its reports are those of today's per-filing ``check()``
against a registry of the whole book, on every case, every rule example and a generated book."""

import json
from pathlib import Path

import pytest
from conftest import load_cases

import beianrules
from beianrules.auditing import InputErrorResult
from beianrules.conflicts import document_keys, filed_keys
from beianrules.convert import structure_filing
from beianrules.errors import InputError
from beianrules.examples import example_documents
from beianrules.registry import Registry
from beianrules.rulebook import all_rules
from beianrules.synthetic import synthetic_book

SHARED_CASES = Path(__file__).resolve().parents[2] / "shared" / "spec" / "cases"


def per_filing_reports(book, engine):
    """Today's audit, one ``check()`` a filing with the whole book as the registry; None for a bad document."""
    filings = []
    for document in book:
        try:
            filings.append(structure_filing(document))
        except InputError:
            filings.append(None)
    registry = Registry([f for f in filings if f is not None])
    found = []
    for filing in filings:
        try:
            found.append(None if filing is None else beianrules.check(filing, registry=registry, engine=engine)
                         .to_dict())
        except InputError:
            found.append(None)
    return found


def audited(book, engine, **options):
    return [None if isinstance(r, InputErrorResult) else r.to_dict()
            for r in beianrules.audit(book, engine=engine, **options)]


def books():
    cases = load_cases() + ([json.loads(p.read_text(encoding="utf-8")) for p in sorted(SHARED_CASES.glob("*.json"))]
                            if SHARED_CASES.is_dir() else [])
    for case in cases:
        yield pytest.param([case["document"], *case.get("registry", [])], id=f"case-{case['name']}")
    for rule in all_rules():
        for n, example in enumerate(rule.examples):
            document, registry = example_documents(rule, example)
            yield pytest.param([document, *(registry or [])], id=f"example-{rule.code}-{n}")


BOOKS = list(books())


@pytest.mark.parametrize("book", BOOKS)
def test_two_phase_audit_reports_what_a_full_registry_does(book):
    assert audited(book, "python") == per_filing_reports(book, "python")


def test_a_generated_book_audits_as_with_a_full_registry():
    book = list(synthetic_book(10_000, agency_share=0.02))
    expected = per_filing_reports(book, "python")
    assert audited(book, "python") == expected
    codes = {r["code"] for report in expected for r in report["reasons"]}
    # The book exercises the cross-filing rules, or the comparison says little.
    assert {"CONTACT_PHONE_USED_BY_OTHER_ENTITY", "SERVICE_PRINCIPAL_ID_USED_BY_OTHER_ENTITY", "ID_EXPIRED"} <= codes
    assert audited(book, "python", jobs=2) == expected


def test_the_durable_engine_audits_a_generated_book_as_the_python_one(engine):
    book = list(synthetic_book(300, agency_share=0.02))
    assert audited(book, engine) == audited(book, "python")


def test_an_audit_against_a_separate_registry_is_a_check_of_each_document():
    book = list(synthetic_book(120))
    registry = Registry([structure_filing(d) for d in book[60:]])
    assert audited(book[:60], "python", registry=registry) == [
        beianrules.check(d, registry=registry, engine="python").to_dict() for d in book[:60]]


def _with_nulls(document):
    """The document with every optional place that is absent written as null (null is "not given")."""
    copy = json.loads(json.dumps(document))
    for person in [copy.get("entity", {}).get("principal", {}),
                   *(s.get("principal") or {} for s in (*copy.get("websites", []), *copy.get("apps", [])))]:
        for field in ("mobile", "emergency_phone", "office_phone", "email", "id_document"):
            person.setdefault(field, None)
    copy.get("entity", {}).setdefault("filing_number", None)
    return copy


@pytest.mark.parametrize("book", BOOKS)
def test_phase_one_reads_the_keys_of_a_document_as_of_its_filing(book):
    # Phase one counts keys from the JSON itself: for every document that structures they must be the
    # structured filing's keys, or a document sharing a key would be missed.
    for document in book:
        try:
            filing = structure_filing(document)
        except InputError:
            continue
        assert document_keys(document) == filed_keys(filing)
        assert document_keys(_with_nulls(document)) == filed_keys(structure_filing(_with_nulls(document)))


def test_phase_one_reads_the_keys_of_generated_filings_as_of_their_filings():
    for document in synthetic_book(500, agency_share=0.05):
        assert document_keys(document) == filed_keys(structure_filing(document))


def test_a_document_not_shaped_as_a_filing_is_left_to_structuring():
    assert document_keys([]) is None
    assert document_keys({"entity": "ACME"}) is None
    assert document_keys({"entity": {"principal": {"mobile": 13812345678}}}) is None
    assert document_keys({"entity": {"principal": {}}, "websites": [{"domains": "example.com"}]}) is None


def test_bad_documents_sharing_keys_with_good_ones_are_no_documents_of_the_book():
    # Phase one reads keys from the JSON, so a document that turns out bad in phase two was counted: it
    # must still be no part of the registry the good ones are checked against.
    book = list(synthetic_book(60, agency_share=0.05))
    bad_token = json.loads(json.dumps(book[3]))
    bad_token["order"]["type"] = "new_everything"
    late = json.loads(json.dumps(book[7]))
    late["entity"]["principal"]["id_document"]["valid_until"] = "31/12/2030"  # day first: refused
    for bad in (bad_token, late):  # each shares the mobile of a good filing of another entity
        bad["entity"]["principal"]["mobile"] = book[10]["entity"]["principal"]["mobile"]
        bad["order"]["id"] += "-BAD"
    book[20:20] = [bad_token, late]
    expected = per_filing_reports(book, "python")
    assert expected[20] is None and expected[21] is None
    assert audited(book, "python") == expected
    assert audited(book, "python", jobs=2) == expected


def _naive_sharing(documents):
    """The documents that share a digest with another, by the definition."""
    holders = {}
    for index, digests in enumerate(documents):
        for digest in digests:
            holders.setdefault(digest, set()).add(index)
    return {index for held in holders.values() if len(held) > 1 for index in held}


def test_the_key_counter_finds_the_documents_sharing_a_digest_counted_whole_or_in_parts():
    import random

    from beianrules.conflicts import KeyCounter
    chance = random.Random(11)
    # Negative digests (hash() gives them), the same digest in every bucket's range, and a few shared ones.
    documents = [{chance.randrange(-2**63, 2**64) for _ in range(chance.randrange(0, 9))} for _ in range(3000)]
    for index in chance.sample(range(3000), 60):
        documents[index].add(chance.choice([-1, 5, 2**64 - 1, 256 * 7 + 3]))
    expected = _naive_sharing([{d & (2**64 - 1) for d in ds} for ds in documents])
    assert len(expected) >= 60
    whole = KeyCounter()
    for index, digests in enumerate(documents):
        whole.add_digests(index, digests)
    assert whole.count == 3000 and whole.release() == expected
    parts = [KeyCounter() for _ in range(3)]
    for index, digests in enumerate(documents):
        part = parts[index * 3 // 3000]
        part.add_digests(part.count, digests)
    joined = KeyCounter()
    for part in parts:
        joined.merge(part)
    assert joined.count == 3000 and joined.release() == expected

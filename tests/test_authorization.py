"""Format 1.1's authorization rows: foreign legal representatives, whose letter counts for whom, and the
false rejection 1.1 removes (FORMAT.md, "The false rejection 1.1 removes")."""

import datetime

import pytest

import beianrules
from beianrules import Registry, engine
from beianrules.convert import structure_filing
from beianrules.examples import apply_changes, base_document, other_entity_document
from beianrules.facts import build_facts

ENGINES = ["python", "durable"]
AS_OF = datetime.date(2026, 11, 28)

TAN = {"name": "TAN MING KAI", "id_number": "E1234567N", "id_type": "passport", "nationality": "SG"}
LETTER_FOR_PRINCIPAL = {"type": "authorization_letter", "file": "shouquanshu.jpg", "size_bytes": 512345,
                        "for": "entity.principal"}
CODES = {"PRINCIPAL_NOT_LEGAL_REP", "PRINCIPAL_FOREIGN_LEGAL_REP"}


def _check(document, engine_name, registry=None):
    if engine_name == "durable" and not engine.AVAILABLE:
        pytest.skip("durable-rules is not installed")
    return beianrules.check(document, engine=engine_name, registry=registry)


def _codes(report, codes=CODES):
    return {r.code for r in report.reasons} & codes


def _hebei(**changes):
    return apply_changes(base_document("HE"), {"format_version": "1.1", "entity.legal_representative": TAN,
                                               **changes})


# --- the false rejection, exactly as FORMAT.md states it -----------------------------------------------------

@pytest.mark.parametrize("engine_name", ENGINES)
def test_hebei_foreign_legal_rep_with_a_mainland_principal_and_his_letter_is_accepted(engine_name):
    document = _hebei(attachments=[LETTER_FOR_PRINCIPAL])
    principal = document["entity"]["principal"]
    assert principal["id_document"]["type"] == "resident_id" and "nationality" not in principal  # mainland
    assert _codes(_check(document, engine_name)) == set()


@pytest.mark.parametrize("engine_name", ENGINES)
def test_hebei_foreign_legal_rep_without_the_letter_gets_only_the_foreign_rule(engine_name):
    report = _check(_hebei(), engine_name)
    assert _codes(report) == {"PRINCIPAL_FOREIGN_LEGAL_REP"}
    (reason,) = [r for r in report.reasons if r.code == "PRINCIPAL_FOREIGN_LEGAL_REP"]
    assert (reason.kind, reason.severity) == ("rejection", "error")
    assert reason.paths == ("entity.principal", "entity.legal_representative", "attachments")


@pytest.mark.parametrize("engine_name", ENGINES)
def test_under_1_0_the_same_order_is_still_rejected_as_before(engine_name):
    """Without nationality or ID type the legal representative is unknown: the 1.0 verdict stands."""
    document = _hebei(**{"entity.legal_representative": {"name": TAN["name"], "id_number": TAN["id_number"]},
                         "attachments": [LETTER_FOR_PRINCIPAL]})
    del document["format_version"]
    assert _codes(_check(document, engine_name)) == {"PRINCIPAL_NOT_LEGAL_REP"}


@pytest.mark.parametrize("engine_name", ENGINES)
@pytest.mark.parametrize(("province", "expected"), [
    ("SD", set()), ("JX", set()), ("SX", set()), ("LN", set()),
    # NM, SH, ZJ accept the foreign legal representative's passport: the usual rule applies (all `required`).
    ("NM", {"PRINCIPAL_NOT_LEGAL_REP"}), ("SH", {"PRINCIPAL_NOT_LEGAL_REP"}), ("ZJ", {"PRINCIPAL_NOT_LEGAL_REP"}),
])
def test_the_letter_for_the_principal_in_each_province(engine_name, province, expected):
    document = apply_changes(base_document(province), {"entity.legal_representative": TAN})
    document["attachments"].append(LETTER_FOR_PRINCIPAL)
    assert _codes(_check(document, engine_name)) == expected


# --- whom the letter counts for ------------------------------------------------------------------------------

@pytest.mark.parametrize("engine_name", ENGINES)
def test_a_letter_for_the_website_principal_does_not_count_for_another_entity_principal(engine_name):
    other = other_entity_document("HE")["entity"]["principal"]
    document = _hebei(**{"websites[0].principal": other,
                         "attachments": [{**LETTER_FOR_PRINCIPAL, "for": "websites[0].principal"}]})
    assert _codes(_check(document, engine_name)) == {"PRINCIPAL_FOREIGN_LEGAL_REP"}


@pytest.mark.parametrize("engine_name", ENGINES)
def test_a_letter_for_the_website_principal_counts_when_he_is_the_entity_principal(engine_name):
    document = _hebei(attachments=[{**LETTER_FOR_PRINCIPAL, "for": "websites[0].principal"}])
    assert _codes(_check(document, engine_name)) == set()


@pytest.mark.parametrize("engine_name", ENGINES)
def test_sichuan_letter_must_count_for_the_entity_principal(engine_name):
    rep = {"name": "钱国华", "id_number": "510104198401011236"}
    other = other_entity_document("SC")["entity"]["principal"]
    narrowed = apply_changes(base_document("SC"), {
        "entity.legal_representative": rep, "websites[0].principal": other,
        "attachments": [{"type": "authorization_letter", "file": "a.jpg", "for": "websites[0].principal"}]})
    assert _codes(_check(narrowed, engine_name)) == {"PRINCIPAL_NOT_LEGAL_REP"}
    unnamed = apply_changes(narrowed, {"attachments": [{"type": "authorization_letter", "file": "a.jpg"}]})
    assert _codes(_check(unnamed, engine_name)) == set()


# --- facts --------------------------------------------------------------------------------------------------

def _facts(kind, province="HE", registry=None, **changes):
    filing = structure_filing(apply_changes(base_document(province), changes))
    index = Registry.from_documents(registry) if registry is not None else None
    return [f for f in build_facts(filing, as_of=AS_OF, registry=index) if f["kind"] == kind]


def _one(kind, finding, **kwargs):
    found = [f for f in _facts(kind, **kwargs) if f["finding"] == finding]
    assert len(found) <= 1
    return found[0] if found else None


@pytest.mark.parametrize(("rep", "non_mainland"), [
    (TAN, True),
    ({"name": "TAN MING KAI", "id_number": "E1234567N", "id_type": "passport"}, True),  # the legal rep's passport
    ({"name": "陈家明", "id_number": "H12345678", "id_type": "hk_macao_permit"}, True),
    ({"name": "陈家明", "id_number": "H12345678", "nationality": "HK"}, True),
    ({"name": "钱国华", "id_number": "130102198401011234", "id_type": "resident_id"}, False),
    ({"name": "钱国华", "id_number": "E1234567N", "id_type": "passport", "nationality": "CN"}, False),
    ({"name": "TAN MING KAI", "id_number": "E1234567N"}, False),  # unknown: the 1.0 rule judges
])
def test_the_legal_representatives_standing(rep, non_mainland):
    fact = _one("principal_authority", "not_legal_rep", **{"entity.legal_representative": rep})
    assert fact["rep_non_mainland"] is non_mainland
    assert fact["is_legal_rep"] is False and fact["path"] == "entity.principal"


@pytest.mark.parametrize(("target", "counts"), [
    (None, True), ("entity.principal", True), ("websites[0].principal", True),  # same ID number
    ("entity.legal_representative", False),  # another person (a person's document must name a person)
])
def test_whom_the_letter_counts_for(target, counts):
    letter = {"type": "authorization_letter", "file": "a.jpg", **({"for": target} if target else {})}
    fact = _one("principal_authority", "not_legal_rep", **{"entity.legal_representative": TAN,
                                                           "attachments": [letter]})
    assert fact["letter"] is counts


def test_no_authority_facts_for_individuals_or_without_a_legal_representative():
    assert _facts("principal_authority", **{"entity.legal_representative": None}) == []
    assert _facts("principal_authority", **{"entity.type": "individual", "entity.legal_representative": None}) == []
    assert _facts("foreign_legal_rep_check", **{"entity.type": "individual", "entity.legal_representative": TAN}) == []


@pytest.mark.parametrize(("registered", "rep", "differs"), [
    ("钱国华", None, True), ("王 海燕", None, False), ("王海燕", None, False),
    ("  ", None, None), ("陈明凯", TAN, None),  # a non-mainland legal representative's name is not compared
])
def test_the_registered_legal_representative(registered, rep, differs):
    changes = {"entity.business_registration": {"retrieved_on": "2026-11-27", "legal_representative": registered}}
    if rep:
        changes["entity.legal_representative"] = rep
    fact = _one("principal_authority", "changed", **changes)
    assert (fact["differs"] if fact else None) is differs
    if fact:
        assert fact["registered"] == registered.strip() and fact["filed"] == "王海燕"


def _findings(registry=None, **changes):
    return sorted(f["finding"] for f in _facts("foreign_legal_rep_check", registry=registry, **changes))


def test_foreign_findings():
    assert _findings(**{"entity.legal_representative": TAN}) == ["no_letter"]
    assert _findings(**{"entity.legal_representative": TAN, "attachments": [LETTER_FOR_PRINCIPAL]}) == []
    # The legal representative himself as principal: not mainland; no letter needed from him to himself.
    himself = {"entity.legal_representative": TAN, "entity.principal.name": TAN["name"],
               "entity.principal.id_document": {"type": "passport", "number": TAN["id_number"]}}
    assert _findings(**himself) == ["principal_not_mainland"]
    # Whether the principal is the legal representative unknown: only what is known is found.
    unknown = {"entity.legal_representative": {**TAN, "name": None, "id_number": None},
               "entity.principal.nationality": "SG",
               "entity.principal.id_document": {"type": "passport", "number": "E7654321N"}}
    assert _findings(**unknown) == ["principal_not_mainland"]
    assert _findings(**{"entity.legal_representative": {**TAN, "nationality": "CN"}}) == []
    assert _findings(**{"entity.legal_representative": {"name": "TAN", "id_number": "E1234567N"}}) == []


def test_elsewhere_findings_count_approved_filings_of_other_entities_only():
    authorized = {"entity.legal_representative": TAN, "attachments": [LETTER_FOR_PRINCIPAL]}
    ours = base_document("JX")["entity"]["principal"]
    other = other_entity_document("JX")
    sharing = apply_changes(other, {"entity.principal.mobile": ours["mobile"],
                                    "websites[0].principal.email": ours["email"].upper(),
                                    "websites[0].principal.id_document.number":
                                        ours["id_document"]["number"].lower()})
    assert _findings([sharing], province="JX", **authorized) == [
        "email_elsewhere", "id_number_elsewhere", "mobile_elsewhere"]
    pending = apply_changes(sharing, {"order.status": "authority_review"})
    assert _findings([pending], province="JX", **authorized) == []
    mine = apply_changes(sharing, {"entity.certificate": base_document("JX")["entity"]["certificate"]})
    assert _findings([mine], province="JX", **authorized) == []
    # Nothing of the other entity is carried.
    for fact in _facts("foreign_legal_rep_check", registry=[sharing], province="JX", **authorized):
        assert set(fact) <= {"kind", "ref", "finding", "path", "other_path", "attachments_path"}
        assert fact["path"].startswith("entity.principal")


@pytest.mark.parametrize("engine_name", ENGINES)
def test_jiangxi_reasons_name_no_other_entity(engine_name):
    other = other_entity_document("JX")
    ours = base_document("JX")["entity"]["principal"]
    sharing = apply_changes(other, {"entity.principal.mobile": ours["mobile"]})
    document = apply_changes(base_document("JX"), {"entity.legal_representative": TAN,
                                                   "attachments": [LETTER_FOR_PRINCIPAL]})
    report = _check(document, engine_name, registry=[sharing])
    (reason,) = [r for r in report.reasons if r.code == "PRINCIPAL_FOREIGN_LEGAL_REP"]
    assert reason.paths == ("entity.principal.mobile",)
    shown = str(reason.to_dict())
    for secret in (other["entity"]["name"], other["entity"]["certificate"]["number"], other["entity"]["filing_number"],
                   other["entity"]["principal"]["name"]):
        assert secret not in shown

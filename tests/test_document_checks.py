"""Wave-1b document and keyword rows: the fact builder of ``facts/document_checks.py`` at its boundaries, the
province data the rows read, and what the reasons say (severity per clause, province, kind, paths)."""

import datetime

import pytest

import beianrules
from beianrules.convert import structure_filing
from beianrules.examples import apply_changes, base_document
from beianrules.facts import build_facts
from beianrules.facts.document_checks import NATIONAL_KEYWORDS, implied_by_keywords, occurs
from beianrules.industries import INDUSTRIES
from beianrules.provinces import PROVINCE_CODES, parameters
from beianrules.provinces._schema import PreApprovalKeyword
from beianrules.provinces.gd import COMMITMENT_LETTER
from beianrules.rulebook.document_checks import RULES

AS_OF = datetime.date(2026, 11, 28)
MY_CODES = {rule.code for rule in RULES}
GD = base_document("GD")
GD_PRINCIPAL = GD["entity"]["principal"]
INDIVIDUAL = {"entity.type": "individual", "entity.legal_representative": None, "entity.name": GD_PRINCIPAL["name"],
              "entity.certificate": {"type": "resident_id", "number": GD_PRINCIPAL["id_document"]["number"]}}


def facts_of(kind, province="GD", as_of=AS_OF, **changes):
    filing = structure_filing(apply_changes(base_document(province), changes))
    return [f for f in build_facts(filing, as_of=as_of) if f["kind"] == kind]


def reasons(code, province="GD", as_of=None, **changes):
    document = apply_changes(base_document(province), changes)
    if as_of is not None:
        document["as_of"] = as_of
    return [r for r in beianrules.check(document).reasons if r.code == code]


def letter(signed_on):
    return {"type": "service_commitment_letter", "file": "letter.jpg", "signed_on": signed_on}


def form(signed_on):
    return {"type": "authenticity_check_form", "file": "form.jpg", "signed_on": signed_on}


# --- no base document trips a row -------------------------------------------------------------

@pytest.mark.parametrize("province", PROVINCE_CODES)
def test_no_base_document_gives_a_reason_of_these_rows(province):
    report = beianrules.check(base_document(province))
    assert not MY_CODES & set(report.codes), report.to_text("en")


# --- province data ----------------------------------------------------------------------------

_KEYWORDS = {
    "SC": ({"新闻": "news", "广播电视": "radio_film_tv", "电影": "radio_film_tv", "游戏": "games",
            "药品": "drugs_medical_devices", "医疗器械": "drugs_medical_devices", "网约车": "ride_hailing",
            "动漫": "culture", "动画": "culture", "教育培训": "education", "金融": "finance"}, ("TC-SC",)),
    "SH": ({"展览服务": "culture", "文化艺术交流": "culture"}, ("RENWEN-SH-3P",)),
    "JS": ({"融资": "finance"}, ("TC-PRE",)),
}


@pytest.mark.parametrize("province", PROVINCE_CODES)
def test_province_parameters_of_these_rows(province):
    params = parameters(province)
    months = params.check_form_months
    if province == "GD":
        assert (months.value, months.sources, months.conflict) == (3, ("CHINACC-3P",), None)
    else:
        assert (months.value, months.sources) == (None, ())
    keywords = params.pre_approval_keywords
    expected, sources = _KEYWORDS.get(province, ({}, ()))
    assert {k.term: k.industry for k in keywords.value} == expected
    assert len(keywords.value) == len(expected)
    assert keywords.sources == sources
    assert all(k.not_followed_by == () for k in keywords.value)
    # Only Guangdong's commitment letter has a signature validity.
    validity = {d.code: d.valid_working_days for d in params.documents if d.valid_working_days is not None}
    assert validity == ({"GD_COMMITMENT_LETTER": 60} if province == "GD" else {})


def test_keyword_lists_name_known_industries():
    every = [*NATIONAL_KEYWORDS, *(k for code in PROVINCE_CODES for k in parameters(code).pre_approval_keywords.value)]
    assert {k.industry for k in every} <= set(INDUSTRIES)
    assert [k.term for k in NATIONAL_KEYWORDS] == [
        "交易所", "交易中心", "金融", "资产管理", "理财", "基金", "基金管理", "投资管理", "财富管理", "股权投资",
        "股权投资基金", "网贷", "网络借贷", "P2P", "众筹", "股权众筹", "互联网保险", "支付"]
    assert {k.industry for k in NATIONAL_KEYWORDS} == {"finance"}
    assert [k.term for k in NATIONAL_KEYWORDS if k.not_followed_by] == ["基金"]


def test_gd_letter_keeps_its_requirement():
    assert COMMITMENT_LETTER.valid_working_days == 60
    assert COMMITMENT_LETTER.since == datetime.date(2021, 6, 21) and COMMITMENT_LETTER.commercial is False


# --- signed_document_age (GD_COMMITMENT_LETTER_STALE) -------------------------------------------

@pytest.mark.parametrize("signed_on, working_days, stale", [
    ("2026-08-31", 60, False),  # exactly 60 working days: still valid
    ("2026-08-30", 61, True),   # a Sunday: Monday 2026-08-31 is the first of 61 working days
    ("2026-11-28", 0, False),   # signed on the check day
    ("2026-12-01", 0, False),   # signed after R: an empty range
])
def test_letter_age_boundaries(signed_on, working_days, stale):
    [fact] = facts_of("signed_document_age", **{"attachments[0].signed_on": signed_on})
    assert fact["path"] == "attachments[0].signed_on" and fact["requirement"] == "GD_COMMITMENT_LETTER"
    assert (fact["working_days"], fact["uncounted_days"], fact["limit"]) == (working_days, 0, 60)
    assert fact["stale"] is stale and fact["every_copy_stale"] is stale
    assert fact["applies"] is True and fact["individual"] is False and fact["bureau_day"] == "2026-11-28"


def test_letter_age_around_national_day_at_the_bureau():
    at_bureau = {"order.status": "authority_review", "order.submitted_to_authority_on": "2026-10-01"}
    [fact] = facts_of("signed_document_age", **at_bureau, **{"attachments[0].signed_on": "2026-07-08"})
    assert (fact["bureau_day"], fact["working_days"], fact["stale"]) == ("2026-10-01", 60, False)
    [fact] = facts_of("signed_document_age", **at_bureau, **{"attachments[0].signed_on": "2026-07-07"})
    assert (fact["working_days"], fact["stale"]) == (61, True)
    # The day at the bureau not given: R unknown, nothing built.
    assert facts_of("signed_document_age", **{**at_bureau, "order.submitted_to_authority_on": None}) == []


def test_letter_age_beyond_the_calendar_counts_known_days_only():
    [fact] = facts_of("signed_document_age", as_of=datetime.date(2027, 3, 1))
    assert (fact["working_days"], fact["uncounted_days"], fact["stale"]) == (29, 60, False)
    [fact] = facts_of("signed_document_age", as_of=datetime.date(2027, 1, 20),
                      **{"attachments[0].signed_on": "2026-09-01"})
    assert (fact["working_days"], fact["uncounted_days"], fact["stale"]) == (83, 20, True)


def test_every_copy_must_be_stale():
    both = facts_of("signed_document_age", attachments=[letter("2026-08-30"), letter("2026-05-06")])
    assert [(f["path"], f["stale"], f["every_copy_stale"]) for f in both] == [
        ("attachments[0].signed_on", True, True), ("attachments[1].signed_on", True, True)]
    fresh = facts_of("signed_document_age", attachments=[letter("2026-08-30"), letter("2026-11-20")])
    assert {f["every_copy_stale"] for f in fresh} == {False}
    undated = facts_of("signed_document_age", attachments=[letter("2026-08-30"), letter(None)])
    assert [f["path"] for f in undated] == ["attachments[0].signed_on"]
    assert "every_copy_stale" not in undated[0]  # unknown: a copy without a date may be the valid one


def test_letter_age_follows_the_requirement_scope_and_start_date():
    assert facts_of("signed_document_age", **{"order.commercial": True}) == []
    assert facts_of("signed_document_age", **{"order.commercial": None}) == []
    assert facts_of("signed_document_age", province="ZJ", attachments=[letter("2026-01-05")]) == []
    early = {"order.status": "authority_review", "order.submitted_to_authority_on": "2021-06-18",
             "attachments[0].signed_on": "2021-03-01"}
    [fact] = facts_of("signed_document_age", as_of=datetime.date(2021, 9, 30), **early)
    assert fact["applies"] is False and fact["stale"] is True
    [fact] = facts_of("signed_document_age", as_of=datetime.date(2021, 9, 30),
                      **{**early, "order.submitted_to_authority_on": "2021-06-21"})
    assert fact["applies"] is True
    [fact] = facts_of("signed_document_age", **INDIVIDUAL)
    assert fact["individual"] is True


def test_letter_severity_by_filer():
    [unit] = reasons("GD_COMMITMENT_LETTER_STALE", **{"attachments[0].signed_on": "2026-08-30"})
    assert (unit.severity, unit.kind, unit.province, unit.paths) == (
        "warning", "rejection", "GD", ("attachments[0].signed_on",))
    assert unit.evidence["working_days"] == 61 and unit.evidence["limit"] == 60
    [person] = reasons("GD_COMMITMENT_LETTER_STALE", **INDIVIDUAL, **{"attachments[0].signed_on": "2026-08-30"})
    assert person.severity == "error"
    report = beianrules.check(apply_changes(GD, {"attachments[0].signed_on": "2026-08-30"}))
    assert report.ok  # a warning never makes ok false


# --- check_form_age (VERIFICATION_FORM_AGE) ------------------------------------------------------

@pytest.mark.parametrize("signed_on, as_of, valid_through, stale", [
    ("2026-08-28", AS_OF, "2026-11-28", False),                   # exactly three months
    ("2026-08-27", AS_OF, "2026-11-27", True),
    ("2026-08-31", datetime.date(2026, 11, 30), "2026-11-30", False),  # month end
    ("2026-08-31", datetime.date(2026, 12, 1), "2026-11-30", True),
    ("2026-11-30", datetime.date(2027, 2, 28), "2027-02-28", False),   # clamped to February
    ("2026-11-30", datetime.date(2027, 3, 1), "2027-02-28", True),
])
def test_check_form_age_boundaries(signed_on, as_of, valid_through, stale):
    [fact] = facts_of("check_form_age", as_of=as_of, attachments=[letter("2026-11-20"), form(signed_on)])
    assert fact["path"] == "attachments[1].signed_on" and fact["months"] == 3
    assert (fact["valid_through"], fact["stale"], fact["every_copy_stale"]) == (valid_through, stale, stale)
    assert fact["bureau_day"] == as_of.isoformat()


def test_check_form_age_needs_every_copy_dated_and_old():
    assert facts_of("check_form_age", attachments=[form(None)]) == []
    [old] = facts_of("check_form_age", attachments=[form("2026-08-27"), form(None)])
    assert old["stale"] is True and "every_copy_stale" not in old
    fresh = facts_of("check_form_age", attachments=[form("2026-08-27"), form("2026-11-20")])
    assert {f["every_copy_stale"] for f in fresh} == {False}


def test_check_form_age_only_where_the_bureau_sets_it():
    assert facts_of("check_form_age", province="ZJ", attachments=[form("2026-01-05")]) == []
    at_bureau = {"order.status": "authority_review", "order.submitted_to_authority_on": None}
    assert facts_of("check_form_age", attachments=[form("2026-01-05")], **at_bureau) == []
    [reason] = reasons("VERIFICATION_FORM_AGE", attachments=[letter("2026-11-20"), form("2026-08-27")])
    assert (reason.severity, reason.kind, reason.province, reason.paths) == (
        "warning", "rejection", "GD", ("attachments[1].signed_on",))


# --- name_keyword (PREAPPROVAL_KEYWORD_SCREEN) -------------------------------------------------

def _kw(term, *excluded):
    return PreApprovalKeyword(term, "finance", not_followed_by=excluded)


@pytest.mark.parametrize("name, keyword, found", [
    ("示例金融", _kw("金融"), True),
    ("示例金 融", _kw("金融"), True),           # white space removed
    ("示例ｐ２ｐ", _kw("P2P"), True),           # NFKC and case-folded
    ("示例基金会", _kw("基金", "会"), False),    # a foundation
    ("示例基 金会", _kw("基金", "会"), False),   # white space removed before the exclusion
    ("示例基金", _kw("基金", "会"), True),       # at the end: followed by nothing
    ("示例基金会基金", _kw("基金", "会"), True),  # a second occurrence counts
    ("示例基金管理", _kw("基金", "会"), True),
    ("示例", _kw("金融"), False),
])
def test_occurs(name, keyword, found):
    assert occurs(name, keyword) is found


def test_one_entry_per_industry_with_its_keywords():
    found = implied_by_keywords("示例股权投资基金管理", NATIONAL_KEYWORDS)
    assert list(found) == ["finance"]
    assert [k.term for k in found["finance"]] == ["基金", "基金管理", "股权投资", "股权投资基金"]


def test_name_keyword_facts():
    [fact] = facts_of("name_keyword", province="ZJ", **{"entity.name": "杭州示例金融理财有限公司"})
    assert (fact["path"], fact["industry"], fact["keywords"]) == ("entity.name", "finance", "金融、理财")
    assert fact["content_order"] is True and fact["declared"] is False and fact["approved"] is False
    assert "province" not in fact  # the national list alone
    [sc] = facts_of("name_keyword", province="SC", **{"websites[0].name": "成都示例金融官网"})
    assert (sc["path"], sc["keywords"], sc["province"]) == ("websites[0].name", "金融", "SC")
    declared = facts_of("name_keyword", province="ZJ", **{"entity.name": "杭州示例金融有限公司",
                                                          "websites[0].name": "示例金融官网",
                                                          "websites[0].content_categories": ["finance"]})
    assert {(f["path"], f["declared"]) for f in declared} == {("entity.name", True), ("websites[0].name", True)}
    access = facts_of("name_keyword", province="ZJ", **{"order.type": "new_access", "entity.name": "示例金融"})
    assert access[0]["content_order"] is False
    assert facts_of("name_keyword", province="ZJ") == []


SCOPE = "entity.business_registration.business_scope"


def test_business_scope_keyword_facts():
    scope = {"entity.business_registration": {"retrieved_on": "2026-11-27", "business_scope": "资产管理；软件开发"}}
    [fact] = facts_of("name_keyword", province="ZJ", **scope)
    assert (fact["path"], fact["field"], fact["entity_level"], fact["keywords"]) == (SCOPE, "business_scope", True,
                                                                                      "资产管理")
    assert fact["committed"] is False and fact["finance_letter"] is False
    # The scope is the entity's: any service's declared content covers it.
    covered = facts_of("name_keyword", province="ZJ", **scope,
                       apps=[{"name": "示例", "content_categories": ["finance"]}])
    assert covered[0]["declared"] is True
    assert facts_of("name_keyword", province="ZJ", **{"entity.business_registration": {
        "retrieved_on": "2026-11-27"}}) == []
    [site] = facts_of("name_keyword", province="ZJ", **{"websites[0].name": "示例理财官网"})
    assert (site["field"], site["entity_level"]) == ("name", False)


@pytest.mark.parametrize("attachment, committed, finance_letter", [
    ("no_pre_approval_commitment", True, False), ("finance_commitment_letter", True, True), ("other", False, False),
])
def test_commitments(attachment, committed, finance_letter):
    found = facts_of("name_keyword", province="SC", **{"websites[0].name": "成都示例金融游戏官网",
                                                       "attachments": [{"type": attachment, "file": "c.pdf",
                                                                        "for": "websites[0]"}]})
    by_industry = {f["industry"]: f for f in found}
    assert by_industry["finance"]["committed"] is committed
    assert by_industry["finance"]["finance_letter"] is finance_letter
    # The finance letter says nothing of games; the general commitment covers every industry.
    assert by_industry["games"]["committed"] is (attachment == "no_pre_approval_commitment")


def test_the_1_0_keyword_message_is_unchanged():
    [reason] = reasons("PREAPPROVAL_KEYWORD_SCREEN", province="ZJ", **{"entity.name": "杭州示例金融有限公司"})
    assert reason.message["zh"].startswith("名称「杭州示例金融有限公司」含有“金融”")
    assert reason.message["en"].startswith("The name “杭州示例金融有限公司” contains “金融”")


def test_forum_content_declares_bulletin_board_only():
    # implied_industries: a forum declares bulletin_board, not finance.
    facts = facts_of("name_keyword", province="ZJ", **{"websites[0].name": "示例理财论坛",
                                                       "websites[0].content_categories": ["forum"]})
    assert [(f["industry"], f["declared"]) for f in facts] == [("finance", False)]


def test_keyword_reason():
    [reason] = reasons("PREAPPROVAL_KEYWORD_SCREEN", province="SC", **{"websites[0].name": "成都示例游戏官网"})
    assert (reason.severity, reason.kind, reason.province, reason.paths) == (
        "warning", "rejection", None, ("websites[0].name",))
    assert reason.evidence["industry"] == "games" and reason.evidence["province"] == "SC"

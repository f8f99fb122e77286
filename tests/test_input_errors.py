"""Input errors a portal can use: coded, located, bilingual, short, in natural order (issue 12, point 1)."""

import json
import pickle

import pytest

import beianrules
from beianrules.convert import structure_filing
from beianrules.errors import InputError, InputIssue
from beianrules.examples import apply_changes, base_document
from beianrules.paths import dotted, location, sort_key
from beianrules.problems import PROBLEMS, issue
from beianrules.registry import Registry


def _issues(document):
    with pytest.raises(InputError) as raised:
        structure_filing(document)
    return raised.value.issues


def _changed(changes):
    return apply_changes(base_document("ZJ"), changes)


# One document per problem the converter and the cross-field checks can find.
BAD = {
    "unknown_key": _changed({"order.typo": 1}),
    "missing": _changed({"order.type": None}),
    "wrong_type": _changed({"entity.name": 5}),
    "not_a_string_phone": _changed({"entity.principal.mobile": 13812345678}),
    "bad_token": _changed({"order.type": "new"}),
    "bad_date": _changed({"as_of": "28/11/2026"}),
    "not_a_calendar_date": _changed({"as_of": "2026-02-30"}),
    "bad_province": _changed({"order.province": "ZZ"}),
    "bad_country": _changed({"entity.principal.nationality": "XX"}),
    "bad_path": _changed({"attachments": [{"type": "other", "for": "websites"}]}),
    "bad_division": _changed({"entity.region": {"province": "3200"}}),
    "division_not_text": _changed({"entity.region": {"province": 320000}}),
    "bad_format_version": _changed({"format_version": "2.0"}),
    "format_version_not_text": _changed({"format_version": 1.1}),
    "target_not_in_document": _changed({"attachments": [{"type": "other", "for": "websites[7]"}]}),
    "after_as_of": _changed({"entity.business_registration": {"retrieved_on": "2027-01-01"}}),
    "region_not_filing_province": _changed({"entity.region": {"province": "330000"}, "order.province": "JS"}),
}


@pytest.mark.parametrize("code", sorted(BAD))
def test_each_problem_has_its_code_and_both_languages(code):
    found = _issues(BAD[code])
    assert code in {i.code for i in found}
    for one in found:
        assert one.code in PROBLEMS
        assert one.problem and one.problem_zh and one.problem_zh != one.problem
        assert one.location == location(one.path)


def test_every_declared_problem_reads_the_same_parameters_in_both_languages():
    for problem in PROBLEMS.values():
        assert problem.zh and problem.en and problem.meaning


def test_the_location_is_a_tuple_beside_the_dotted_path():
    assert location("websites[10].domains[0]") == ("websites", 10, "domains", 0)
    assert dotted(("websites", 10, "domains", 0)) == "websites[10].domains[0]"
    assert location("") == ()


def test_issues_come_in_natural_order():
    document = base_document("ZJ")
    site = document["websites"][0]
    document["websites"] = [dict(site, name=f"网站{n}") for n in range(12)]
    document["websites"][2]["name"] = 2
    document["websites"][10]["name"] = 10
    paths = [i.path for i in _issues(document)]
    assert paths == ["websites[2].name", "websites[10].name"]
    assert sorted(["websites[10]", "websites[2]", "websites[2].name"], key=sort_key) == [
        "websites[2]", "websites[2].name", "websites[10]"]


def test_a_huge_value_is_cut_to_an_excerpt():
    found = _issues(_changed({"order.type": "x" * 10_000_000}))
    (one,) = found
    assert len(one.problem) < 400 and len(one.problem_zh) < 400
    assert one.value is not None and len(one.value) < 100


def test_to_dict_and_to_json_give_what_a_portal_shows():
    with pytest.raises(InputError) as raised:
        structure_filing(BAD["bad_token"])
    data = raised.value.to_dict()
    assert data["error"] == "input"
    (one,) = data["issues"]
    assert one["path"] == "order.type" and one["location"] == ["order", "type"] and one["code"] == "bad_token"
    assert set(one["message"]) == {"zh", "en"} and one["value"] == '"new"'
    assert json.loads(raised.value.to_json()) == data


def test_an_input_error_pickles_with_all_its_issues():
    with pytest.raises(InputError) as raised:
        structure_filing(_changed({"order.type": "new", "entity.name": 5, "order.typo": 1}))
    again = pickle.loads(pickle.dumps(raised.value))
    assert again.issues == raised.value.issues and len(again.issues) == 3
    assert str(again) == str(raised.value)


def test_the_document_of_several_is_a_field_not_part_of_the_path():
    good, bad = base_document("ZJ"), _changed({"order.province": "ZZ"})
    with pytest.raises(InputError) as raised:
        list(beianrules.audit([good, bad], strict=True))
    (one,) = raised.value.issues
    assert (one.item, one.path, one.source) == (1, "order.province", "document")
    with pytest.raises(InputError) as raised:
        Registry.from_documents([good, bad])
    (one,) = raised.value.issues
    assert (one.item, one.path, one.source) == (1, "order.province", "registry")
    assert one.to_dict()["item"] == 1 and one.to_dict()["source"] == "registry"


def test_messages_in_either_language():
    err = InputError([issue("order.type", "missing"), InputIssue("x", "legacy text")])
    assert err.messages("zh") == ["order.type: 必填项缺失", "x: legacy text"]
    assert err.messages("en") == ["order.type: required but missing", "x: legacy text"]


def test_reasons_come_in_natural_path_order(engine):
    document = base_document("ZJ")
    site = document["websites"][0]
    document["websites"] = [dict(site, name=f"杭州示例科技网站{n}", domains=[f"site{n}.example.cn"])
                            for n in range(12)]
    for n in (2, 10):
        document["websites"][n]["content_categories"] = ["weather"]
    report = beianrules.check(document, engine=engine)
    unknown = [r.paths[0] for r in report.reasons if r.code == "CONTENT_CATEGORY_UNKNOWN"]
    assert unknown == ["websites[2].content_categories[0]", "websites[10].content_categories[0]"]

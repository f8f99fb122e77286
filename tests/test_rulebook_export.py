"""``beianrules rules --format json`` / ``beianrules.rulebook_json()``: the whole rulebook, against its own schema."""

import datetime as dt
import json
import subprocess
import sys

import attrs
import jsonschema
import pytest

import beianrules
from beianrules.declaration import Effective
from beianrules.errors import InputError, UnknownProvinceError
from beianrules.examples import example_documents
from beianrules.provinces import PROVINCE_CODES
from beianrules.provinces._schema import parameter_fields
from beianrules.rulebook import registry
from beianrules.rulebook_export import FORMAT_VERSION, changes_between, rule_entry, suggest_codes
from beianrules.sources import cite
from beianrules.vocabulary import VOCABULARIES


@pytest.fixture(scope="module")
def document():
    return beianrules.rulebook_json()


def test_the_export_validates_against_its_own_schema(document):
    schema = beianrules.rulebook_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker()).validate(document)
    assert document["format_version"] == FORMAT_VERSION and document["beianrules_version"] == beianrules.__version__


def test_the_schema_refuses_a_rule_that_lacks_a_part(document):
    validator = jsonschema.Draft202012Validator(beianrules.rulebook_schema())
    broken = json.loads(json.dumps(document))
    del broken["rules"][0]["remedy"]
    broken["rules"][1]["surprise"] = True
    messages = [error.message for error in validator.iter_errors(broken)]
    assert any("'remedy' is a required property" in m for m in messages)
    assert any("'surprise' was unexpected" in m for m in messages)


def test_every_rule_is_in_the_export_once(document):
    assert [rule["code"] for rule in document["rules"]] == list(registry())


def test_the_export_is_plain_json_and_deterministic(document):
    text = json.dumps(document, ensure_ascii=False, sort_keys=True)
    assert json.loads(text) == document
    assert json.dumps(beianrules.rulebook_json(), ensure_ascii=False, sort_keys=True) == text


@pytest.mark.parametrize("code", list(registry()))
def test_each_entry_says_what_its_declaration_says(code, document):
    rule = registry()[code]
    entry = next(e for e in document["rules"] if e["code"] == code)
    assert entry["kind"] == rule.kind and entry["severity"] == rule.severity
    assert entry["province"] == rule.province and entry["reads"] == list(rule.reads)
    assert entry["modes"] == sorted(rule.modes)
    assert entry["effective"] == {"since": rule.effective.since and rule.effective.since.isoformat(),
                                  "until": rule.effective.until and rule.effective.until.isoformat()}
    assert len(entry["conditions"]) == len(rule.conditions)
    for n, condition in enumerate(entry["conditions"]):
        assert condition["kind"] == rule.kind_for(False, n) and condition["severity"] == rule.severity_of(n)
    assert set(entry["kinds"]) == {c["kind"] for c in entry["conditions"]}
    assert set(entry["severities"]) == {c["severity"] for c in entry["conditions"]}
    assert entry["message"]["zh"] == rule.message.zh and entry["remedy"]["en"] == rule.remedy.en
    for text in (entry["message"], entry["remedy"]):
        for placeholder in text["placeholders"]:
            assert placeholder["name"] in entry["evidence"]
            assert placeholder["vocabulary"] is None or placeholder["vocabulary"] in document["vocabularies"]
    assert entry["doc"]["what"]["en"] == str(getattr(rule.doc.what, "en", rule.doc.what))
    assert [s["key"] for s in entry["sources"]] == list(rule.doc.sources)
    assert all(s["title"] == cite(s["key"]).source.title for s in entry["sources"])
    assert len(entry["examples"]) == len(rule.examples)
    for exported, example in zip(entry["examples"], rule.examples, strict=True):
        assert exported["fires"] == example.fires and exported["count"] == example.expected_count
    assert entry == rule_entry(rule)


def test_an_example_rebuilds_from_the_export_alone(document):
    """A front-end applies an example's changes to the exported base document and gets the library's document."""
    from beianrules.examples import apply_changes
    bases = document["example_documents"]["base"]
    for entry in document["rules"]:
        rule = registry()[entry["code"]]
        for exported, example in zip(entry["examples"], rule.examples, strict=True):
            rebuilt = apply_changes(bases[exported["province"]], exported["changes"])
            if exported["as_of"]:
                rebuilt["as_of"] = exported["as_of"]
            assert rebuilt == example_documents(rule, example)[0], (rule.code, example.title)


def test_the_province_parameters_of_all_31_with_their_sources(document):
    assert list(document["provinces"]) == list(PROVINCE_CODES)
    names = [p["name"] for p in document["parameters"]]
    assert names == [f.name for f in parameter_fields()]
    js = document["provinces"]["JS"]
    assert js["parameters"]["legal_rep"]["value"] == "letter"
    assert [s["key"] for s in js["parameters"]["legal_rep"]["sources"]] == ["AL-JS", "HW-KB", "TC-SUBJ"]
    assert js["parameters"]["legal_rep"]["sources"][0]["address"].startswith("https://alibabacloud.com/")
    assert js["documents"][0]["code"] == "JS_AUTHENTICITY_LETTERS"
    legal_rep = next(p for p in document["parameters"] if p["name"] == "legal_rep")
    assert "PRINCIPAL_NOT_LEGAL_REP" in legal_rep["read_by"]


def test_the_vocabularies_with_their_labels(document):
    assert set(document["vocabularies"]) == set(VOCABULARIES)
    statuses = {t["token"]: t for t in document["vocabularies"]["order_status"]["terms"]}
    assert statuses["authority_review"]["zh"] == "管局审核中"
    computed = {t["token"]: t for t in document["vocabularies"]["filing_number_problem"]["terms"]}["malformed"]
    assert computed["computed"] and computed["zh"] is None
    assert document["vocabularies"]["size"]["type"] == "format"


def test_the_sources_table_is_in_the_export(document):
    assert document["sources"]["HW-KB"]["repository"] == "huaweicloud/huaweicloud-skills"
    cited = {s["source"] for rule in document["rules"] for s in rule["sources"]}
    assert cited <= set(document["sources"])


def test_a_province_selection_keeps_its_rules_and_parameters():
    exported = beianrules.rulebook_json(province="苏")
    assert exported["selection"]["province"] == "JS" and list(exported["provinces"]) == ["JS"]
    assert {r["province"] for r in exported["rules"]} == {None, "JS"}
    with pytest.raises(UnknownProvinceError):
        beianrules.rulebook_json(province="XX")


def test_as_of_lists_the_rules_in_force_that_day():
    started = {code: rule.effective.since for code, rule in registry().items() if rule.effective.since}
    assert started, "no rule has a start date any more: this test needs one"
    code, since = max(started.items(), key=lambda item: item[1])
    day_before = since - dt.timedelta(days=1)
    for as_of in (day_before, day_before.isoformat(), dt.datetime.combine(day_before, dt.time(12))):
        assert code not in {r["code"] for r in beianrules.rulebook_json(as_of=as_of)["rules"]}
    assert code in {r["code"] for r in beianrules.rulebook_json(as_of=since)["rules"]}
    with pytest.raises(InputError) as caught:
        beianrules.rulebook_json(as_of="28/11/2026")
    assert caught.value.issues[0].code == "bad_date"
    with pytest.raises(TypeError, match="ISO date text"):
        beianrules.rulebook_json(as_of=20261128)


def test_changed_between_lists_what_started_or_ended():
    rule = next(r for r in registry().values() if r.effective.since)
    since = rule.effective.since
    first, last = since - dt.timedelta(days=1), since
    exported = beianrules.rulebook_json(changed_between=(first, last))
    changes = exported["changes"]
    assert changes and all(c["on"] == since.isoformat() and c["change"] == "started" for c in changes)
    assert [r["code"] for r in exported["rules"]] == sorted(c["code"] for c in changes)
    # The start day itself is not "between" it and a later day; a window given backwards is refused.
    assert since.isoformat() not in {c["on"] for c in beianrules.rulebook_json(changed_between=(since, since))
                                     ["changes"]}
    with pytest.raises(InputError) as caught:
        beianrules.rulebook_json(changed_between=(last, first))
    assert caught.value.issues[0].code == "bad_date_range"
    assert rule.code in {c["code"] for c in changes}


def test_a_rule_that_ends_is_listed_on_its_last_day_plus_one():
    rule = registry()["ID_EXPIRED"]
    ending = attrs.evolve(rule, effective=Effective(dt.date(2020, 1, 1), dt.date(2027, 1, 1)))
    assert changes_between([ending], dt.date(2019, 6, 1), dt.date(2027, 1, 1)) == [
        (ending, "started", dt.date(2020, 1, 1)), (ending, "ended", dt.date(2027, 1, 1))]
    assert changes_between([ending], dt.date(2027, 1, 1), dt.date(2030, 1, 1)) == []


def test_suggestions_for_near_miss_codes():
    assert suggest_codes("id_expird")[0] == "ID_EXPIRED"
    assert suggest_codes("id-expired")[0] == "ID_EXPIRED"
    assert all(code.startswith("ID_") for code in suggest_codes("ID_"))
    assert suggest_codes("XYZZY_PLUGH") == []


def _run(*args):
    return subprocess.run([sys.executable, "-m", "beianrules", *args], capture_output=True, text=True,
                          encoding="utf-8", timeout=120)


def test_cli_rules_json_is_the_export():
    result = _run("rules", "--format", "json", "--province", "js", "--as-of", "2026-11-28")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == beianrules.rulebook_json(province="JS", as_of="2026-11-28")


def test_cli_rules_changed_between_and_bad_days():
    since = next(r.effective.since for r in registry().values() if r.effective.since)
    result = _run("rules", "--changed-between", (since - dt.timedelta(days=1)).isoformat(), since.isoformat())
    assert result.returncode == 0 and f"{since.isoformat()}  started" in result.stdout
    backwards = _run("rules", "--changed-between", "2025-01-02", "2025-01-01")
    assert backwards.returncode == 2 and "--changed-between" in backwards.stderr
    assert "Traceback" not in backwards.stderr
    assert _run("rules", "--as-of", "01/02/2026").returncode == 2
    assert _run("rules", "--province", "XX").returncode == 2


def test_cli_explain_json_all_and_did_you_mean():
    entry = json.loads(_run("explain", "id_expired", "--format", "json").stdout)
    assert entry == rule_entry(registry()["ID_EXPIRED"])
    every = json.loads(_run("explain", "--all", "--format", "json").stdout)
    assert [e["code"] for e in every] == list(registry())
    text = _run("explain", "--all").stdout
    assert all(f"## `{code}`" in text for code in registry())
    near = _run("explain", "ID_EXPIRD")
    assert near.returncode == 2 and "did you mean ID_EXPIRED?" in near.stderr
    assert _run("explain").returncode == 2 and _run("explain", "ID_EXPIRED", "--all").returncode == 2

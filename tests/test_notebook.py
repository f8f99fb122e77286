"""Notebook views and flat rows (issue 12, point 8): short reprs, HTML tables, to_records and to_dataframe."""

from __future__ import annotations

import html
import re
import sys

import pytest

import beianrules
from beianrules.examples import base_document
from beianrules.report import Reason, Report
from beianrules.vocabulary import label

EXPIRED_ID = "entity.principal.id_document.valid_until"


def _expired(province: str = "ZJ") -> dict:
    document = base_document(province)
    document["entity"]["principal"]["id_document"]["valid_until"] = "2025-01-31"
    return document


@pytest.fixture(scope="module")
def rejected() -> Report:
    return beianrules.check(_expired())


@pytest.fixture(scope="module")
def clean() -> Report:
    return beianrules.check(base_document("JS"))


def _reason(**changes) -> Reason:
    fields = {"code": "SOME_RULE", "kind": "rejection", "severity": "error", "paths": ("order.type",),
              "message": {"zh": "中文说明", "en": "the message"}, "remedy": {"zh": "中文办法", "en": "the remedy"},
              "province": None, "evidence": {"seen": "x"}}
    return Reason(**{**fields, **changes})


def _cells(markup: str) -> list[list[str]]:
    """The body rows of the table in ``markup``, each cell's text with tags removed."""
    body = markup.split("<tbody>", 1)[1]
    return [[" ".join(html.unescape(re.sub(r"<[^>]+>", " ", cell)).split())
             for cell in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)]
            for row in re.findall(r"<tr>(.*?)</tr>", body, re.S)]


# -- reprs --------------------------------------------------------------------------------------

def test_a_report_repr_is_one_line_with_its_counts(rejected, clean):
    assert repr(rejected) == "<Report EX-ZJ-1 ZJ 2026-11-28: 1 error>"
    assert repr(clean) == "<Report EX-JS-1 JS 2026-11-28: 0 errors>"
    mixed = Report("ORD-1", "ZJ", "2026-11-28", (_reason(), _reason(code="B"), _reason(severity="warning")))
    assert repr(mixed) == "<Report ORD-1 ZJ 2026-11-28: 2 errors, 1 warning>"
    assert repr(Report(None, "ZJ", "2026-11-28", ())) == "<Report ZJ 2026-11-28: 0 errors>"


def test_a_reason_repr_names_code_severity_and_paths(rejected):
    assert repr(rejected.reasons[0]) == f"<Reason ID_EXPIRED error at {EXPIRED_ID}>"
    many = _reason(paths=tuple(f"websites[{i}].name" for i in range(5)), severity="warning")
    assert repr(many) == ("<Reason SOME_RULE warning at websites[0].name, websites[1].name, websites[2].name, "
                          "+2 more>")
    assert repr(_reason(paths=())) == "<Reason SOME_RULE error at (document)>"


def test_a_rule_repr_is_short_and_shows_every_severity_of_its_conditions():
    rules = {rule.code: rule for rule in beianrules.rules(province="JS")}
    assert repr(rules["ID_EXPIRED"]) == "<Rule ID_EXPIRED rejection error national>"
    assert repr(rules["JS_AUTHENTICITY_LETTERS"]) == "<Rule JS_AUTHENTICITY_LETTERS rejection error/warning JS>"
    assert all(len(repr(rule)) < 100 for rule in rules.values())


def test_a_registry_repr_counts_its_documents_by_status():
    documents = [base_document("ZJ"), base_document("JS"), base_document("SC")]
    documents[1]["order"]["status"] = "approved"
    documents[2]["order"]["status"] = "approved"
    registry = beianrules.Registry.from_documents(documents)
    assert repr(registry) == "<Registry 3 filings: 1 draft, 2 approved>"
    assert registry.counts() == {"status": {"draft": 1, "approved": 2}, "province": {"JS": 1, "ZJ": 1, "SC": 1}}
    assert repr(beianrules.Registry()) == "<Registry 0 filings>"


def _input_error(document) -> beianrules.InputError:
    with pytest.raises(beianrules.InputError) as caught:
        beianrules.check(document)
    return caught.value


def test_an_input_error_repr_names_its_first_issues():
    error = _input_error({"order": {"type": "new_filing", "province": "ZJ", "status": "draft"}})
    assert repr(error) == "<InputError 1 issue: entity missing>"
    document = base_document("ZJ")
    document["order"].update(type="nonsense", status="nonsense", operation="nonsense")
    document["unexpected"] = 1
    many = _input_error(document)
    assert len(many.issues) == 4
    assert repr(many).startswith("<InputError 4 issues: ") and repr(many).endswith(", +1 more>")


# -- HTML ---------------------------------------------------------------------------------------

def test_a_report_shows_remedies_and_evidence_in_both_languages(rejected):
    markup = rejected._repr_html_()
    assert "EX-ZJ-1 · ZJ · as of 2026-11-28: not acceptable, 1 error" in markup
    assert "EX-ZJ-1 · ZJ · 检查日 2026-11-28：不可接受，1 个错误" in markup
    [row] = _cells(markup)
    reason = rejected.reasons[0]
    severity, code, kind, paths, message, remedy, evidence = row
    assert (severity, code, kind, paths) == ("错误 error", "ID_EXPIRED", "驳回 rejection", EXPIRED_ID)
    assert message == f"{reason.message['zh']} {reason.message['en']}"
    assert remedy == f"{reason.remedy['zh']} {reason.remedy['en']}"
    assert evidence == 'as_of : "2026-11-28" valid_until : "2025-01-31"'


def test_a_report_in_one_language_shows_only_that_one(rejected):
    reason = rejected.reasons[0]
    chinese = rejected.to_html("zh")
    assert reason.remedy["zh"] in chinese and reason.remedy["en"] not in chinese and "整改方法" in chinese
    english = rejected.to_html("en")
    assert html.escape(reason.remedy["en"]) in english and reason.remedy["zh"] not in english
    with pytest.raises(ValueError, match="lang must be one of zh, en"):
        rejected.to_html("fr")


def test_a_clean_report_shows_its_verdict_and_no_rows(clean):
    markup = clean._repr_html_()
    assert "acceptable, 0 errors" in markup and "可接受，0 个错误" in markup
    assert _cells(markup) == []


def test_document_text_cannot_inject_markup():
    hostile = _reason(code="X", paths=("websites[0].name",), message={"zh": "<script>x</script>", "en": "a & b"},
                      evidence={"name": "<img src=x>"})
    markup = Report("<b>", "ZJ", "2026-11-28", (hostile,))._repr_html_()
    assert "<script>" not in markup and "<img" not in markup and "<b>" not in markup
    assert "&lt;script&gt;" in markup and "a &amp; b" in markup


def test_a_reason_shows_as_a_one_row_table(rejected):
    reason = rejected.reasons[0]
    rows = _cells(reason._repr_html_())
    assert len(rows) == 1 and rows[0][1] == "ID_EXPIRED"
    province_rule = _reason(province="JS")
    assert _cells(province_rule.to_html("en"))[0][1] == "SOME_RULE (JS)"


def test_a_registry_shows_its_size_and_counts():
    documents = [base_document("ZJ"), base_document("JS")]
    documents[0]["order"]["status"] = "approved"
    markup = beianrules.Registry.from_documents(documents)._repr_html_()
    assert "Registry: 2 filings" in markup and "登记库：2 份文档" in markup
    draft, approved = (label("order_status", token, "zh") for token in ("draft", "approved"))
    assert _cells(markup) == [["status", "draft", f"{draft} draft", "1"],
                              ["status", "approved", f"{approved} approved", "1"],
                              ["province", "JS", "江苏省 Jiangsu", "1"], ["province", "ZJ", "浙江省 Zhejiang", "1"]]


def test_an_input_error_shows_as_a_table_of_its_issues():
    document = base_document("ZJ")
    document["order"]["type"] = "nonsense"
    document["unexpected"] = "<x>"
    error = _input_error(document)
    rows = _cells(error._repr_html_())
    assert len(rows) == len(error.issues) == 2
    by_path = {row[1]: row for row in rows}
    assert by_path["order.type"][2] == "bad_token"
    issue = next(i for i in error.issues if i.path == "order.type")
    assert by_path["order.type"][3:5] == [issue.message("zh"), issue.problem]
    assert "<x>" not in error._repr_html_()


def test_an_issue_of_an_audited_document_names_it():
    bad = base_document("JS")
    bad["order"]["type"] = "nonsense"
    with pytest.raises(beianrules.InputError) as caught:
        list(beianrules.audit([base_document("ZJ"), bad], strict=True))
    [row] = _cells(caught.value._repr_html_())
    assert row[0] == "第 1 份 [1]" and row[1] == "order.type"


# -- rows ---------------------------------------------------------------------------------------

def test_records_have_one_row_per_reason_and_one_for_a_clean_report(rejected, clean):
    rows = beianrules.to_records([rejected, clean], lang="en")
    assert [(r["item"], r["order_id"], r["code"], r["paths"]) for r in rows] == [
        (0, "EX-ZJ-1", "ID_EXPIRED", EXPIRED_ID), (1, "EX-JS-1", None, None)]
    assert all(tuple(row) == beianrules.records.columns("en") for row in rows)
    first = rows[0]
    assert first["ok"] is False and first["severity"] == "error" and first["kind"] == "rejection"
    assert first["message"] == rejected.reasons[0].message["en"] and first["rule_province"] is None
    assert first["evidence"] == '{"as_of": "2026-11-28", "valid_until": "2025-01-31"}'
    assert rows[1]["ok"] is True and rows[1]["message"] is None


def test_records_in_chinese_or_both_languages(rejected):
    [chinese] = beianrules.to_records(rejected, lang="zh")  # a single report is accepted as it is
    assert chinese["remedy"] == rejected.reasons[0].remedy["zh"]
    [both] = beianrules.to_records([rejected], lang=None)
    assert tuple(both) == beianrules.records.columns(None)
    assert both["message_zh"] == rejected.reasons[0].message["zh"]
    assert both["remedy_en"] == rejected.reasons[0].remedy["en"]
    with pytest.raises(ValueError, match="lang"):
        beianrules.to_records([rejected], lang="EN")


def test_records_of_an_audit_as_it_comes_join_paths_in_one_cell():
    documents = [base_document("ZJ"), base_document("JS")]
    for document in documents:
        document["order"]["status"] = "approved"
    rows = beianrules.to_records(beianrules.audit(documents))
    assert {row["item"] for row in rows} == {0, 1}
    assert {row["kind"] for row in rows} == {"rectification"}
    several = Report("ORD", "ZJ", "2026-11-28", (_reason(paths=("a", "b")),))
    assert beianrules.to_records(several)[0]["paths"] == "a, b"


def test_records_of_an_audit_keep_the_documents_it_could_not_read():
    bad = base_document("JS")
    bad["order"]["type"] = "nonsense"
    rows = beianrules.to_records(beianrules.audit([base_document("ZJ"), bad]), lang="zh")
    assert [(row["item"], row["kind"], row["code"], row["paths"]) for row in rows] == [
        (0, None, None, None), (1, "input_error", "bad_token", "order.type")]
    problem = rows[1]
    assert problem["ok"] is False and problem["message"].startswith("应为以下之一")
    assert problem["evidence"] == '{"value": "\\"nonsense\\""}'
    assert tuple(problem) == beianrules.records.columns("zh")


def test_records_refuse_what_is_not_a_report(rejected):
    with pytest.raises(TypeError, match="item 1 is a dict"):
        beianrules.to_records([rejected, rejected.to_dict()])
    with pytest.raises(TypeError, match="not a str"):
        beianrules.to_records("report.json")


def test_without_pandas_to_dataframe_says_which_extra_to_install(rejected, monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)  # an import of pandas now fails as if it were absent
    with pytest.raises(ImportError, match=r"pip install 'beianrules\[pandas\]'"):
        beianrules.to_dataframe([rejected])
    assert beianrules.to_records([rejected])  # the rows need nothing


def test_a_dataframe_has_the_rows_and_columns_of_the_records(rejected, clean):
    pandas = pytest.importorskip("pandas")
    frame = beianrules.to_dataframe([rejected, clean], lang="zh")
    assert isinstance(frame, pandas.DataFrame)
    assert list(frame.columns) == list(beianrules.records.columns("zh"))
    assert frame.to_dict("records")[0] == beianrules.to_records([rejected, clean], lang="zh")[0]
    assert len(frame) == 2 and frame["code"].tolist()[0] == "ID_EXPIRED"
    empty = beianrules.to_dataframe([])
    assert list(empty.columns) == list(beianrules.records.columns("en")) and len(empty) == 0

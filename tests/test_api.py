"""A forgiving, explicit API: every reasonable form of a document is read, anything else is a TypeError that
names the call to make; provinces and days are read as documents read them (issue 12, point 2)."""

import datetime as dt
import io
import json
import types
from concurrent.futures import ProcessPoolExecutor

import pytest

import beianrules
from beianrules import convert
from beianrules.convert import MAX_DEPTH
from beianrules.examples import apply_changes, base_document
from beianrules.model import Filing

EXPIRED = {"entity.principal.id_document.valid_until": "2026-01-31"}


def _expired(**changes):
    return apply_changes(base_document("ZJ"), {**EXPIRED, **changes})


def _codes(report):
    return [(r.code, r.paths) for r in report.reasons]


@pytest.fixture(scope="module")
def expected():
    return _codes(beianrules.check(_expired(), engine="python"))


def _text(document):
    return json.dumps(document, ensure_ascii=False)


FORMS = {
    "mapping proxy": lambda tmp: types.MappingProxyType(_expired()),
    "JSON text with a BOM": lambda tmp: "\ufeff" + _text(_expired()),
    "UTF-8 bytes with a BOM": lambda tmp: "\ufeff".encode() + _text(_expired()).encode(),
    "bytearray": lambda tmp: bytearray(_text(_expired()).encode()),
    "pathlib.Path of a BOM file": lambda tmp: _written(tmp, "utf-8-sig"),
    "binary file object": lambda tmp: _written(tmp, "utf-8").open("rb"),
    "text file object with a BOM": lambda tmp: _written(tmp, "utf-8-sig").open(encoding="utf-8"),
    "io.StringIO": lambda tmp: io.StringIO(_text(_expired())),
    "io.BytesIO": lambda tmp: io.BytesIO(_text(_expired()).encode()),
}


def _written(tmp, encoding):
    path = tmp / f"order-{encoding}.json"
    path.write_text(_text(_expired()), encoding=encoding)
    return path


@pytest.mark.parametrize("form", sorted(FORMS))
def test_every_form_of_a_document_gives_the_same_report(tmp_path, expected, form):
    document = FORMS[form](tmp_path)
    try:
        assert _codes(beianrules.check(document, engine="python")) == expected
    finally:
        if hasattr(document, "close"):
            document.close()
    assert any(code == "ID_EXPIRED" for code, _paths in expected)


@pytest.mark.parametrize("given, needle", [
    (42, "got int"),
    (None, "got NoneType"),
    ([base_document("ZJ")], "audit(documents)"),
    (object(), "got object"),
])
def test_another_kind_of_object_is_a_type_error_saying_what_to_pass(given, needle):
    with pytest.raises(TypeError) as raised:
        beianrules.check(given)
    message = str(raised.value)
    assert needle in message
    assert "a mapping (dict), JSON text (str), UTF-8 bytes, a path (pathlib.Path" in message


def test_a_file_name_given_as_text_is_a_type_error_naming_pathlib(tmp_path, monkeypatch):
    with pytest.raises(TypeError, match=r"pass pathlib\.Path\('order\.json'\)"):
        beianrules.check("order.json")
    (tmp_path / "order").write_text("{}", encoding="utf-8")  # no suffix, but a file that exists
    monkeypatch.chdir(tmp_path)
    with pytest.raises(TypeError, match="looks like a file name"):
        beianrules.check("order")
    # Text that is neither JSON nor a file name stays bad input.
    with pytest.raises(beianrules.InputError) as raised:
        beianrules.check("not json at all")
    assert [i.code for i in raised.value.issues] == ["not_json"]


def test_files_that_cannot_be_read_are_input_errors_naming_them(tmp_path):
    with pytest.raises(beianrules.InputError) as raised:
        beianrules.check(tmp_path / "absent.json")
    (one,) = raised.value.issues
    assert (one.code, one.source) == ("unreadable_file", "argument") and "absent.json" in one.problem
    latin = tmp_path / "latin.json"
    latin.write_bytes('{"order": "é"}'.encode("latin-1"))
    with pytest.raises(beianrules.InputError) as raised:
        beianrules.check(latin)
    assert [i.code for i in raised.value.issues] == ["not_utf8"]


@pytest.mark.parametrize("registry, needle", [
    ("filings.jsonl", "registry=beianrules.Registry.from_jsonl(path)"),
    (b"{}", "registry=beianrules.Registry.from_jsonl(path)"),
    (base_document("ZJ"), "registry=[document]"),
    (3, "got int"),
])
def test_a_registry_of_the_wrong_kind_is_a_type_error_with_the_right_call(registry, needle):
    with pytest.raises(TypeError) as raised:
        beianrules.check(base_document("ZJ"), registry=registry)
    assert needle in str(raised.value)


@pytest.mark.parametrize("documents, needle", [
    (base_document("ZJ"), "call check(document) for one, or audit([document])"),
    (_text(base_document("ZJ")), "for one document call check()"),
    (42, "got int"),
])
def test_one_document_given_to_audit_is_a_type_error_with_the_right_call(documents, needle):
    with pytest.raises(TypeError) as raised:
        beianrules.audit(documents)
    assert needle in str(raised.value)


def test_audit_reads_each_document_in_any_form(tmp_path):
    first = base_document("ZJ")
    second = apply_changes(base_document("JS"), {"order.id": "EX-JS-2"})
    path = tmp_path / "second.json"
    path.write_text(_text(second), encoding="utf-8-sig")
    # A file object is read once, although an audit reads its documents twice (beianrules.auditing).
    with path.open("rb") as handle:
        reports = list(beianrules.audit([first, path, handle, io.StringIO(_text(first))], engine="python"))
    assert [r.order_id for r in reports] == [first["order"]["id"], "EX-JS-2", "EX-JS-2", first["order"]["id"]]


@pytest.mark.parametrize("written", ["JS", "js", "苏", "32", "320000", "江苏省", " JS "])
def test_rules_read_the_province_as_documents_do(written):
    assert beianrules.rules(province=written) == beianrules.rules(province="JS")


def test_rules_for_a_province_hold_its_own_and_the_national_ones():
    mine = beianrules.rules(province="JS")
    assert {r.province for r in mine} == {None, "JS"}
    assert len(beianrules.rules()) > len(mine)


@pytest.mark.parametrize("written", ["XX", "", "99"])
def test_an_unknown_province_is_refused(written):
    with pytest.raises(beianrules.UnknownProvinceError) as raised:
        beianrules.rules(province=written)
    assert repr(written) in str(raised.value) and "BJ" in str(raised.value)
    assert isinstance(raised.value, KeyError)


def test_a_province_that_is_not_text_is_a_type_error():
    with pytest.raises(TypeError, match="'JS'"):
        beianrules.rules(province=32)


def _undated():
    return apply_changes(base_document("ZJ"), {"as_of": None, **EXPIRED})


@pytest.mark.parametrize("as_of", [
    dt.date(2026, 1, 31), dt.datetime(2026, 1, 31, 23, 59), "2026-01-31", "2026/01/31", "2026-01-31T08:00:00+08:00",
])
def test_as_of_is_a_date_a_datetime_or_iso_text(as_of):
    report = beianrules.check(_undated(), as_of=as_of, engine="python")
    assert report.as_of == "2026-01-31" and report.ok  # valid until the 31st: not yet expired
    assert not beianrules.check(_undated(), as_of="2026-02-01", engine="python").ok


def test_a_bad_as_of_is_an_input_error_about_the_argument():
    with pytest.raises(beianrules.InputError) as raised:
        beianrules.check(_undated(), as_of="31/01/2026")
    (one,) = raised.value.issues
    assert (one.path, one.code, one.source) == ("as_of", "bad_date", "argument")
    assert one.problem_zh and one.value == '"31/01/2026"'


def test_an_as_of_of_another_type_is_a_type_error():
    with pytest.raises(TypeError, match="datetime.date, a datetime.datetime or ISO date text"):
        beianrules.check(_undated(), as_of=20260131)


def test_validate_reads_the_shape_without_running_the_rules(monkeypatch):
    from beianrules import checker
    monkeypatch.setattr(checker, "_check", lambda *a, **k: pytest.fail("validate ran the rules"))
    filing = beianrules.validate(_expired())  # an expired ID is the rules' to judge, not the shape's
    assert isinstance(filing, Filing) and filing.order.province == "ZJ"
    assert beianrules.validate(json.dumps(_expired()).encode()) == filing


def test_validate_raises_what_check_raises():
    bad = apply_changes(base_document("ZJ"), {"order.type": "new", "websites[0].domains": 5})
    with pytest.raises(beianrules.InputError) as validated:
        beianrules.validate(bad)
    with pytest.raises(beianrules.InputError) as checked:
        beianrules.check(bad)
    assert validated.value.issues == checked.value.issues and len(validated.value.issues) == 2
    late = apply_changes(base_document("ZJ"), {"entity.business_registration": {"retrieved_on": "2027-01-01"}})
    with pytest.raises(beianrules.InputError) as raised:
        beianrules.validate(late)
    assert [i.code for i in raised.value.issues] == ["after_as_of"]


def _nested(depth):
    value = {}
    for _ in range(depth):
        value = {"x": value}
    return value


@pytest.mark.parametrize("document", [
    "[" * 100_000 + "]" * 100_000,
    "{\"a\": " * 50_000 + "1" + "}" * 50_000,
    "[" * 100_000,  # not even closed: the depth is what stops the reading
], ids=["brackets", "objects", "unclosed"])
def test_deeply_nested_text_is_an_input_error_not_a_recursion_error(document):
    with pytest.raises(beianrules.InputError) as raised:
        beianrules.check(document)
    assert [i.code for i in raised.value.issues] == ["too_deep"]


@pytest.mark.parametrize("levels", [97, 98, 99, 100])
def test_nesting_read_from_text_is_judged_as_in_the_same_mapping(levels):
    # JSON text with few brackets skips the nesting walk: at the limit, the text and the mapping agree.
    document = base_document("ZJ")
    document["extensions"] = _nested(levels)
    deep = convert._deeper_than(document, convert.MAX_DEPTH)
    assert deep == (levels > 98)  # the root and `extensions` are two levels
    for form in (document, json.dumps(document), json.dumps(document).encode()):
        if deep:
            with pytest.raises(beianrules.InputError) as raised:
                beianrules.check(form)
            assert [i.code for i in raised.value.issues] == ["too_deep"]
        else:
            beianrules.check(form)


class _NoTruth:
    """Compares as an array does: the comparison has no truth value."""

    def __eq__(self, other):
        return self

    def __bool__(self):
        raise ValueError("the truth value is ambiguous")

    __hash__ = object.__hash__


def test_a_value_whose_comparison_has_no_truth_is_an_input_error():
    # Nulls are dropped by identity: a mapping may hold values (numpy arrays) that cannot be compared with None.
    document = base_document("ZJ")
    document["entity"]["name"] = _NoTruth()
    with pytest.raises(beianrules.InputError) as raised:
        beianrules.check(document)
    assert [i.path for i in raised.value.issues] == ["entity.name"]


def test_deeply_nested_mappings_and_cycles_are_input_errors():
    deep = base_document("ZJ")
    deep["extensions"] = _nested(10_000)
    with pytest.raises(beianrules.InputError) as raised:
        beianrules.check(deep)
    assert [(i.code, i.path) for i in raised.value.issues] == [("too_deep", "")]
    cyclic = base_document("ZJ")
    cyclic["extensions"] = {"me": cyclic}
    with pytest.raises(beianrules.InputError, match="nested more than"):
        beianrules.check(cyclic)


def test_extensions_nested_within_the_limit_are_read():
    document = apply_changes(base_document("ZJ"), {"extensions": _nested(MAX_DEPTH - 2)})
    assert beianrules.validate(document).extensions


def test_a_flask_portal_answers_a_bad_document_with_a_coded_bilingual_located_400():
    flask = pytest.importorskip("flask")
    app = flask.Flask("portal")

    @app.post("/filings")
    def submit():
        try:
            report = beianrules.check(flask.request.get_data(), engine="python")
        except beianrules.InputError as err:
            return err.to_dict(), 400  # the one line a portal needs
        return report.to_dict(), 200

    bad = apply_changes(base_document("ZJ"), {"order.type": "new", "websites[0].domains[0]": 5})
    response = app.test_client().post("/filings", data=json.dumps(bad), content_type="application/json")
    assert response.status_code == 400
    body = response.get_json()
    assert body["error"] == "input"
    by_path = {i["path"]: i for i in body["issues"]}
    assert by_path["order.type"]["code"] == "bad_token"
    assert by_path["websites[0].domains[0]"]["location"] == ["websites", 0, "domains", 0]
    assert by_path["websites[0].domains[0]"]["code"] == "wrong_type"
    for one in body["issues"]:
        assert one["message"]["zh"] and one["message"]["en"] and one["message"]["zh"] != one["message"]["en"]
    good = app.test_client().post("/filings", data=json.dumps(base_document("ZJ")))
    assert good.status_code == 200 and good.get_json()["ok"] is True


def test_a_process_pool_maps_check_and_hands_back_the_bad_documents_error():
    documents = [base_document("ZJ"), {"order": {}}, base_document("JS")]
    with ProcessPoolExecutor(max_workers=2) as pool:
        results = pool.map(beianrules.check, documents)
        assert next(results).ok
        with pytest.raises(beianrules.InputError) as raised:
            next(results)
        assert {"entity", "order.type"} <= {i.path for i in raised.value.issues}
        # The pool is not broken: the same pool checks again.
        assert [r.province for r in pool.map(beianrules.check, documents[::2])] == ["ZJ", "JS"]


def test_a_json_lines_registry_with_a_byte_order_mark_is_read(tmp_path):
    path = tmp_path / "registry.jsonl"
    path.write_text("\n".join(_text(base_document(p)) for p in ("ZJ", "JS")) + "\n", encoding="utf-8-sig")
    assert len(beianrules.Registry.from_jsonl(path)) == 2

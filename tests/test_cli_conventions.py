"""The command line as users of ruff and the like expect it: --version, --select / --ignore / --exit-zero,
JSON errors under --format json, the chosen language throughout, documented exit statuses kept on a closed
pipe, an internal error without a traceback (issue 12, points 1, 2 and 5)."""

import json
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

import beianrules
from beianrules import cli
from beianrules.examples import apply_changes, base_document

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
BEIANRULES = [sys.executable, "-m", "beianrules"]


def run(*args):
    """A command run in its own process, as a shell runs it."""
    return subprocess.run([*BEIANRULES, *args], capture_output=True, text=True, encoding="utf-8")


@pytest.fixture
def main(capsys):
    """A command run in this process (faster): what ``run`` gives, from :func:`cli.main`."""
    def call(*args):
        status = cli.main(list(args))
        captured = capsys.readouterr()
        return subprocess.CompletedProcess(args, status, captured.out, captured.err)
    return call


def _write(tmp_path, name, document, encoding="utf-8"):
    path = tmp_path / name
    path.write_text(document if isinstance(document, str) else json.dumps(document, ensure_ascii=False),
                    encoding=encoding)
    return path


@pytest.fixture
def expired(tmp_path):
    return _write(tmp_path, "expired.json", apply_changes(
        base_document("ZJ"), {"entity.principal.id_document.valid_until": "2026-01-31"}))


# The example order: four errors of three rules (README).
FOUR = ["check", str(EXAMPLES / "order.json"), "--registry", str(EXAMPLES / "registry.jsonl"), "--format", "json"]


def _codes(result):
    return [r["code"] for r in json.loads(result.stdout)["reasons"]]


def test_version():
    result = run("--version")
    assert (result.returncode, result.stdout.strip()) == (0, f"beianrules {beianrules.__version__}")


@pytest.mark.parametrize("command", [[], ["check"], ["audit"]])
def test_help_documents_every_exit_status(command):
    result = run(*command, "--help")
    assert result.returncode == 0
    text = " ".join(result.stdout.split())
    for status, meaning in [(0, "acceptable"), (1, "rejected"), (2, "bad input"), (3, "engine failure"),
                            (4, "internal error")]:
        assert f"{status} {meaning}" in text


def test_select_and_ignore_take_codes_and_prefixes_like_ruff(main):
    everything = _codes(main(*FOUR))
    assert sorted(set(everything)) == ["CONTACT_PHONE_USED_BY_OTHER_ENTITY", "ID_EXPIRED", "PRINCIPAL_NOT_LEGAL_REP"]
    assert _codes(main(*FOUR, "--select", "ID_EXPIRED")) == ["ID_EXPIRED"]
    assert set(_codes(main(*FOUR, "--select", "contact_,id_"))) == {"CONTACT_PHONE_USED_BY_OTHER_ENTITY", "ID_EXPIRED"}
    assert set(_codes(main(*FOUR, "--ignore", "CONTACT_", "--ignore", "ID_EXPIRED"))) == {"PRINCIPAL_NOT_LEGAL_REP"}
    # The longer match wins: a code selected inside an ignored prefix stays, and the other way round.
    assert _codes(main(*FOUR, "--ignore", "ID_", "--select", "ID_EXPIRED")) == ["ID_EXPIRED"]
    assert _codes(main(*FOUR, "--select", "ID_", "--ignore", "ID_EXPIRED")) == []


def test_the_verdict_follows_the_selection_and_exit_zero_keeps_bad_input_at_2(main, tmp_path):
    only_contacts = main(*FOUR, "--ignore", "ID_EXPIRED,PRINCIPAL_NOT_LEGAL_REP,CONTACT_")
    assert only_contacts.returncode == 0 and json.loads(only_contacts.stdout)["ok"] is True
    assert main(*FOUR).returncode == 1
    assert main(*FOUR, "--exit-zero").returncode == 0
    bad = _write(tmp_path, "bad.json", {"order": {}})
    assert main("check", str(bad), "--exit-zero").returncode == 2


def test_an_unknown_code_in_select_is_bad_input_with_a_suggestion(main):
    result = main(*FOUR[:-2], "--select", "ID_EXPIRD", "--lang", "en")
    assert result.returncode == 2
    assert "--select" in result.stderr and "did you mean ID_EXPIRED" in result.stderr
    assert "Traceback" not in result.stderr


def test_bad_input_under_format_json_is_one_json_object_on_stdout(main, tmp_path):
    bad = _write(tmp_path, "bad.json", apply_changes(base_document("ZJ"), {"order.type": "new",
                                                                           "websites[0].domains[0]": 5}))
    result = main("check", str(bad), "--format", "json")
    assert result.returncode == 2 and result.stderr == ""
    body = json.loads(result.stdout)
    assert body["error"] == "input"
    one = {i["path"]: i for i in body["issues"]}["websites[0].domains[0]"]
    assert one["code"] == "wrong_type" and one["location"] == ["websites", 0, "domains", 0]
    assert set(one["message"]) == {"zh", "en"}
    argument = json.loads(main("check", str(bad), "--format", "json", "--as-of", "31/01/2026").stdout)
    assert [(i["path"], i["code"], i["source"]) for i in argument["issues"]] == [("--as-of", "bad_date", "argument")]


def test_bad_input_as_json_through_a_real_pipe_into_json_tool(tmp_path):
    bad = _write(tmp_path, "bad.json", {"order": {}})
    pipeline = (f"{shlex.join([*BEIANRULES, 'check', str(bad), '--format', 'json'])} "
                f"| {shlex.join([sys.executable, '-m', 'json.tool'])}; echo \"statuses ${{PIPESTATUS[*]}}\"")
    result = subprocess.run(["bash", "-c", pipeline], capture_output=True, text=True, encoding="utf-8")
    body, _, statuses = result.stdout.rpartition("statuses ")
    assert statuses.split() == ["2", "0"], result.stderr
    assert json.loads(body)["error"] == "input"


@pytest.mark.parametrize("lang, wanted, unwanted", [
    ("zh", ["不可接受，1 个错误", "错误  ID_EXPIRED [驳回]", "检查日"], ["ERROR", "not acceptable", "rejection"]),
    ("en", ["not acceptable, 1 error", "ERROR   ID_EXPIRED [rejection]", "as of"], ["错误", "驳回"]),
])
def test_the_text_report_is_framed_in_the_chosen_language(main, expired, lang, wanted, unwanted):
    result = main("check", str(expired), "--lang", lang)
    assert result.returncode == 1
    head, reason = result.stdout.splitlines()
    for text in wanted:
        assert text in result.stdout
    for text in unwanted:
        assert text not in head and text not in reason.split(":")[0]


def test_an_acceptable_report_is_framed_in_chinese_too(main, tmp_path):
    result = main("check", str(_write(tmp_path, "ok.json", base_document("ZJ"))))
    assert result.returncode == 0 and "可接受" in result.stdout and "未发现问题" in result.stdout


def test_a_rejected_order_still_exits_1_when_the_reader_closes_the_pipe(expired):
    # The reader is gone before the command writes a byte: every write meets a closed pipe.
    process = subprocess.Popen([*BEIANRULES, "check", str(expired)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    process.stdout.close()
    stderr = process.stderr.read().decode()
    assert process.wait(timeout=120) == 1, stderr
    assert "Traceback" not in stderr and "BrokenPipe" not in stderr and "Exception ignored" not in stderr


def test_a_rejected_order_piped_into_head_exits_1(expired):
    pipeline = f"{shlex.join([*BEIANRULES, 'check', str(expired)])} | head -c 1 >/dev/null; echo ${{PIPESTATUS[0]}}"
    result = subprocess.run(["bash", "-c", pipeline], capture_output=True, text=True, encoding="utf-8")
    assert result.stdout.strip() == "1" and "Traceback" not in result.stderr


def test_a_utf8_file_with_a_byte_order_mark_is_read(tmp_path, expired):
    path = _write(tmp_path, "bom.json", expired.read_text(encoding="utf-8"), encoding="utf-8-sig")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    result = run("check", str(path), "--format", "json")
    assert result.returncode == 1 and _codes(result) == ["ID_EXPIRED"]
    stdin = subprocess.run([*BEIANRULES, "check", "-", "--format", "json"], input=path.read_bytes(),
                           capture_output=True)
    assert stdin.returncode == 1 and json.loads(stdin.stdout)["reasons"][0]["code"] == "ID_EXPIRED"


def test_100000_nested_brackets_are_bad_input_not_a_traceback(tmp_path):
    deep = _write(tmp_path, "deep.json", "[" * 100_000 + "]" * 100_000)
    result = run("check", str(deep), "--lang", "en")
    assert result.returncode == 2
    assert "nested more than" in result.stderr and "Traceback" not in result.stderr


def _broken(args):
    raise ZeroDivisionError("a bug")


def test_an_internal_error_exits_4_with_a_short_note_and_no_traceback(monkeypatch, capsys):
    monkeypatch.setitem(cli._COMMANDS, "schema", _broken)
    monkeypatch.delenv(cli.TRACEBACK_VARIABLE, raising=False)
    assert cli.main(["schema"]) == cli.EXIT_INTERNAL == 4
    err = capsys.readouterr().err
    assert "internal error" in err and "ZeroDivisionError: a bug" in err and "report it" in err
    assert "Traceback" not in err and len(err.splitlines()) == 2


def test_the_traceback_of_an_internal_error_when_asked_for(monkeypatch, capsys):
    monkeypatch.setitem(cli._COMMANDS, "schema", _broken)
    monkeypatch.setenv(cli.TRACEBACK_VARIABLE, "1")
    assert cli.main(["schema"]) == 4
    assert "Traceback" in capsys.readouterr().err


def test_an_internal_error_under_format_json_is_json_too(monkeypatch, capsys):
    monkeypatch.setitem(cli._COMMANDS, "check", _broken)
    monkeypatch.delenv(cli.TRACEBACK_VARIABLE, raising=False)
    assert cli.main(["check", "x.json", "--format", "json", "--lang", "zh"]) == 4
    captured = capsys.readouterr()
    assert json.loads(captured.out) == {"error": "internal", "message": "ZeroDivisionError: a bug"}
    assert "内部错误" in captured.err


def test_a_malformed_filing_number_is_said_in_the_chosen_language_or_as_json(capsys):
    assert cli.main(["number", "浙ICP备12X号"]) == cli.EXIT_REJECTED
    assert "备案号格式不正确" in capsys.readouterr().err
    assert cli.main(["number", "浙ICP备12X号", "--lang", "en"]) == cli.EXIT_REJECTED
    assert "malformed filing number: the serial must be" in capsys.readouterr().err
    assert cli.main(["number", "浙ICP备12X号", "--format", "json"]) == cli.EXIT_REJECTED
    error = json.loads(capsys.readouterr().out)
    assert error["error"] == "filing_number" and set(error["message"]) == {"zh", "en"}


def test_an_empty_audit_says_so_in_the_chosen_language(tmp_path, capsys):
    empty = tmp_path / "empty.jsonl"
    empty.write_text("", encoding="utf-8")
    assert cli.main(["audit", str(empty), "--no-progress"]) == cli.EXIT_OK
    assert "没有需要核查的备案" in capsys.readouterr().out
    assert cli.main(["audit", str(empty), "--no-progress", "--lang", "en"]) == cli.EXIT_OK
    assert "no filings to audit" in capsys.readouterr().out

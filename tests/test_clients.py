"""What the client adapters share, and `beianrules check --from wechat|douyin` (issue 10)."""

import json
import re

import pytest
from clients_support import EXAMPLES, SPEC, load

from beianrules import cli
from beianrules.clients import CodeTables, _common

WECHAT = ["check", "--from", "wechat", str(EXAMPLES / "wechat" / "request.json"),
          "--code-tables", str(EXAMPLES / "wechat" / "code_tables"), "--as-of", "2026-11-28"]
DOUYIN = ["check", "--from", "douyin", str(EXAMPLES / "douyin" / "request.json"),
          "--code-tables", str(EXAMPLES / "douyin" / "code_tables"), "--as-of", "2026-11-28"]


def test_the_examples_are_the_worked_examples_of_the_spec():
    if not SPEC.exists():
        pytest.skip("shared/spec/CLIENTS.md is not beside this checkout")
    blocks = [json.loads(b) for b in re.findall(r"```json\n(.*?)```", SPEC.read_text(encoding="utf-8"), re.S)]
    assert blocks == [load("wechat", "request"), load("wechat", "expected"), load("douyin", "request"),
                      load("douyin", "expected")]


# -- the command line --------------------------------------------------------------------------------------------

def test_cli_wechat_worked_example(engine, capsys):
    status = cli.main([*WECHAT, "--order-type", "new_filing", "--fact", "order.status=draft",
                       "--fact", "apps[0].name=青藤生活缴费助手", "--fact", "order.commercial:=false",
                       "--format", "json", "--engine", engine])
    report = json.loads(capsys.readouterr().out)
    assert status == 0 and report["ok"] and report["reasons"] == [] and report["province"] == "ZJ"


def test_cli_douyin_worked_example(engine, capsys):
    expected = load("douyin", "expected")
    facts = ["--fact", "order.status=draft", "--fact", "apps[0].name=蓉锦非遗手作课",
             "--fact", "entity.legal_representative:=" + json.dumps(expected["entity"]["legal_representative"]),
             "--fact", "apps[0].principal.name=赵敏"]
    status = cli.main([*DOUYIN, "--order-type", "new_filing", *facts, "--format", "json", "--engine", engine])
    report = json.loads(capsys.readouterr().out)
    assert status == 0 and report["ok"] and report["province"] == "SC"


def test_cli_reports_the_request_s_own_paths(tmp_path, engine, capsys):
    request = load("wechat", "request")
    request["icp_subject"]["principal_info"]["emergency_contact"] = request["icp_subject"]["principal_info"]["mobile"]
    file = tmp_path / "request.json"
    file.write_text(json.dumps(request, ensure_ascii=False), encoding="utf-8")
    args = [*WECHAT, "--order-type", "new_filing", "--fact", "order.status=draft", "--fact", "apps[0].name=青藤缴费",
            "--format", "json", "--engine", engine]
    args[3] = str(file)
    status = cli.main(args)
    report = json.loads(capsys.readouterr().out)
    assert status == 1
    assert ["icp_subject.principal_info.emergency_contact", "icp_subject.principal_info.mobile"] in [
        r["paths"] for r in report["reasons"]]
    status = cli.main(args[:-4] + ["--lang", "en", "--engine", engine])  # text output names them too
    assert status == 1 and "icp_subject.principal_info.emergency_contact" in capsys.readouterr().out


@pytest.mark.parametrize(("extra", "where"), [
    ([], "fact:order.type"),  # no --order-type
    (["--order-type", "new_filing", "--fact", "apps[0].name"], "--fact"),
    (["--order-type", "new_filing", "--fact", "order.commercial:=nope"], "--fact order.commercial"),
    (["--order-type", "new_filing", "--fact", "order.type=new_app"], "--order-type"),
])
def test_cli_bad_client_input_is_status_2_with_paths(extra, where, capsys):
    status = cli.main([*WECHAT, "--fact", "order.status=draft", *extra])
    assert status == 2 and where in capsys.readouterr().err


def test_cli_unknown_code_table_id_is_status_2_naming_field_and_id(tmp_path, capsys):
    request = load("wechat", "request")
    request["icp_subject"]["base_info"]["type"] = 77
    file = tmp_path / "r.json"
    file.write_text(json.dumps(request), encoding="utf-8")
    args = [*WECHAT, "--order-type", "new_filing", "--fact", "order.status=draft", "--fact", "apps[0].name=x"]
    args[3] = str(file)
    assert cli.main(args) == 2
    err = capsys.readouterr().err
    assert "icp_subject.base_info.type" in err and "77" in err and "query_icp_subject_types" in err


def test_cli_client_options_need_from_and_from_needs_code_tables(capsys):
    assert cli.main(["check", str(EXAMPLES / "wechat" / "expected.json"), "--code-tables", "x"]) == 2
    assert "only with --from" in capsys.readouterr().err
    assert cli.main(["check", "--from", "wechat", str(EXAMPLES / "wechat" / "request.json")]) == 2
    assert "--code-tables" in capsys.readouterr().err
    assert cli.main(["check", "--from", "wechat", "x.json", "--code-tables", "/nonexistent"]) == 2


def test_cli_plain_check_is_unchanged(capsys):
    assert cli.main(["check", str(EXAMPLES / "wechat" / "expected.json"), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["ok"] is True


# -- shared pieces -----------------------------------------------------------------------------------------------

def test_paths():
    assert _common.steps("apps[0].principal.name") == ["apps", 0, "principal", "name"]
    assert _common.parent("a.b[0]") == "a.b" and _common.parent("a") == "" and _common.parent("") is None
    with pytest.raises(ValueError):
        _common.steps("a..b")


@pytest.mark.parametrize(("address", "names", "expected"), [
    ("文三路90号", ("浙江省", "杭州市", "西湖区"), "浙江省杭州市西湖区文三路90号"),
    ("浙江省杭州市文三路90号", ("浙江省", "杭州市", "西湖区"), "浙江省杭州市文三路90号"),
    ("东长安街1号", ("北京市", "市辖区", "东城区"), "北京市东城区东长安街1号"),
    ("某路1号", ("重庆市", "县", "城口县"), "重庆市城口县某路1号"),
    ("某路1号", ("上海市", "上海市", "黄浦区"), "上海市黄浦区某路1号"),
])
def test_prefixed_address(address, names, expected):
    assert _common.prefixed_address(address, *names) == expected


def _entry(name, parent=None):
    return _common.Entry(1, name, None if parent is None else _common.Entry(0, parent, None, {}), {})


@pytest.mark.parametrize(("name", "parent", "token"), [
    ("新闻", None, "news"), ("非遗传承", "文化", "culture"), ("网络游戏", None, "games"), ("宗教", None, "religion"),
    ("综合商城", None, "ecommerce"), ("社区论坛", None, "forum"), ("个人博客", None, "blog"),
    ("效率工具", None, "tools"),
    ("生活缴费", "生活服务", "other"), ("新闻类商城", None, "ecommerce"),
])
def test_content_categories_follow_the_rule_of_2_5(name, parent, token):
    assert _common.content_category(_entry(name, parent)) == token


def test_names_compare_without_width_differences():
    assert _common.CERTIFICATE_TYPES[_common.normal_name("营业执照(个人或企业)")][0] == "business_license"


def test_code_tables_from_a_directory_and_their_errors(tmp_path):
    tables = CodeTables.from_directory(EXAMPLES / "douyin" / "code_tables")
    assert set(tables.responses) >= {"query_corp_type_list", "query_region_list"}
    (tmp_path / "query_icp_nrlx_types.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(_common.InputError):
        CodeTables.from_directory(tmp_path)
    broken = CodeTables({"query_icp_nrlx_types": {"items": [{"type": 1, "name": "新闻"}, {"type": 1, "name": "出版"}]}})
    from beianrules.clients.wechat import NRLX_TYPES
    with pytest.raises(_common.InputError) as err:
        broken.table(NRLX_TYPES)
    assert err.value.issues[0].path == "query_icp_nrlx_types.items[1].type"


def test_a_snapshot_is_never_used_silently():
    """Without code tables passed in, a request that needs one is refused, naming the list."""
    from beianrules.clients import wechat
    with pytest.raises(_common.InputError) as err:
        wechat.adapt(load("wechat", "request"), code_tables=CodeTables({}),
                     facts={"order.type": "new_filing", "order.status": "draft", "apps[0].name": "x"})
    assert all("needs the query_icp_" in i.problem for i in err.value.issues)

"""What the client adapters share, and `beianrules check --from wechat|douyin` (issue 10)."""

import json
import re
from pathlib import Path

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


# -- every adapter problem is coded, in zh and en ----------------------------------------------------------------

def _bad_calls():
    """The bad requests, code tables, facts and status responses the client tests build, as calls."""
    from clients_support import MINIMAL_DOUYIN_FACTS, MINIMAL_WECHAT_FACTS, changed, tables

    from beianrules.clients import Reading, douyin, wechat

    def wx(changes=(), facts=MINIMAL_WECHAT_FACTS, code_tables=None, **kwargs):
        request = load("wechat", "request")
        for path, value in dict(changes).items():
            request = changed(request, path, value)
        return lambda: wechat.adapt(request, code_tables=wechat.CodeTables(code_tables) if code_tables else
                                    tables("wechat"), facts=facts, **kwargs)

    def dy(changes=(), facts=MINIMAL_DOUYIN_FACTS, **kwargs):
        request = load("douyin", "request")
        for path, value in dict(changes).items():
            request = changed(request, path, value)
        return lambda: douyin.adapt(request, code_tables=tables("douyin"), facts=facts, **kwargs)

    def status(code, **info):
        return Reading({"errcode": 0, "info": {"status": code, **info}}, "2026-11-27")

    base = "icp_subject.base_info"
    person = "icp_subject.principal_info"
    wx_tables = tables("wechat").responses
    calls = [
        lambda: wechat.adapt("not json", code_tables=tables("wechat"), facts=MINIMAL_WECHAT_FACTS),
        lambda: wechat.adapt("[]", code_tables=tables("wechat"), facts=MINIMAL_WECHAT_FACTS),
        lambda: douyin.adapt("[]", code_tables=tables("douyin"), facts=MINIMAL_DOUYIN_FACTS),
        wx({"icp_subject": []}), wx({"icp_subject": None}), wx({f"{base}.typo": 1, f"{person}.mobile": 1,
                                                              f"{base}.type": True}),
        wx({"icp_applets.base_info.service_content_types": ["1", 77]}), wx({f"{base}.type": 99}),
        wx({f"{base}.type": None}), wx({f"{person}.certificate_type": 1}), wx({f"{person}.certificate_type": 30}),
        wx({f"{person}.name": None}), wx({"icp_subject.organize_info.certificate_type": 4}),
        wx({"icp_applets.base_info.nrlx_details": [{"type": 17}]}),
        wx({"icp_applets.base_info.nrlx_details": [{"code": "x"}]}),
        wx({"icp_applets.base_info.nrlx_details": [{"type": 15}, {"type": 9, "code": "x", "media": "m"}]}),
        wx({f"{base}.district": "330999"}), wx({f"{base}.city": "320100"}), wx({f"{base}.district": "330203"}),
        wx({f"{base}.province": "810000"}), wx({f"{base}.province": "3300"}), wx({f"{base}.province": None}),
        wx({f"{base}.district": "3301"}), wx({"icp_applets": [{}, {}]}), wx({"icp_applets": None}),
        wx({f"{person}.certificate_validity_date_start": "长期"}),
        wx({f"{person}.certificate_validity_date_start": "2016-03-15"}),
        wx({f"{person}.certificate_validity_date_end": "20230230"}),
        wx({f"{person}.certificate_validity_date_end": 20360315}),
        wx({"icp_materials": {"commitment_letter": "x"}}),
        wx(facts={}), wx(facts={**MINIMAL_WECHAT_FACTS, "entity.principal.mobile": "13900000000"}),
        wx(facts={**MINIMAL_WECHAT_FACTS, "a..b": 1, "order.remark": None, "apps[5].name": "x"}),
        wx(code_tables={k: v for k, v in wx_tables.items() if k != "query_icp_nrlx_types"}),
        wx(code_tables={**wx_tables, "query_icp_subject_types": {"errcode": 40001}}),
        wx(code_tables={**wx_tables, "query_icp_subject_types": "{not json"}),
        wx(code_tables={**wx_tables, "query_icp_subject_types": []}),
        wx(code_tables={**wx_tables, "query_icp_subject_types": {"items": None}}),
        wx(code_tables={**wx_tables, "query_icp_subject_types": {"items": [
            1, {"type": "1"}, {"type": 1}, {"type": 2, "name": "企业"}, {"type": 2, "name": "个人"}]}}),
        wx(facts={"order.type": "new_filing", "apps[0].name": "x"}, entrance=status(7)),
        wx(facts={"order.type": "new_filing", "apps[0].name": "x"}, entrance=status(5)),
        wx(facts={"order.type": "new_filing", "apps[0].name": "x", "order.submitted_to_authority_on": "2026-11-20"},
           entrance=status(3)),
        wx(facts={"order.type": "new_filing", "apps[0].name": "x", "order.status": "draft"}, entrance=status(2)),
        wx(facts={"order.type": "new_filing", "apps[0].name": "x"}, entrance=status(4, sms_verify_status=9)),
        wx(facts={"order.type": "new_filing", "apps[0].name": "x"}, entrance=Reading({"errcode": 61007}, "x")),
        wx(facts={"order.type": "new_filing", "apps[0].name": "x"}, entrance=Reading([], "2026-11-27")),
        wx(facts={"order.type": "new_filing", "apps[0].name": "x"}, entrance=Reading({"errcode": 0}, "x")),
        wx(facts={"order.type": "new_filing", "apps[0].name": "x"}, entrance=status(None)),
        wx(entrance=Reading({"errcode": 0, "info": {"status": 1}}, "28/11/2026")),
        wx(verify_tasks={"OTHER": Reading({"is_finish": True, "face_status": 3}, "2026-11-27")}),
        wx(verify_tasks={"R5PqRPNb6GmG3i0rqd4pTg": Reading({"is_finish": 1}, "2026-11-27")}),
        wx(verify_tasks={"R5PqRPNb6GmG3i0rqd4pTg": Reading("{", "2026-11-27")}),
        wx(as_of=20261128), wx(as_of="2026-02-30"),
        wx({f"{person}.certificate_validity_date_start": "20400101"}, as_of="2026-11-28"),
        dy({"corp_info": None}), dy({"app_info": None}), dy({"corp_info.corp_type": None}),
        dy({"corp_info.incharge_people_name": None}),
        dy({"corp_info.incharge_people_credentials_valid_end_time": None}),
        dy({"corp_info.incharge_people_credentials_valid_start_time": "1609430400"}),
        dy({"corp_info.incharge_people_credentials_valid_start_time": 10 ** 20}),
        dy({"corp_info.city_code": "120100", "corp_info.city_name": "市辖区"}),
        dy({"corp_info.province_name": "四川"}), dy({"corp_info.region_code": None}),
        dy({"corp_info.province_code": "710000"}), dy({"app_info.involve_pre_approval": False}),
        dy({"app_info.pre_approval_list": []}),
        dy({"app_info.pre_approval_list": [{"pre_approval_item_id": 12}, {"pre_approval_item_id": 3}]}),
        dy({"app_info.pre_approval_list": [{"pre_approval_number": "x"}]}),
        dy({"corp_info.corp_type": 20}), dy({"corp_info.corp_type": 42}), dy({"corp_info.credentials_type": 2}),
        dy({"corp_info.incharge_people_credentials_type": 99}),
        dy({"app_info.service_content_type_list": [1207, 9999]}),
        dy({"app_info.pre_approval_list": [{"pre_approval_item_id": 13}]}),
        dy({"corp_info.credentials_pic": "tos-cn-i-0813/x"}), dy({"app_info.unknown": 1}),
        dy({"app_info.involve_pre_approval": "yes"}), dy(face_check={"result": "success"}),
        dy({"app_info.facial_recognition_token": None}, face_check={"result": "matched"}),
        dy(face_check={"result": "matched", "on": "tomorrow"}),
        lambda: CodeTables.from_directory("/nonexistent"),
    ]
    return calls


def test_every_adapter_issue_has_a_code_and_a_zh_message(tmp_path):
    from beianrules.problems import PROBLEMS
    (tmp_path / "query_icp_nrlx_types.json").write_text("{not json", encoding="utf-8")
    calls = [*_bad_calls(), lambda: CodeTables.from_directory(tmp_path),
             lambda: CodeTables({"query_icp_nrlx_types": "{"})]
    seen = set()
    for n, call in enumerate(calls):
        with pytest.raises(_common.InputError) as err:
            call()
        for issue in err.value.issues:
            assert issue.code in PROBLEMS and issue.code != "invalid", (n, issue)
            assert issue.problem_zh and issue.problem and issue.problem_zh != issue.problem, (n, issue)
            seen.add(issue.code)
    # the codes the adapters name in their source are declared, and the bad calls above reach each of them
    folder = Path(_common.__file__).parent
    source = "".join((folder / name).read_text(encoding="utf-8") for name in ("_common.py", "wechat.py", "douyin.py"))
    first_argument = r'(?:[^,()"]|"[^"]*"|\((?:[^()]|\([^()]*\))*\))*'  # a path: text, join(…), f"…"
    named = set(re.findall(rf'(?:\.add|\bissue)\({first_argument},\s*"([a-z_]+)"', source))
    assert len(named) > 40
    assert named <= set(PROBLEMS), named - set(PROBLEMS)
    # not reached above: a date text parse_date fails on without its own code (`invalid`), a list nesting a
    # division under another parent than its code's prefix says (the prefix check comes first in the examples)
    assert named <= seen | {"invalid", "division_listed_elsewhere"}, named - seen

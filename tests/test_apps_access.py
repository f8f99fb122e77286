"""Format-1.1 rows about APPs and where the servers are: the fact builder of ``facts/apps_access.py`` at its
boundaries, offline domain reading, and what the reasons say (paths, kind, severity, evidence)."""

import datetime
import socket

import pytest

import beianrules
from beianrules.convert import structure_filing
from beianrules.examples import apply_changes, base_document
from beianrules.facts import build_facts
from beianrules.facts.apps_access import (
    ICON_LIMIT_BYTES,
    labels_below,
    resolution_problem,
    where_problem,
)
from beianrules.model import ServerAddress

AS_OF = datetime.date(2026, 11, 28)
APPROVED = {"order.status": "approved", "order.submitted_to_authority_on": "2024-03-01",
            "entity.filing_number": "浙ICP备2023000777号", "websites[0].filing_number": "浙ICP备2023000777号-1"}


def mini(**fields):
    return {"name": "示例小程序", "kind": "mini_program", "platforms": ["wechat"], "content_categories": ["tools"],
            **fields}


def facts_of(kind, province="ZJ", **changes):
    filing = structure_filing(apply_changes(base_document(province), changes))
    return [f for f in build_facts(filing, as_of=AS_OF) if f["kind"] == kind]


def reasons(code, province="ZJ", **changes):
    """The reasons of ``code`` (an approved filing is audited: its findings are rectifications)."""
    report = beianrules.check(apply_changes(base_document(province), changes))
    return [r for r in report.reasons if r.code == code]


@pytest.fixture
def offline(monkeypatch):
    def unplugged(*args, **kwargs):
        raise AssertionError("the domain rows must not touch the network")
    monkeypatch.setattr(socket.socket, "connect", unplugged)
    monkeypatch.setattr(socket, "create_connection", unplugged)
    monkeypatch.setattr(socket, "getaddrinfo", unplugged)


# -- APP_ICON_RULES -------------------------------------------------------------------------------------------------

def test_icon_limit_is_100_kib():
    assert ICON_LIMIT_BYTES == 102400


@pytest.mark.parametrize("size, too_large", [(0, False), (102400, False), (102401, True)])
def test_icon_fact(size, too_large):
    (fact,) = facts_of("app_icon", apps=[{"name": "示例App", "icon": {"size_bytes": size}}])
    assert (fact["path"], fact["size_bytes"], fact["too_large"]) == ("apps[0].icon.size_bytes", size, too_large)


def test_icon_fact_only_for_apps_in_content_orders():
    assert facts_of("app_icon", apps=[mini(icon={"size_bytes": 999999})]) == []
    assert facts_of("app_icon", apps=[{"name": "示例App"}]) == []
    assert facts_of("app_icon", **{"order.type": "new_access", "entity.filing_number": "浙ICP备2023000777号"},
                    apps=[{"name": "示例App", "icon": {"size_bytes": 999999}}]) == []


# -- APP_DOMAIN_LEVEL -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("example.com", ("example.com", 0)),
    ("www.example.com", ("example.com", 1)),
    ("b.a.example.com", ("example.com", 2)),
    ("c.b.a.example.com", ("example.com", 3)),
    ("c.b.a.example.com.cn", ("example.com.cn", 3)),
    ("WWW.Example.COM.", ("example.com", 1)),
    ("a.b.xn--fsqu00a.xn--fiqs8s", ("例子.中国", 2)),
    ("https://c.b.a.example.com/", None),
    ("c.b.a.example.invalidtld", None),
    ("192.0.2.1", None),
])
def test_labels_below_offline(offline, text, expected):
    assert labels_below(text) == expected


def test_domain_level_fact(offline):
    (fact,) = facts_of("app_domain_level", apps=[mini(domains=["c.b.a.example-tech.cn"])])
    assert (fact["labels_below"], fact["level"], fact["too_deep"], fact["registrable"]) == (
        3, 5, True, "example-tech.cn")


# -- MINIPROGRAM_FIELD_LIMITS ---------------------------------------------------------------------------------------

def _by_problem(facts):
    return {(f["problem"], f.get("slot"), f.get("document"), f.get("industry")): f for f in facts}


def test_miniprogram_facts_measure_each_limit():
    files = [{"type": "other", "for": "apps[0]"}] * 3 + [{"type": "promise_video", "for": "entity"}] * 2 + \
            [{"type": "promise_video"}]
    found = _by_problem(facts_of("miniprogram_limit", apps=[mini(
        content_categories=["a", "b", " a ", ""], remark=" " + "字" * 20 + " ",
        pre_approvals=[{"industry": "news"}, {"industry": "news"}, {"industry": "healthcare"}])],
        attachments=files))
    assert found[("too_many_categories", None, None, None)]["count"] == 2
    assert found[("duplicate_pre_approval", None, None, "news")]["breaks"] is True
    assert found[("duplicate_pre_approval", None, None, "healthcare")]["breaks"] is False
    assert found[("remark_too_long", None, None, None)]["count"] == 20
    assert found[("remark_too_long", None, None, None)]["breaks"] is False
    assert found[("too_many_other", "service", "other", None)]["count"] == 3
    video = found[("repeated_single_file", "entity", "promise_video", None)]
    assert (video["count"], video["breaks"], video["path"]) == (2, True, "attachments[4]")
    assert ("repeated_single_file", "service", "promise_video", None) not in found  # the file without `for`


def test_miniprogram_facts_only_for_wechat_mini_programs():
    assert facts_of("miniprogram_limit", apps=[mini(platforms=["douyin"], remark="短")]) == []
    assert facts_of("miniprogram_limit", apps=[mini(kind="app", remark="短")]) == []
    (fact,) = [f for f in facts_of("miniprogram_limit", apps=[mini(platforms=["WECHAT"], remark="短")])
               if f["path"] == "apps[0].remark"]
    assert (fact["problem"], fact["count"], fact["breaks"]) == ("remark_too_short", 1, True)


def test_miniprogram_reason_names_the_slot_and_document():
    found = reasons("MINIPROGRAM_FIELD_LIMITS", apps=[mini()],
                    attachments=[{"type": "name_change_certificate", "for": "entity"}] * 2)
    (reason,) = found
    assert reason.paths == ("attachments[1]",)
    assert "主体材料" in reason.message["zh"] and "2 份" in reason.message["zh"]


# -- FILING_NUMBER_FORMAT (1.1) -------------------------------------------------------------------------------------

@pytest.mark.parametrize("kind, number, version, expected", [
    ("mini_program", "浙ICP备2023000777号-2X", "1.0", ("mini_program", True)),
    ("mini_program", "浙ICP备2023000777号-2A", "1.0", ("app", False)),
    ("quick_app", "浙ICP备2023000777号-2", "1.0", ("website", False)),
    ("mini_program", "粤B2-20090059-1626X", "1.0", ("mini_program", True)),
    ("app", "浙ICP备2023000777号-2X", "1.1", ("mini_program", False)),
    ("app", "浙ICP备2023000777号-2X", "1.0", None),
    ("mini_program", "浙ICP备2023000777号", "1.0", None),
    ("mini_program", "浙ICP备 2023000777号-2X", "1.0", None),
])
def test_app_number_kind(kind, number, version, expected):
    found = facts_of("app_number_kind", format_version=version,
                     apps=[{"name": "示例", "kind": kind, "filing_number": number}])
    if expected is None:
        assert found == []
    else:
        (fact,) = found
        assert (fact["number_kind"], fact["kind_matches"]) == expected


# -- ACCESS_WHERE_SERVER_IS, ACCESS_IP_NOT_PROVIDER -----------------------------------------------------------------

def _address(ip="203.0.113.1", at_provider=None, region=None):
    return ServerAddress(ip=ip, at_provider=at_provider, region=region)


@pytest.mark.parametrize("ips, expected", [
    ([], None),
    ([_address(at_provider=False)], "other_provider"),
    ([_address(at_provider=False), _address(at_provider=None)], None),
    ([_address(region="outside_mainland", at_provider=False)], "outside_mainland"),
    ([_address(region="outside_mainland"), _address(region="ZJ")], None),
])
def test_where_problem(ips, expected):
    assert where_problem(ips) == expected


def test_server_address_fact_is_not_alone_when_the_whole_site_is_elsewhere():
    (fact,) = facts_of("server_address", **{"websites[0].ips": [{"ip": "198.51.100.7", "at_provider": False}]})
    assert fact["alone"] is False
    found = facts_of("server_address", **{"websites[0].ips": [{"ip": "198.51.100.7", "at_provider": False},
                                                               {"ip": "203.0.113.1", "at_provider": True}]})
    assert [(f["path"], f["alone"]) for f in found] == [("websites[0].ips[0]", True)]


def test_access_rows_on_an_audit_are_rectifications():
    (reason,) = reasons("ACCESS_WHERE_SERVER_IS",
                        **APPROVED, **{"websites[0].ips": [{"ip": "192.0.2.1", "region": "outside_mainland"}]})
    assert (reason.kind, reason.severity) == ("rectification", "error")
    assert "192.0.2.1" in reason.message["zh"]


# -- DOMAIN_RESOLUTION_NOT_PROVIDER ---------------------------------------------------------------------------------

def test_resolution_problem_compares_ip_addresses():
    ips = [_address("2001:db8::1", at_provider=True), _address("203.0.113.1", at_provider=False),
           _address("192.0.2.1", region="outside_mainland", at_provider=False)]
    assert resolution_problem("2001:0db8:0:0:0:0:0:1", ips) is None
    assert resolution_problem("203.0.113.1", ips) == "not_at_provider"
    assert resolution_problem("192.0.2.1", ips) == "outside_mainland"
    assert resolution_problem("198.51.100.1", ips) == "not_filed_ip"


def test_resolution_facts_only_on_approved_filings():
    detail = {"websites[0].domain_details": [{"domain": "example-tech.cn", "resolves_to": []}]}
    assert facts_of("domain_resolution", **detail) == []
    (fact,) = facts_of("domain_resolution", **APPROVED, **detail)
    assert (fact["path"], fact["problem"]) == ("websites[0].domain_details[0].resolves_to", "no_address")


def test_resolution_rule_runs_on_audits_only():
    changes = {**APPROVED, "websites[0].domain_details": [{"domain": "example-tech.cn", "resolves_to": []}]}
    (reason,) = reasons("DOMAIN_RESOLUTION_NOT_PROVIDER", **changes)
    assert reason.kind == "rectification"
    assert reasons("DOMAIN_RESOLUTION_NOT_PROVIDER", **{**changes, "order.status": "draft",
                                                        "entity.filing_number": None,
                                                        "websites[0].filing_number": None}) == []

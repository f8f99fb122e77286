"""The format-1.1 verification rules (``rulebook/verification.py``): FORMAT.md's 1.1 example, the facts behind
them, a condition's own kind, and rules whose reasons stand only beside another finding."""

import datetime

import pytest
from documents_1_1 import example_1_1, spec_example_1_1

import beianrules
from beianrules.checker import _alongside
from beianrules.convert import structure_filing
from beianrules.declaration import Alongside, any_of, fact, when
from beianrules.examples import apply_changes, base_document
from beianrules.facts import build_facts
from beianrules.facts.verification import settled_later
from beianrules.report import Reason
from beianrules.rulebook import registry
from beianrules.rulebook.verification import ORDER_RECTIFY_DEADLINE, ORDER_SMS_VERIFICATION, RULES
from beianrules.vocabulary import MISSING

MINE = {rule.code for rule in RULES} | {"CONTACT_PHONE_UNREACHABLE"}
AS_OF = datetime.date(2026, 11, 28)
OWN = base_document("ZJ")
MOBILE = OWN["entity"]["principal"]["mobile"]


def _example():
    return spec_example_1_1() or example_1_1()


def _mine(report):
    return [r for r in report.reasons if r.code in MINE]


def facts_of(kind, document=OWN, **changes):
    filing = structure_filing(apply_changes(document, changes))
    return [f for f in build_facts(filing, as_of=AS_OF) if f["kind"] == kind]


# -- FORMAT.md's example (1.1) --------------------------------------------------------------------------------

def test_the_1_1_example_triggers_exactly_the_blocked_call_and_the_pending_sms(engine):
    report = beianrules.check(_example(), engine=engine)
    found = {(r.code, r.kind, r.severity, r.paths) for r in _mine(report)}
    assert found == {
        ("CONTACT_PHONE_BLOCKING", "rejection", "error",
         ("entity.principal.emergency_phone", "verification.calls[1].result")),
        ("ORDER_SMS_VERIFICATION", "advice", "warning", ("verification.sms[0].result",)),
    }, report.to_text("en")
    for reason in _mine(report):
        assert MISSING not in reason.message["zh"] + reason.message["en"] + reason.remedy["zh"] + reason.remedy["en"]
    blocking = next(r for r in report.reasons if r.code == "CONTACT_PHONE_BLOCKING")
    assert blocking.evidence == {"phone": "13912345678", "field": "emergency_phone", "called_on": "2026-11-26",
                                 "result": "blocked"}


def test_the_1_1_example_audited_gets_the_deadline_warning_beside_the_blocked_call(engine):
    document = apply_changes(_example(), {"order.status": "approved"})
    report = beianrules.check(document, engine=engine)
    found = {(r.code, r.kind, r.severity) for r in _mine(report)}
    # The SMS row is for orders only; the blocked call is the audit's other rectification.
    assert found == {("CONTACT_PHONE_BLOCKING", "rectification", "error"),
                     ("ORDER_RECTIFY_DEADLINE", "rectification", "warning")}, report.to_text("en")
    deadline = next(r for r in report.reasons if r.code == "ORDER_RECTIFY_DEADLINE")
    assert deadline.evidence["days_left"] == 12 and deadline.evidence["state"] == "running"
    assert "12" in deadline.message["zh"] and "12 day(s)" in deadline.message["en"]


def test_the_1_1_example_audited_without_the_blocked_call_has_no_deadline_reason(engine):
    document = apply_changes(_example(), {"order.status": "approved",
                                          "verification.calls[1].result": "reached"})
    assert not _mine(beianrules.check(document, engine=engine))


def test_a_passed_deadline_is_an_error_that_names_it(engine):
    document = apply_changes(_example(), {"order.status": "approved",
                                          "verification.rectification_notice.deadline": "2026-11-20"})
    report = beianrules.check(document, engine=engine)
    (deadline,) = [r for r in report.reasons if r.code == "ORDER_RECTIFY_DEADLINE"]
    assert (deadline.kind, deadline.severity) == ("rectification", "error")
    assert "2026-11-20" in deadline.message["en"] and "days_left" not in deadline.evidence


# -- a condition's own kind -----------------------------------------------------------------------------------

def test_the_sms_rule_advises_for_pending_and_rejects_for_timeout():
    assert [ORDER_SMS_VERIFICATION.kind_for(False, n) for n in range(2)] == ["rejection", "advice"]
    assert [ORDER_SMS_VERIFICATION.kind_for(True, n) for n in range(2)] == ["rectification", "advice"]
    assert ORDER_SMS_VERIFICATION.kind_for(False) == "rejection"
    assert [ORDER_SMS_VERIFICATION.severity_of(n) for n in range(2)] == ["error", "warning"]


def test_a_condition_without_a_kind_takes_the_rules():
    (condition,) = when(fact("sms_check", "sms"))
    assert condition.kind is None
    (advice,) = any_of(when(fact("sms_check", "sms"), kind="advice"))
    assert advice.kind == "advice"


# -- reasons that stand only beside another finding -----------------------------------------------------------

def _reason(code, kind="rectification", severity="error"):
    return Reason(code=code, kind=kind, severity=severity, paths=(f"{code.lower()}",), message={}, remedy={},
                  province=None, evidence={})


def test_a_dependent_reason_stands_only_beside_an_independent_one_of_its_kind_and_severity():
    known = registry()
    deadline = _reason("ORDER_RECTIFY_DEADLINE", severity="warning")
    assert _alongside([deadline], known) == []
    assert _alongside([deadline, _reason("CONTACT_PHONE_UNREACHABLE")], known) == [
        deadline, _reason("CONTACT_PHONE_UNREACHABLE")]
    # A warning rectification or advice is no other rectification (the rule's reading).
    assert _alongside([deadline, _reason("CONTACT_PHONE_UNREACHABLE", severity="warning")], known) == [
        _reason("CONTACT_PHONE_UNREACHABLE", severity="warning")]
    assert _alongside([deadline, _reason("CONTENT_CATEGORY_UNKNOWN", "advice", "warning")], known) == [
        _reason("CONTENT_CATEGORY_UNKNOWN", "advice", "warning")]


def test_the_deadline_rule_declares_its_dependency():
    assert ORDER_RECTIFY_DEADLINE.alongside == Alongside(frozenset({"rectification"}), frozenset({"error"}))
    assert ORDER_RECTIFY_DEADLINE.modes == frozenset({"audit"})
    assert all(rule.alongside is None for rule in registry().values() if rule is not ORDER_RECTIFY_DEADLINE)


# -- facts ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("on, settling, expected", [
    (datetime.date(2026, 11, 21), [], False),
    (None, [], False),
    (datetime.date(2026, 11, 21), [datetime.date(2026, 11, 21)], True),
    (datetime.date(2026, 11, 21), [datetime.date(2026, 11, 20)], False),
    (datetime.date(2026, 11, 21), [None], None),
    (None, [datetime.date(2026, 11, 22)], None),
    (datetime.date(2026, 11, 21), [None, datetime.date(2026, 11, 25)], True),
])
def test_settled_later(on, settling, expected):
    assert settled_later(on, settling) is expected


def test_a_blocked_call_is_a_verification_call_marked_blocked():
    found = facts_of("verification_call", **{"verification.calls": [
        {"phone": MOBILE, "result": "blocked", "on": "2026-11-21"},
        {"phone": MOBILE, "result": "unreachable", "on": "2026-11-21"}]})
    by_call = {f["call"]: f for f in found if f["contact"] == "entity.principal.mobile"}
    assert by_call["verification.calls[0]"]["blocked"] is True
    assert by_call["verification.calls[0]"]["reached"] is False
    assert by_call["verification.calls[1]"]["blocked"] is False


def test_sms_facts_skip_verified_entries_and_settle_by_number():
    found = facts_of("sms_check", **{"verification.sms": [
        {"phone": MOBILE, "result": "timeout", "on": "2026-11-24"},
        {"phone": f"+86 {MOBILE[:3]} {MOBILE[3:7]} {MOBILE[7:]}", "result": "verified", "on": "2026-11-25"},
        {"phone": "13800211234", "result": "pending", "on": "2026-11-25"},
        {"result": "failed", "on": "2026-11-26"}]})
    assert [(f["ref"], f["result"], f["returns_order"], f.get("settled_later")) for f in found] == [
        ("verification.sms[0]", "timeout", True, True),
        # An entry without a number could be the pending one's outcome: unknown.
        ("verification.sms[2]", "pending", False, None),
        ("verification.sms[3]", "failed", True, None),  # no number: the verified entry cannot be matched
    ]
    (pending,) = facts_of("sms_check", **{"verification.sms": [
        {"phone": "13800211234", "result": "pending", "on": "2026-11-25"},
        {"phone": MOBILE, "result": "timeout", "on": "2026-11-26"}]})[:1]
    assert pending["settled_later"] is False
    assert "phone" not in found[2]


def test_identity_check_facts_name_the_person_and_settle_by_a_later_match():
    found = facts_of("identity_check", **{"verification.identity_checks": [
        {"person": "entity.legal_representative", "result": "mismatch", "on": "2026-11-19"},
        {"person": "websites[0].principal", "result": "face_failed", "on": "2026-11-19"},
        {"person": "websites[0].principal", "result": "matched", "on": "2026-11-19"},
        {"person": "entity.principal", "result": "pending"}]})
    assert [(f["person"], f["result"], f["matched_later"], f["name"]) for f in found] == [
        ("entity.legal_representative", "mismatch", False, OWN["entity"]["legal_representative"]["name"]),
        ("websites[0].principal", "face_failed", True, OWN["websites"][0]["principal"]["name"]),
    ]


def test_emergency_facts_prefer_his_own_mobile_and_leave_app_principals_out_of_the_gs_problems():
    app_principal = {"name": "赵敏", "mobile": "13805747777", "emergency_phone": MOBILE}
    found = facts_of("emergency_contact_check", **{
        "entity.principal.emergency_phone": MOBILE,
        "apps": [{"name": "示例App", "platforms": ["android"], "principal": app_principal}]})
    problems = {(f["path"], f["problem"], f["other_path"]) for f in found}
    assert problems == {
        # The website principal is a copy of the entity principal: his own mobile is named first.
        ("entity.principal.emergency_phone", "principal_mobile", "entity.principal.mobile"),
        ("entity.principal.emergency_contact", "no_contact", "entity.principal.emergency_phone"),
        ("websites[0].principal.emergency_contact", "no_contact", "websites[0].principal.emergency_phone"),
        ("apps[0].principal.emergency_contact", "no_contact", "apps[0].principal.emergency_phone"),
    }


def test_an_emergency_contact_with_a_name_or_a_position_is_given():
    for contact, missing in (({"name": "赵敏"}, False), ({"position": "主管"}, False),
                             ({"name": " ", "position": ""}, True)):
        found = facts_of("emergency_contact_check", **{"entity.principal.emergency_contact": contact})
        assert any(f["path"] == "entity.principal.emergency_contact" for f in found) is missing, contact


def test_the_rectification_notice_counts_the_days_left():
    def notice(deadline):
        (found,) = facts_of("rectification_notice", **{"verification.rectification_notice": {
            "issued_on": "2026-11-01", "deadline": deadline}})
        return found["state"], found.get("days_left")
    assert notice("2026-11-27") == ("passed", None)
    assert notice("2026-11-28") == ("running", 0)
    assert notice("2026-12-10") == ("running", 12)
    assert facts_of("rectification_notice") == []

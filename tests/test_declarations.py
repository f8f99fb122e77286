"""The rule registry refuses incomplete or inconsistent declarations."""

import re

import attrs
import pytest

from beianrules.declaration import Doc, DocZh, Example, Ref, Text, fact, when
from beianrules.rulebook import RuleDeclarationError, all_rules, build_registry, registry
from beianrules.rulebook.documents import ID_EXPIRED


def test_every_declared_rule_is_complete():
    rules = all_rules()
    assert {r.code for r in rules} >= {
        "ID_EXPIRED", "PRINCIPAL_NOT_LEGAL_REP", "ORDER_WITHDRAW_IN_BUREAU_REVIEW",
        "ORDER_CANCEL_TYPES_NOT_WITHDRAWABLE", "CONTACT_PHONE_USED_BY_OTHER_ENTITY", "JS_AUTHENTICITY_LETTERS"}
    for rule in rules:
        assert rule.doc.sources and rule.examples


@pytest.mark.parametrize("change, complaint", [
    ({"message": Text(zh="", en="x")}, "message.zh is empty"),
    ({"remedy": Text(zh="x", en=" ")}, "remedy.en is empty"),
    ({"message": Text(zh="{valid_until}", en="{as_of}")}, "different placeholders"),
    ({"message": Text(zh="{nowhere}", en="{nowhere}")}, "no evidence"),
    ({"doc": Doc(what="", why="y", fix="f", sources=("SEED:L13",))}, "doc.what is empty"),
    ({"doc": Doc(what="w", why="y", fix="f", sources=())}, "doc.sources is empty"),
    ({"doc": Doc(what="w", why="y", fix="f", sources=("SEED:L13",))}, r"doc.zh.what is empty"),
    ({"doc": Doc(what="w", why="y", fix="f", sources=("SEED:L13",), zh=DocZh(what="说明", why="原因", fix=" "))},
     r"doc.zh.fix is empty"),
    ({"examples": (Example("only fires", fires=True, paths=("x",)),)}, "at least one example"),
    ({"examples": (Example("only silent", fires=False),)}, "at least one example"),
    ({"paths": ()}, "reports no input path"),
    ({"code": "id_expired"}, "UPPER_SNAKE_CASE"),
    ({"conditions": when(fact("person", "p"), fact("contact", "c", person=Ref("q", "ref")))}, "not bound earlier"),
    ({"conditions": when(fact("person", "p", sid="1"))}, "may not test 'sid'"),
    ({"paths": (Ref("nobody", "path"),)}, "does not bind"),
])
def test_registry_refuses(change, complaint):
    broken = attrs.evolve(ID_EXPIRED, **change)
    with pytest.raises(RuleDeclarationError, match=complaint):
        build_registry([broken])


def test_registry_refuses_duplicate_codes():
    with pytest.raises(RuleDeclarationError, match="declared twice"):
        build_registry([ID_EXPIRED, ID_EXPIRED])


def test_a_placeholder_shows_a_token_in_its_vocabulary():
    from beianrules.rulebook.operations import ORDER_EDIT_NOT_IN_PROGRESS as rule
    assert "{status:order_status}" in rule.message.zh
    assert build_registry([rule])[rule.code] is rule
    wrong = attrs.evolve(rule, message=Text(zh="{status:call_result}", en="{status:call_result}"))
    with pytest.raises(RuleDeclarationError, match="which call_result does not label"):
        build_registry([wrong])


@pytest.mark.parametrize("change, complaint", [
    # A misspelt evidence field: it would render the missing-parameter dash to the user.
    ({"evidence": {**ID_EXPIRED.evidence, "valid_until": Ref("doc", "valid_untill")}},
     "evidence valid_until = doc.valid_untill names an undeclared field"),
    # A misspelt fact kind: the rule would never fire.
    ({"conditions": when(fact("id_documnet", "doc", expired=True))}, "no fact kind 'id_documnet' is declared"),
    ({"conditions": when(fact("id_document", "doc", expird=True))}, "id_document has no field 'expird'"),
    ({"conditions": when(fact("id_document", "doc", expired="yes"))}, "'yes' is not a flag"),
    ({"paths": (Ref("doc", "valid_until"),)}, "is a date, not an input path"),
    ({"message": Text(zh="{valid_until:nowhere}", en="{valid_until:nowhere}")}, "names no vocabulary"),
])
def test_registry_refuses_what_the_fact_vocabulary_does_not_declare(change, complaint):
    broken = attrs.evolve(ID_EXPIRED, **change)
    with pytest.raises(RuleDeclarationError, match=re.escape(complaint)):
        build_registry([broken])


def test_a_token_outside_its_vocabulary_is_refused():
    from beianrules.rulebook.operations import ORDER_EDIT_NOT_IN_PROGRESS as rule
    broken = attrs.evolve(rule, conditions=when(fact("order", "order", status="aproved")))
    with pytest.raises(RuleDeclarationError, match=re.escape("'aproved' is not a token(order_status)")):
        build_registry([broken])


def test_a_province_parameter_must_be_declared_in_reads():
    from beianrules.rulebook.principals import PRINCIPAL_NOT_LEGAL_REP as rule
    assert rule.reads == ("legal_rep", "foreign_legal_rep")
    with pytest.raises(RuleDeclarationError, match="without declaring it in reads"):
        build_registry([attrs.evolve(rule, reads=())])
    with pytest.raises(RuleDeclarationError, match="'legal_reps', which is not a province parameter"):
        build_registry([attrs.evolve(rule, reads=(*rule.reads, "legal_reps"))])


def test_a_firing_example_must_state_its_paths():
    examples = (Example("fires", fires=True), Example("silent", fires=False))
    with pytest.raises(RuleDeclarationError, match="fires but states no paths"):
        build_registry([attrs.evolve(ID_EXPIRED, examples=examples)])


def test_registry_is_sorted_and_codes_unique():
    codes = list(registry())
    assert codes == sorted(codes) and len(codes) == len(set(codes))


def test_province_rules_only_in_their_rulebook():
    import datetime

    from beianrules.rulebook import rulebook
    day = datetime.date(2026, 11, 28)
    assert "JS_AUTHENTICITY_LETTERS" in {r.code for r in rulebook(province="JS", mode="order", as_of=day)}
    assert "JS_AUTHENTICITY_LETTERS" not in {r.code for r in rulebook(province="ZJ", mode="order", as_of=day)}
    # Before its start date it still runs, to warn orders not yet at the bureau (REASONS-WAVE1 clarification (b)).
    assert "JS_AUTHENTICITY_LETTERS" in {r.code for r in rulebook(province="JS", mode="order",
                                                                     as_of=datetime.date(2021, 4, 30))}


def test_kind_becomes_rectification_on_approved_filings():
    assert ID_EXPIRED.kind_for(audit=True) == "rectification"
    assert ID_EXPIRED.kind_for(audit=False) == "rejection"
    from beianrules.rulebook.operations import ORDER_WITHDRAW_IN_BUREAU_REVIEW
    assert ORDER_WITHDRAW_IN_BUREAU_REVIEW.kind_for(audit=True) == "operation_blocked"


@pytest.mark.parametrize("order_type, operation, status, mode", [
    ("new_filing", "submit", "draft", "order"),
    ("new_filing", "modify", "provider_review", "order"),
    ("new_website", "submit", "approved", "audit"),
    ("new_filing", "withdraw", "authority_review", "operation"),
    ("change", "abandon", "approved", "operation"),
    ("cancel_website", "submit", "draft", "operation"),
])
def test_check_mode(order_type, operation, status, mode):
    from beianrules.declaration import check_mode
    assert check_mode(order_type, operation, status) == mode


def test_content_rules_stay_silent_on_withdraw_abandon_and_cancellations(engine):
    import beianrules
    from beianrules.examples import apply_changes, base_document
    bad_content = {"entity.principal.id_document.valid_until": "2020-01-01",
                   "websites[0].content_categories": ["news"]}
    assert {"ID_EXPIRED", "PREAPPROVAL_MISSING"} <= set(
        beianrules.check(apply_changes(base_document("ZJ"), bad_content), engine=engine).codes)
    for request in ({"order.operation": "withdraw", "order.status": "provider_review"},
                    {"order.operation": "abandon", "order.status": "provider_review"},
                    {"order.type": "cancel_website"}):
        report = beianrules.check(apply_changes(base_document("ZJ"), {**bad_content, **request}), engine=engine)
        assert report.codes == [], (request, report.codes)


SEED_CODES = {
    "ENTITY_MULTIPLE_FILING_NUMBERS", "ORDER_WRONG_TYPE", "FILING_NUMBER_FORMAT", "FILING_NUMBER_PREFIX_PROVINCE",
    "ORDER_FIELD_NOT_EDITABLE", "ORDER_WITHDRAW_IN_BUREAU_REVIEW", "ORDER_CANCEL_TYPES_NOT_WITHDRAWABLE",
    "ORDER_ONE_IN_FLIGHT", "CONTACT_PHONE_NOT_LOCAL_SEGMENT", "CONTACT_PHONE_UNREACHABLE",
    "CONTACT_PHONE_USED_BY_OTHER_ENTITY", "CONTACT_SHARED_ACROSS_ENTITIES", "LEGAL_REP_CONTACTS_INCONSISTENT",
    "PREAPPROVAL_EXPIRED_OR_UNCLEAR", "PREAPPROVAL_MISSING", "SITE_CONTENT_VS_ENTITY_NATURE",
    "ENTITY_PROVINCE_NOT_CERT_PROVINCE", "ID_ADDRESS_OUTSIDE_PROVINCE", "PRINCIPAL_NOT_LEGAL_REP",
    "SERVICE_PRINCIPAL_ID_USED_BY_OTHER_ENTITY", "ID_EXPIRED", "JS_AUTHENTICITY_LETTERS", "GD_COMMITMENT_LETTER",
    "ACCESS_INFO_INCONSISTENT", "APP_NO_LONGER_USED", "ACCESS_NOT_USING_PROVIDER",
}

# REASONS.md's kind column, for an order (approved filings turn rejections into rectifications).
SEED_KINDS = dict.fromkeys(SEED_CODES, "rejection") | {
    "ENTITY_MULTIPLE_FILING_NUMBERS": "rectification", "APP_NO_LONGER_USED": "rectification",
    "ACCESS_NOT_USING_PROVIDER": "rectification", "ORDER_FIELD_NOT_EDITABLE": "operation_blocked",
    "ORDER_WITHDRAW_IN_BUREAU_REVIEW": "operation_blocked", "ORDER_CANCEL_TYPES_NOT_WITHDRAWABLE": "operation_blocked",
    "ORDER_ONE_IN_FLIGHT": "operation_blocked",
}


def test_every_seed_code_is_declared_with_its_kind():
    declared = registry()
    assert len(SEED_CODES) == 26
    for code in SEED_CODES:
        assert code in declared, code
        assert declared[code].kind == SEED_KINDS[code], code
    assert declared["ORDER_WRONG_TYPE"].modes == {"order"}
    assert "audit" not in declared["ORDER_ONE_IN_FLIGHT"].modes


def test_seed_codes_match_reasons_md():
    import re
    from pathlib import Path
    reasons = Path(__file__).resolve().parents[2] / "shared" / "spec" / "REASONS.md"
    if not reasons.exists():
        pytest.skip("shared/spec is not beside this checkout")
    table = set(re.findall(r"^\| `([A-Z_]+)` \|", reasons.read_text(encoding="utf-8"), re.M))
    assert table == SEED_CODES


def test_alternatives_of_one_rule_carry_their_own_severity():
    """Severity belongs to the condition that fired: one code, an error in one case and a warning in another."""
    from beianrules import checker, engine, evaluator
    from beianrules.declaration import any_of
    from beianrules.rulebook.principals import PRINCIPAL_NOT_LEGAL_REP as rule
    principal = fact("principal_authority", "principal", finding="not_legal_rep", is_legal_rep=False)
    split = attrs.evolve(rule, conditions=any_of(
        when(principal, fact("province", "bureau", legal_rep="required")),
        when(principal, fact("province", "bureau", legal_rep="letter"),
             fact("attachments", "attached", authorization_letter=False), severity="warning"),
    ))
    assert build_registry([split])[rule.code] is split
    assert [split.severity_of(n) for n in range(2)] == ["error", "warning"]
    person = {"kind": "principal_authority", "ref": "entity.principal", "path": "entity.principal",
              "finding": "not_legal_rep", "is_legal_rep": False, "other_path": "entity.legal_representative"}
    attached = {"kind": "attachments", "ref": "attachments", "path": "attachments", "authorization_letter": False}
    runs = [evaluator.evaluate] + ([engine.evaluate] if engine.AVAILABLE else [])
    for policy, severity in (("required", "error"), ("letter", "warning")):
        bureau = {"kind": "province", "ref": "province:XX", "code": "SC", "legal_rep": policy}
        for run in runs:
            (finding,) = run([split], [person, bureau, attached])
            assert checker._reason(split, finding, audit=False).severity == severity, (run, policy)

"""The rule registry refuses incomplete or inconsistent declarations."""

import attrs
import pytest

from beianrules.rulebook import RuleDeclarationError, all_rules, build_registry, registry
from beianrules.declaration import Doc, Example, Ref, Text, fact, when
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
    ({"examples": (Example("only fires", fires=True),)}, "at least one example"),
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


def test_language_suffixed_placeholders_pair_up():
    ok = attrs.evolve(ID_EXPIRED, message=Text(zh="{name_zh}", en="{name_en}"),
                      evidence={**ID_EXPIRED.evidence, "name_zh": Ref("doc", "path"), "name_en": Ref("doc", "path")})
    assert build_registry([ok])["ID_EXPIRED"] is ok


def test_registry_is_sorted_and_codes_unique():
    codes = list(registry())
    assert codes == sorted(codes) and len(codes) == len(set(codes))


def test_province_rules_only_in_their_rulebook():
    import datetime

    from beianrules.rulebook import rulebook
    day = datetime.date(2026, 11, 28)
    assert "JS_AUTHENTICITY_LETTERS" in {r.code for r in rulebook(province="JS", mode="order", as_of=day)}
    assert "JS_AUTHENTICITY_LETTERS" not in {r.code for r in rulebook(province="ZJ", mode="order", as_of=day)}
    assert "JS_AUTHENTICITY_LETTERS" not in {r.code for r in rulebook(province="JS", mode="order",
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
SEED_KINDS = {code: "rejection" for code in SEED_CODES} | {
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

"""Reports: FORMAT.md's shape, ordering, kinds, rendering and redaction."""

import json

import beianrules
from beianrules.examples import apply_changes, base_document, other_entity_document


def expired_everywhere():
    return apply_changes(base_document("ZJ"), {
        "entity.principal.id_document.valid_until": "2026-01-31",
        "websites[0].principal.id_document.valid_until": "2026-01-31",
        "entity.legal_representative": {"name": "钱国华", "id_number": "330106198401011234"},
    })


def test_report_shape_and_order(engine):
    report = beianrules.check(expired_everywhere(), engine=engine)
    data = json.loads(report.to_json())
    assert list(data) == ["ok", "order_id", "province", "as_of", "reasons"]
    assert data["ok"] is False and data["order_id"] == "EX-ZJ-1" and data["as_of"] == "2026-11-28"
    keys = [(tuple(r["paths"]), r["code"]) for r in data["reasons"]]
    assert keys == sorted(keys)
    assert [r["code"] for r in data["reasons"]] == ["PRINCIPAL_NOT_LEGAL_REP", "ID_EXPIRED", "ID_EXPIRED"]
    for reason in data["reasons"]:
        assert reason["message"]["zh"] and reason["message"]["en"]
        assert "{" not in reason["message"]["en"] + reason["remedy"]["zh"]


def test_messages_are_rendered_from_evidence(engine):
    reason = next(r for r in beianrules.check(expired_everywhere(), engine=engine).reasons if r.code == "ID_EXPIRED")
    assert reason.evidence == {"valid_until": "2026-01-31", "as_of": "2026-11-28"}
    assert "2026-01-31" in reason.message["en"] and "2026-11-28" in reason.message["zh"]


def test_approved_filing_gets_rectifications(engine):
    document = apply_changes(expired_everywhere(), {"order.status": "approved",
                                                    "order.submitted_to_authority_on": "2024-01-01"})
    kinds = {r.kind for r in beianrules.check(document, engine=engine).reasons}
    assert kinds == {"rectification"}


def test_operation_blocked_stays_so_when_approved(engine):
    document = apply_changes(base_document("ZJ"), {"order.type": "cancel_app", "order.operation": "withdraw"})
    reasons = beianrules.check(document, engine=engine).reasons
    assert [(r.code, r.kind) for r in reasons] == [("ORDER_CANCEL_TYPES_NOT_WITHDRAWABLE", "operation_blocked")]


def test_output_is_deterministic(engine):
    first = beianrules.check(expired_everywhere(), engine=engine).to_json()
    assert all(beianrules.check(expired_everywhere(), engine=engine).to_json() == first for _ in range(5))


def test_as_of_argument_is_used_only_when_the_document_has_none(engine):
    document = apply_changes(expired_everywhere(), {"as_of": None})
    assert beianrules.check(document, as_of="2026-01-31", engine=engine).as_of == "2026-01-31"
    assert "ID_EXPIRED" not in beianrules.check(document, as_of="2026-01-31", engine=engine).codes
    assert beianrules.check(expired_everywhere(), as_of="2020-01-01", engine=engine).as_of == "2026-11-28"


def test_no_other_entity_data_in_any_report(engine):
    other = other_entity_document("ZJ")
    mine = apply_changes(base_document("ZJ"), {
        "entity.principal.mobile": other["entity"]["principal"]["mobile"],
        "websites[0].principal.email": other["entity"]["principal"]["email"],
    })
    text = beianrules.check(mine, registry=[other], engine=engine).to_json()
    for secret in (other["entity"]["name"], other["entity"]["certificate"]["number"],
                   other["entity"]["filing_number"], other["entity"]["principal"]["name"],
                   other["entity"]["principal"]["id_document"]["number"],
                   other["entity"]["principal"]["emergency_phone"]):
        assert secret not in text


def test_notebook_display():
    html = beianrules.check(expired_everywhere(), engine="python")._repr_html_()
    assert "<table>" in html and "ID_EXPIRED" in html

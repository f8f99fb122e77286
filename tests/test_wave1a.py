"""Issue 7's acceptance: the Jiangxi draft that came back acceptable before wave 1a, and `explain` for every code."""

import pytest

import beianrules
from beianrules import cli
from beianrules.examples import apply_changes, base_document, other_entity_document


def _jiangxi_draft():
    """Emergency number = mobile, principal ID expiring in 17 days, a website principal under another ID number
    sharing the principal's mobile and email, and that ID number with a wrong check digit."""
    document = base_document("JX")
    other_id = other_entity_document("JX")["entity"]["principal"]["id_document"]["number"]
    wrong_check_digit = other_id[:-1] + ("0" if other_id[-1] != "0" else "1")
    return apply_changes(document, {
        "entity.principal.emergency_phone": document["entity"]["principal"]["mobile"],
        "entity.principal.id_document.valid_until": "2026-12-15",  # as_of 2026-11-28: 17 days left
        "websites[0].principal.id_document.number": wrong_check_digit,
        # Jiangxi wants a letter for a service principal who is not the legal representative: not this test's point.
        "attachments": [{"type": "authorization_letter", "file": "auth.jpg"}],
    })


@pytest.mark.parametrize("engine_name", ["python", "durable"])
def test_the_jiangxi_draft_reports_each_of_its_problems(engine_name):
    from beianrules import engine
    if engine_name == "durable" and not engine.AVAILABLE:
        pytest.skip("durable-rules is not installed")
    report = beianrules.check(_jiangxi_draft(), engine=engine_name)
    found = {(r.code, r.paths, r.severity) for r in report.reasons}
    assert found == {
        ("CONTACT_EMERGENCY_EQUALS_PRIMARY", ("entity.principal.emergency_phone", "entity.principal.mobile"), "error"),
        ("ID_VALIDITY_UNDER_3_MONTHS", ("entity.principal.id_document.valid_until",), "error"),  # JX: error
        ("PRINCIPAL_SAME_PERSON_CONSISTENCY", ("websites[0].principal.mobile", "entity.principal.mobile"), "error"),
        ("PRINCIPAL_SAME_PERSON_CONSISTENCY", ("websites[0].principal.email", "entity.principal.email"), "error"),
        ("ID_NUMBER_INVALID", ("websites[0].principal.id_document.number",), "error"),
        # The principal's emergency number is now the website principal's mobile: Jiangxi checks cross-use too.
        ("CONTACT_EMERGENCY_CROSS_USE", ("entity.principal.emergency_phone", "websites[0].principal.mobile"), "error"),
    }
    assert not report.ok


@pytest.mark.parametrize("code", [r.code for r in beianrules.rules()])
def test_explain_works_for_every_code(code, capsys):
    assert cli.main(["explain", code.lower()]) == 0
    shown = capsys.readouterr().out
    assert shown.startswith(f"## `{code}`") and "**What.**" in shown and "**Examples**" in shown

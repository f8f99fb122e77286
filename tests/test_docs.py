"""The rule reference in docs/ is generated from the declarations and kept up to date."""

from pathlib import Path

from beianrules.docs import render_reference, render_rule_list
from beianrules.rulebook import all_rules

REFERENCE = Path(__file__).resolve().parents[1] / "docs" / "rules.md"


def test_committed_reference_is_current():
    assert REFERENCE.read_text(encoding="utf-8") == render_reference(), (
        "docs/rules.md is stale: run `python -m beianrules.docs`")


def test_every_rule_is_documented_with_its_sources_and_examples():
    text = render_reference()
    for rule in all_rules():
        section = text.split(f"## `{rule.code}`", 1)[1].split("\n## `", 1)[0]
        for needle in ("**What.**", "**Why.**", "**How to fix.**", rule.message.zh, rule.remedy.en,
                       *rule.doc.sources):
            assert needle in section, (rule.code, needle)
        assert section.count("- fires") >= 1 and section.count("- silent") >= 1


def test_rule_list_names_every_code_once():
    listing = render_rule_list().splitlines()
    assert [line.split()[0] for line in listing] == [r.code for r in all_rules()]


PROVINCES = REFERENCE.parent / "provinces.md"


def test_committed_province_reference_is_current():
    from beianrules.docs import render_provinces
    assert PROVINCES.read_text(encoding="utf-8") == render_provinces(), (
        "docs/provinces.md is stale: run `python -m beianrules.docs`")


def test_province_reference_says_who_requires_the_legal_representative_and_on_what_sources():
    from beianrules.provinces import all_parameters
    text = PROVINCES.read_text(encoding="utf-8")
    section = text.split("### `legal_rep`", 1)[1].split("\n### ", 1)[0]
    required = next(line for line in section.splitlines() if line.startswith("- `required`"))
    for code, params in all_parameters().items():
        entry = f"{code} "
        if params.legal_rep.value == "required":
            assert entry in required and ", ".join(params.legal_rep.sources) in required, code
        else:
            assert f"; {entry}" not in required and not required.split(": ", 1)[1].startswith(entry), code
    # Every recorded conflict is published under its province.
    for code, params in all_parameters().items():
        if params.legal_rep.conflict:
            assert params.legal_rep.conflict in text, code


def test_a_rule_that_reads_a_parameter_lists_the_provinces_per_value():
    from beianrules.docs import render_rule
    from beianrules.rulebook import registry
    text = render_rule(registry()["PRINCIPAL_NOT_LEGAL_REP"])
    assert "**Province parameter `legal_rep`**" in text
    assert "- `free` — " in text and "BJ 北京 (TC-SUBJ)" in text

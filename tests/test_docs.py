"""The rule reference in docs/ is generated from the declarations and kept up to date."""

from pathlib import Path

from beianrules.docs import render_reference, render_rule_list
from beianrules.rulebook import all_rules

REFERENCE = Path(__file__).resolve().parents[1] / "docs" / "rules.md"


def test_committed_reference_is_current():
    assert REFERENCE.read_text(encoding="utf-8") == render_reference(), (
        "docs/rules.md is stale: run `python -m beianrules.docs > docs/rules.md`")


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

"""The sources table (RULE-CATALOG §6) and the source keys of every rule and every province value."""

import re
from pathlib import Path

import attrs
import pytest

from beianrules.errors import RuleDeclarationError
from beianrules.provinces import all_parameters
from beianrules.provinces._schema import Sourced, parameter_fields
from beianrules.rulebook import build_registry, registry
from beianrules.sources import CATALOG_SECTIONS, SOURCES, UnknownSourceError, cite, source_problems

CATALOG = Path("/work/shared/spec/RULE-CATALOG.md")


def _province_keys():
    for code, params in all_parameters().items():
        for field in parameter_fields():
            value = getattr(params, field.name)
            if isinstance(value, Sourced):
                yield code, field.name, value.sources
        for document in params.documents:
            yield code, document.code, document.sources


def test_every_rule_source_resolves():
    unresolved = {rule.code: source_problems(rule.doc.sources) for rule in registry().values()}
    assert not {code: problems for code, problems in unresolved.items() if problems}


def test_every_province_source_resolves():
    unresolved = [(code, name, source_problems(keys)) for code, name, keys in _province_keys()]
    assert not [entry for entry in unresolved if entry[2]]


@pytest.mark.parametrize("key, source, detail", [
    ("HW-KB(doc_0046)", "HW-KB", "doc_0046"),
    ("HW-ERR(2.1, 2.2)", "HW-ERR", "2.1, 2.2"),
    ("HW-S3(CQ)", "HW-S3", "CQ"),
    ("TC-REJ", "TC-REJ", None),
    ("SEED:L13", "SEED", "line 13"),
    ("RENWEN-SH-3P", "RENWEN", "SH"),
    ("KEPAI-3P", "KEPAI", None),
    ("CHINACC-3P(GD)", "CHINACC", "GD"),
    ("XIAOSB-SC-3P", "XIAOSB-SC", None),         # the catalog gives one page per province
    ("SD-COPY-3P", "SD-COPY", None),             # a hyphenated name, no province
    ("TC-TJ-3P", "TC-TJ-3P", None),              # a key the catalog writes with its -3P
    ("derived (GB 32100) for (d)", "derived", "(GB 32100) for (d)"),
    ("§4 (python-stdnum)", "§4", "python-stdnum"),
])
def test_a_key_resolves_by_its_base_key_and_keeps_the_detail(key, source, detail):
    citation = cite(key)
    assert (citation.key, citation.source.key, citation.detail) == (key, source, detail)


@pytest.mark.parametrize("key", [
    "HW-KBX", "SEED:L1", "SEED:L2", "SEED:L23", "GUOKEYUN-3P",  # GUOKEYUN names two pages: the province decides
    "RENWEN-XX-3P", "TC-REJ-3P", "", "(doc_0046)", "tc-rej",
])
def test_a_key_that_names_nothing_is_refused(key):
    with pytest.raises(UnknownSourceError):
        cite(key)
    assert source_problems([key])


def test_the_registry_refuses_a_rule_whose_source_does_not_resolve():
    rule = registry()["ID_EXPIRED"]
    broken = attrs.evolve(rule, doc=attrs.evolve(rule.doc, sources=("TC-REJ", "NO-SUCH-SOURCE")))
    with pytest.raises(RuleDeclarationError, match="ID_EXPIRED: 'NO-SUCH-SOURCE' names no source"):
        build_registry([broken])


def test_the_registry_refuses_a_province_value_whose_source_does_not_resolve():
    params = all_parameters()
    js = attrs.evolve(params["JS"], legal_rep=Sourced("letter", ("AL-JS", "AL-JSX")))
    with pytest.raises(RuleDeclarationError, match="province JS: legal_rep: 'AL-JSX' names no source"):
        build_registry([], provinces={**params, "JS": js})


def test_every_source_of_the_catalog_is_in_the_table():
    """Each key the catalog's §6 defines (``* KEY — …`` and ``; KEY — …``) is an entry, and nothing else is."""
    section = CATALOG.read_text(encoding="utf-8").split("## 6. Sources", 1)[1].split("\n## 7.", 1)[0]
    defined = set(re.findall(r"(?:^\* |; |/ )([A-Z0-9][A-Z0-9:-]*[A-Z0-9])(?= — | /)", section, re.MULTILINE))
    defined |= {"EDONG", "ZJCA", "GHYUN-3P", "NM-PEOPLE", "SEED"}  # named inside the REG33 and APP23 entries
    third_party = section.split("Third-party (`3P`)", 1)[1]
    defined |= set(re.findall(r"(?:: |; )([A-Z0-9][A-Z0-9-]+) (?:https?://|\()", third_party))
    assert {"GUOKEYUN", "XIAOSB"} <= defined
    defined = (defined - {"GUOKEYUN", "XIAOSB"}) | {"GUOKEYUN-TJ", "GUOKEYUN-SC", "XIAOSB-ZJ", "XIAOSB-SC"}
    assert len(defined) > 90 and set(SOURCES) == defined


def test_each_source_has_a_title_a_publisher_and_an_address_or_says_why_not():
    for source in (*SOURCES.values(), *CATALOG_SECTIONS.values()):
        assert source.title.strip() and source.publisher.strip(), source.key
        if source.address is None:
            assert source.note, source.key
        else:
            assert re.match(r"^https?://\S+$", source.address), source.key
        assert source.page_date is None or re.match(r"^\d{4}-\d{2}-\d{2}$", source.page_date), source.key


def test_catalog_sections_are_not_sources_of_section_6():
    assert not set(CATALOG_SECTIONS) & set(SOURCES)
    assert all("not a §6 source" in source.note for source in CATALOG_SECTIONS.values())

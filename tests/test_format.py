"""The format reference docs/format.md (issue 9, part 4): generated from the model, complete and current."""

import typing
from pathlib import Path

import attrs
import pytest

from beianrules import docs, formatdoc, model
from beianrules.convert import literal_tokens

REFERENCE = Path(__file__).resolve().parents[1] / "docs" / "format.md"


def test_committed_format_reference_is_current():
    assert REFERENCE.read_text(encoding="utf-8") == formatdoc.render_format(), (
        "docs/format.md is stale: run `python -m beianrules.docs`")


def test_the_docs_command_writes_it_with_the_other_references():
    assert docs.REFERENCES["format.md"] is formatdoc.render_format


@pytest.mark.parametrize("cls", list(formatdoc.objects()), ids=lambda cls: cls.__name__)
def test_every_field_has_a_meaning_and_a_row(cls):
    text = formatdoc.render_format()
    section = text.split(f"\n### {cls.__name__}\n", 1)[1].split("\n### ", 1)[0]
    for field in attrs.fields(cls):
        assert field.metadata.get("meaning", "").strip(), (cls.__name__, field.name)
        assert field.metadata.get("since") in ("1.0", "1.1"), (cls.__name__, field.name)
        assert f"| `{model.json_key(field)}` |" in section, (cls.__name__, field.name)


def test_every_object_class_of_the_model_is_in_the_document():
    classes = {value for value in vars(model).values() if isinstance(value, type) and attrs.has(value)}
    assert classes == set(formatdoc.objects())


@pytest.mark.parametrize("name", sorted(formatdoc.literal_names().values()))
def test_every_token_has_a_term_and_a_meaning(name):
    literal = next(value for value, named in formatdoc.literal_names().items() if named == name)
    section = formatdoc.render_format().split(f"\n### {name}\n", 1)[1].split("\n### ", 1)[0]
    for token in literal_tokens(literal):
        zh, meaning = formatdoc.token_meaning(name, token)
        assert zh.strip() and meaning.strip(), (name, token)
        assert f"| `{token}` |" in section, (name, token)


def test_the_token_terms_name_only_tokens_of_the_model():
    literals = {named: value for value, named in formatdoc.literal_names().items()}
    for name, terms in formatdoc.TOKEN_TERMS.items():
        assert set(terms) == set(typing.get_args(literals[name])), name


# Every path FORMAT.md's "Format 1.1" section adds (groups A–J and the smaller additions).
FORMAT_1_1_PATHS = [
    "format_version", "attachments[].for",
    "entity.business_registration.retrieved_on", "entity.business_registration.name",
    "entity.business_registration.uscc", "entity.business_registration.status",
    "entity.business_registration.on_abnormal_list", "entity.business_registration.legal_representative",
    "entity.business_registration.address", "entity.business_registration.business_scope",
    "entity.business_registration.former_names", "entity.business_registration.kind",
    "entity.business_registration.has_trade_name", "entity.has_seal",
    "websites[].observed.checked_on", "websites[].observed.url", "websites[].observed.reachable",
    "websites[].observed.title", "websites[].observed.shows_filing_number",
    "websites[].observed.displayed_filing_number", "websites[].observed.filing_number_links_to_miit",
    "websites[].observed.shows_psb_number", "websites[].observed.displayed_psb_number", "websites[].psb_number",
    "websites[].opened_on", "apps[].observed.checked_on", "apps[].observed.shows_filing_number",
    "apps[].observed.displayed_filing_number", "apps[].observed.filing_number_links_to_miit",
    "entity.principal.nationality", "websites[].principal.nationality", "apps[].principal.nationality",
    "entity.legal_representative.nationality", "entity.legal_representative.id_type",
    "entity.legal_representative.id_address", "entity.principal.id_document.valid_from",
    "websites[].domain_details[].resolves_to", "websites[].domain_details[].resolved_on",
    "apps[].domain_details[].resolves_to", "websites[].ips[].ip", "websites[].ips[].at_provider",
    "websites[].ips[].region", "apps[].kind", "apps[].signatures[].sha1", "apps[].app_id", "apps[].domains",
    "apps[].icon.file", "apps[].icon.size_bytes", "verification.sms[].phone", "verification.sms[].result",
    "verification.sms[].on", "verification.identity_checks[].person", "verification.identity_checks[].result",
    "verification.rectification_notice.issued_on", "verification.rectification_notice.deadline",
    "entity.region.province", "entity.region.city", "entity.region.district", "entity.certificate.electronic",
    "entity.certificate.issued_in", "websites[].domain_details[].registrant_certificate_type",
    "websites[].domain_details[].registrant_certificate_number", "websites[].domain_details[].real_name_status",
    "entity.principal.emergency_contact.name", "apps[].principal.emergency_contact.position",
]


def test_every_1_1_path_is_a_field_of_the_model():
    paths = formatdoc.field_paths()
    missing = [path for path in FORMAT_1_1_PATHS if path not in paths]
    assert not missing

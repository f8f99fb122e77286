"""One vocabulary: every token declared once with its labels, and no drift from the model's Literal types."""

import typing

import pytest

from beianrules import model, vocabulary
from beianrules.provinces import _schema
from beianrules.vocabulary import VOCABULARIES, Format, Vocabulary

# Every enumeration of the model and of the province schema, and the vocabulary that labels it.
LITERALS = [
    (model.OrderType, "order_type"), (model.OrderStatus, "order_status"), (model.Operation, "operation"),
    (model.EntityType, "entity_type"),
    (typing.Literal[model.AttachmentType, model.AttachmentType11], "attachment_type"),
    (typing.Literal[model.CallResult, model.CallResult11], "call_result"), (model.SmsResult, "sms_result"),
    (model.IdentityCheckResult, "identity_check_result"), (model.RegistrationStatus, "registration_status"),
    (model.RegistrationKind, "registration_kind"), (model.RealNameStatus, "real_name_status"),
    (model.AppKind, "app_kind"),
    (model.Statement, "statement"), (_schema.LegalRepPolicy, "legal_rep_policy"),
    (_schema.OutOfProvinceId, "out_of_province_id"), (_schema.Signer, "signer"),
]


@pytest.mark.parametrize("literal, name", LITERALS, ids=[n for _, n in LITERALS])
def test_each_literal_has_exactly_its_vocabulary(literal, name):
    assert VOCABULARIES[name].tokens == typing.get_args(literal)


def test_a_token_added_to_a_literal_but_not_labelled_fails_at_import():
    grown = typing.Literal["draft", "provider_review", "authority_review", "rejected", "approved", "abandoned",
                           "suspended"]
    labels = {t.token: (t.zh, t.en, t.meaning) for t in vocabulary.ORDER_STATUS.terms.values()}
    with pytest.raises(ValueError, match="suspended"):
        Vocabulary.of_literal("order_status", "", grown, labels)


@pytest.mark.parametrize("name", sorted(n for n, v in VOCABULARIES.items() if isinstance(v, Vocabulary)))
def test_every_term_has_both_labels_and_a_meaning(name):
    for term in VOCABULARIES[name].terms.values():
        assert term.zh and term.en and term.meaning.strip(), (name, term.token)


def test_province_vocabularies_cover_the_31_bureaus():
    from beianrules.provinces import PROVINCE_CODES
    assert vocabulary.PROVINCE.tokens == PROVINCE_CODES == vocabulary.PROVINCE_SHORT.tokens


def test_labels_render_in_each_language_and_lists_join():
    assert vocabulary.render("{s:order_status}", "zh", {"s": "authority_review"}) == "管局审核中"
    assert vocabulary.render("{s:order_status}", "en", {"s": "authority_review"}) == "under the bureau's review"
    assert vocabulary.render("{p:province_short}", "zh", {"p": ["HE", "BJ", "TJ"]}) == "河北、北京、天津"
    assert vocabulary.render("{p:province_short}", "en", {"p": ["HE", "BJ"]}) == "Hebei, Beijing"


def test_a_label_template_reads_the_other_evidence():
    params = {"problems": ["expired", "number_missing"], "valid_until": "2026-01-01", "as_of": "2026-11-28"}
    assert vocabulary.render("{problems:pre_approval_problem}", "en", params) == (
        "expired (valid until 2026-01-01, before the check date 2026-11-28); no approval number")
    assert vocabulary.parameters_read("{problems:pre_approval_problem}") == {"problems", "valid_until", "as_of"}


def test_sizes_are_exact_never_rounded_into_the_limit():
    assert isinstance(VOCABULARIES["size"], Format)
    assert vocabulary.render("{n:size}", "zh", {"n": 4 * 1024 * 1024}) == "4MB"
    assert vocabulary.render("{n:size}", "en", {"n": 4 * 1024 * 1024 + 1}) == "4194305 bytes"


def test_a_filing_number_problem_is_the_parsers_own_wording():
    shown = vocabulary.render("{p:filing_number_problem}", "zh", {"p": "malformed", "number": "浙ICP备 2023000777号"})
    assert "空格" in shown


def test_a_missing_parameter_is_shown_as_a_dash_and_reported():
    missing: set[str] = set()
    assert vocabulary.render("{a} {b:order_status}", "en", {"a": "x"}, missing) == f"x {vocabulary.MISSING}"
    assert missing == {"b"}


@pytest.mark.parametrize("template", [
    "{a} and {b:order_status}", "{{a}} is not {a}", "plain text", "{a}{a}", "{a!r} as written", "{0} by number"])
def test_rendering_from_read_pieces_is_what_string_formatter_gives(template):
    # Templates are split once and filled from the pieces; anything beyond plain named placeholders (a
    # conversion, a positional field) goes to the Formatter itself. Either way the text is the same.
    for params in ({"a": "x", "b": "approved"}, {}):
        fast, formatter = set(), set()
        assert vocabulary.render(template, "en", params, fast) == vocabulary._Renderer("en", params, formatter).format(
            template)
        assert fast == formatter

import pytest

from beianrules.filing_number import (
    REPAIRS,
    FilingNumber,
    FilingNumberError,
    parse_displayed_number,
    parse_filing_number,
)
from beianrules.provinces._table import PROVINCE_NAMES

PREFIXES = [(prefix, p.code) for p in PROVINCE_NAMES.values() for prefix in p.icp_prefixes]


def test_every_province_and_alternate_is_covered():
    assert len(PROVINCE_NAMES) == 31
    alternates = {prefix: code for prefix, code in PREFIXES if prefix != PROVINCE_NAMES[code].abbreviation}
    assert alternates == {"蜀": "SC", "黔": "GZ", "滇": "YN", "陇": "GS"}


@pytest.mark.parametrize(("prefix", "code"), PREFIXES)
@pytest.mark.parametrize("serial", ["10046444", "2021000777"])
def test_every_prefix_parses_to_its_province(prefix, code, serial):
    number = parse_filing_number(f"{prefix}ICP备{serial}号")
    assert (number.province, number.prefix, number.form) == (code, prefix, "filing")
    assert number.entity_serial == serial
    assert (number.service_serial, number.service_kind) == (None, None)
    assert not number.is_service


@pytest.mark.parametrize(
    ("text", "province", "serial", "service", "kind"),
    [
        ("浙ICP备2021000777号-1", "ZJ", "2021000777", 1, "website"),
        ("京ICP备10046444号-9", "BJ", "10046444", 9, "website"),
        ("陕ICP备2024026116号-1A", "SN", "2024026116", 1, "app"),
        ("鲁ICP备2021022006号-4A", "SD", "2021022006", 4, "app"),
        ("沪ICP备2026049608号-3X", "SH", "2026049608", 3, "mini_program"),
        ("豫ICP备2021004680号-4K", "HA", "2021004680", 4, "quick_app"),
        ("黔ICP备17003900号-12", "GZ", "17003900", 12, "website"),
        ("滇ICP备2023001289号-1", "YN", "2023001289", 1, "website"),
        ("蜀ICP备19026949号-1", "SC", "19026949", 1, "website"),
        ("陇ICP备2021003158号-1", "GS", "2021003158", 1, "website"),
    ],
)
def test_service_numbers(text, province, serial, service, kind):
    number = parse_filing_number(text)
    assert number == FilingNumber(text, province, text[0], "filing", serial, service, kind)
    assert number.is_service


@pytest.mark.parametrize(
    ("text", "form", "serial", "service", "kind", "entity"),
    [
        ("京ICP证030173号", "icp_licence", "030173", None, None, "京ICP证030173号"),
        ("京ICP证030173号-1", "icp_licence", "030173", 1, "website", "京ICP证030173号"),
        ("粤B2-20090059", "b2_licence", "20090059", None, None, "粤B2-20090059"),
        ("粤B2-20090059-1626X", "b2_licence", "20090059", 1626, "mini_program", "粤B2-20090059"),
    ],
)
def test_licence_forms(text, form, serial, service, kind, entity):
    number = parse_filing_number(text)
    assert (number.form, number.entity_serial) == (form, serial)
    assert (number.service_serial, number.service_kind) == (service, kind)
    assert number.entity_number == entity


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("浙ICP备2021000777号", "浙ICP备2021000777号"),
        ("浙ICP备2021000777号-1", "浙ICP备2021000777号"),
        ("陕ICP备2024026116号-1A", "陕ICP备2024026116号"),
        ("蜀ICP备19026949号-3X", "蜀ICP备19026949号"),
        ("\t 京ICP备10046444号-9\n", "京ICP备10046444号"),
    ],
)
def test_entity_number(text, entity):
    assert parse_filing_number(text).entity_number == entity


def test_surrounding_whitespace_is_stripped():
    number = parse_filing_number("  京ICP备10046444号-9\u3000\n")
    assert number.text == "京ICP备10046444号-9"
    assert number.service_serial == 9


@pytest.mark.parametrize(
    ("service", "entity", "expected"),
    [
        ("浙ICP备2021000777号-1", "浙ICP备2021000777号", True),
        ("浙ICP备2021000777号-2A", "浙ICP备2021000777号", True),
        ("蜀ICP备19026949号-1", "川ICP备19026949号", True),  # one bureau, two abbreviations
        ("京ICP证030173号-1", "京ICP证030173号", True),
        ("粤B2-20090059-1626X", "粤B2-20090059", True),
        ("浙ICP备2021000777号-1", "浙ICP备2021000778号", False),  # other serial
        ("浙ICP备2021000777号-1", "苏ICP备2021000777号", False),  # other province
        ("粤B2-20090059-1", "粤ICP备20090059号", False),  # same digits, other form
        ("浙ICP备2021000777号", "浙ICP备2021000777号", False),  # an entity number extends nothing
        ("浙ICP备2021000777号-2", "浙ICP备2021000777号-1", False),  # not an entity number
    ],
)
def test_extends(service, entity, expected):
    assert parse_filing_number(service).extends(parse_filing_number(entity)) is expected


@pytest.mark.parametrize(
    ("text", "words", "position"),
    [
        ("", ["empty"], None),
        ("   ", ["empty"], None),
        ("火ICP备2021000777号", ["unknown province abbreviation", "'火'"], 0),
        ("ICP备2021000777号", ["unknown province abbreviation", "'I'"], 0),
        ("浙ICP备1234567号", ["serial must be 8 or 10 digits", "found 7", "'1234567'"], 5),
        ("浙ICP备202100077号", ["serial must be 8 or 10 digits", "found 9"], 5),
        ("浙ICP备20210007770号", ["serial must be 8 or 10 digits", "found 11"], 5),
        ("浙ICP备号-1", ["serial must be 8 or 10 digits", "found none"], 5),
        ("京ICP证03017号", ["serial must be 6 digits", "found 5"], 5),
        ("粤B2-2009005", ["serial must be 8 digits", "found 7"], 4),
        ("沪ICP备2021527689-3号", ["suffix '-3' is inside the number", "沪ICP备2021527689号-3"], 15),
        ("滇ICP备09010050-5号", ["suffix '-5' is inside the number", "滇ICP备09010050号-5"], 13),
        ("蜀ICP备 12005138号-1", ["space at index 5"], 5),
        ("陇ICP备 05000593", ["space at index 5", "missing '号'"], 5),
        ("陇ICP备05000593", ["missing '号' after the serial '05000593'"], 13),
        ("陇ICP备05000593-1", ["missing '号'"], 13),
        ("浙ICP备2021000777号-0", ["service serial starts at 1", "'-0'"], 17),
        ("浙ICP备2021000777号-01", ["leading zero", "'-01'"], 17),
        ("浙ICP备2021000777号-", ["service serial after '-' is missing"], 17),
        ("浙ICP备2021000777号-A", ["service serial after '-' is missing"], 17),
        ("浙ICP备2021000777号-1Y", ["unknown service suffix letter 'Y'", "A (APP), X (mini-program) or K"], 18),
        ("粤B2-20090059-1626Z", ["unknown service suffix letter 'Z'"], 17),
        ("浙ICP备2021000777号-1x", ["must be upper case", "'x'"], 18),
        ("浙ICP备2021000777号-1网站", ["trailing text '网站'"], 18),
        ("浙ICP备2021000777号-1AX", ["trailing text 'X'"], 19),
        ("浙ICP备2021000777号号", ["trailing text '号'"], 16),
        ("粤B2-20090059号", ["trailing text '号'"], 12),
        ("浙ICP2021000777号", ["expected 'ICP备', 'ICP证' or 'B2-'"], 1),
        ("浙icp备2021000777号", ["expected 'ICP备', 'ICP证' or 'B2-'"], 1),
        ("浙ICP备２０２１000777号", ["full-width character '２' at index 5"], 5),
        ("浙ICP备2021000777号－1", ["full-width character '－'"], 16),
        ("浙ＩＣＰ备2021000777号", ["full-width character 'Ｉ'"], 1),
        (" 浙ICP备2021000777号-1x", ["upper case"], 19),  # positions index the input as given
    ],
)
def test_malformed_numbers_name_the_problem(text, words, position):
    with pytest.raises(FilingNumberError) as raised:
        parse_filing_number(text)
    error = raised.value
    assert isinstance(error, ValueError)
    assert error.text == text
    assert error.position == position
    for word in words:
        assert word in error.problem
        assert word in str(error)
    assert error.problem_zh


@pytest.mark.parametrize(
    ("text", "words_zh"),
    [
        ("", ["为空"]),
        ("火ICP备2021000777号", ["“火”不是省份简称"]),
        ("浙ICP备1234567号", ["8位或10位", "7位"]),
        ("沪ICP备2021527689-3号", ["沪ICP备2021527689号-3"]),
        ("蜀ICP备 12005138号-1", ["空格"]),
        ("陇ICP备 05000593", ["空格", "缺少“号”"]),
        ("浙ICP备2021000777号-0", ["从1开始"]),
        ("浙ICP备2021000777号-1Y", ["未知的服务后缀字母“Y”"]),
        ("浙ICP备2021000777号-1网站", ["多余内容“网站”"]),
        ("浙ICP备２021000777号", ["全角"]),
    ],
)
def test_chinese_problems(text, words_zh):
    with pytest.raises(FilingNumberError) as raised:
        parse_filing_number(text)
    for word in words_zh:
        assert word in raised.value.problem_zh


# -- displayed numbers (FILING_NUMBER_NONCANONICAL_DISPLAY's repairs) --------------------------------------------


@pytest.mark.parametrize(
    ("text", "repaired", "repairs"),
    [
        ("沪ICP备2021527689-3号", "沪ICP备2021527689号-3", ("suffix_moved",)),
        ("滇ICP备09010050-5号", "滇ICP备09010050号-5", ("suffix_moved",)),
        ("蜀ICP备 12005138号-1", "蜀ICP备12005138号-1", ("spaces_removed",)),
        ("陇ICP备 05000593", "陇ICP备05000593号", ("spaces_removed", "hao_added")),
        ("陇ICP备05000593", "陇ICP备05000593号", ("hao_added",)),
        ("陇ICP备05000593-1", "陇ICP备05000593号-1", ("hao_added",)),
        ("浙ICP备 2021000777 号 - 1", "浙ICP备2021000777号-1", ("spaces_removed",)),
        ("浙ICP备 2021000777-1A号", "浙ICP备2021000777号-1A", ("spaces_removed", "suffix_moved")),
        ("京ICP证030173-1号", "京ICP证030173号-1", ("suffix_moved",)),
        ("粤B2- 20090059-1626X", "粤B2-20090059-1626X", ("spaces_removed",)),
    ],
)
def test_displayed_numbers_parse_after_the_repairs(text, repaired, repairs):
    shown = parse_displayed_number(text)
    assert shown is not None
    assert (shown.number.text, shown.repairs) == (repaired, repairs)
    assert not shown.canonical
    assert set(shown.repairs) <= set(REPAIRS)
    assert shown.number == parse_filing_number(repaired)


@pytest.mark.parametrize("text", ["浙ICP备2021000777号-1", " 京ICP备10046444号-9\n", "粤B2-20090059-1626X",
                                  "京ICP证030173号"])
def test_a_number_that_parses_as_written_needs_no_repair(text):
    shown = parse_displayed_number(text)
    assert shown is not None and shown.canonical and shown.repairs == ()
    assert shown.number == parse_filing_number(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "浙ICP备２０２１000777号",  # full-width: not one of the repairs
        "ICP备案号：浙ICP备2021000777号-1",  # extra words
        "浙ICP备2021000777x",  # 号 added, still trailing text
        "浙ICP备2021000777-1号号",  # 号 moved, one left over
        "浙ICP备12345号",  # a wrong serial length is not repaired
        "浙ICP备 12345",
        "火ICP备2021000777号",
        "浙ICP备2021000777号-0",
        "浙ICP备2021000777号 网站",  # spaces removed, the words stay
    ],
)
def test_what_the_repairs_cannot_mend(text):
    assert parse_displayed_number(text) is None


def test_the_strict_parser_still_refuses_what_the_display_reading_repairs():
    for text in ("沪ICP备2021527689-3号", "蜀ICP备 12005138号-1", "陇ICP备 05000593"):
        with pytest.raises(FilingNumberError):
            parse_filing_number(text)


def test_the_space_search_takes_exactly_the_characters_str_isspace_takes():
    # parse_filing_number finds the first space or full-width character with one search.
    from beianrules.filing_number import _FULL_WIDTH_OR_SPACE
    found = {c for c in range(0x110000) if _FULL_WIDTH_OR_SPACE.fullmatch(chr(c))}
    assert found == {c for c in range(0x110000) if chr(c).isspace() or 0xFF01 <= c <= 0xFF5E}


@pytest.mark.parametrize("text, at", [("京ICP备１2345678号", 5), ("京ICP备 12345678号", 5),
                                      (" 京ICP备12345678\u3000号", 14), ("京ICP备12\u00a0345678号", 7),
                                      ("京ICP备12345678号－1", 14)])
def test_the_first_space_or_full_width_character_is_named(text, at):
    with pytest.raises(FilingNumberError) as raised:
        parse_filing_number(text)
    assert raised.value.position == at

"""Tests for beianrules.regions: phones, addresses, ID/USCC hints and checks."""

from __future__ import annotations

import phonenumbers
import pytest

from beianrules import _region_data, regions
from beianrules.provinces._table import PROVINCE_CODES, PROVINCE_NAMES
from beianrules.regions import (
    address_province,
    id_region_hint,
    normalize_phone,
    phone_region,
    resident_id_valid,
    uscc_region_hint,
    uscc_valid,
)

# --------------------------------------------------------------------------
# normalize_phone

EQUIVALENT_NUMBERS = {
    "13812345678": [
        "13812345678", "138 1234 5678", "138-1234-5678", "138.1234.5678", " 13812345678 ",
        "+86 138-1234-5678", "+8613812345678", "+86 (138) 1234 5678", "(+86) 138 1234 5678",
        "0086 13812345678", "008613812345678", "8613812345678", "86-138-1234-5678",
        "１３８１２３４５６７８", "＋８６　１３８　１２３４　５６７８", "138－1234－5678",
    ],
    "02583123456": [
        "02583123456", "025-83123456", "025 8312 3456", "(025)83123456", "(025) 8312-3456",
        "（０２５）８３１２３４５６", "025.8312.3456", "025–83123456", "025—8312—3456",
        "+86 25 8312 3456", "+86-25-83123456", "+86 (0)25 8312 3456", "+86 025 83123456",
        "0086 25 83123456", "862583123456",
    ],
    "057188001234": ["057188001234", "(0571)88001234", "0571-8800-1234", "+86 571 8800 1234"],
    "01065123456": ["01065123456", "010-65123456", "(010)6512 3456", "+86 10 6512 3456", "86 10 65123456"],
    "04716612345": ["0471-6612345", "+86 471 6612345"],
}


@pytest.mark.parametrize(
    "text, expected",
    [(text, expected) for expected, texts in EQUIVALENT_NUMBERS.items() for text in texts],
)
def test_normalize_phone_equivalences(text, expected):
    assert normalize_phone(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Letters or other characters: returned as given (whitespace-trimmed).
        ("025-83123456转801", "025-83123456转801"),
        ("  025-83123456 ext. 801 ", "025-83123456 ext. 801"),
        ("138 1234 5678 / 139 1234 5678", "138 1234 5678 / 139 1234 5678"),
        ("tel:13812345678", "tel:13812345678"),
        ("手机13812345678", "手机13812345678"),
        ("abc", "abc"),
        ("", ""),
        ("   ", ""),
        # Digits that run past any mainland number: an extension would be glued on.
        ("025-83123456-801", "025-83123456-801"),
        ("138-1234-5678-1", "138-1234-5678-1"),
        # Country code kept where the rest is not a mainland mobile or landline.
        ("+852 2123 4567", "+85221234567"),
        ("+86 400 800 8888", "+864008008888"),
        ("+86 138 1234", "+861381234"),
        # Domestic numbers that are neither: separators go, digits stay.
        ("400-800-8888", "4008008888"),
        ("95588", "95588"),
        ("8312 3456", "83123456"),
    ],
)
def test_normalize_phone_keeps_meaning(text, expected):
    assert normalize_phone(text) == expected


@pytest.mark.parametrize("text", [t for texts in EQUIVALENT_NUMBERS.values() for t in texts]
                         + ["025-83123456转801", "+852 2123 4567", "025-83123456-801", ""])
def test_normalize_phone_is_idempotent(text):
    once = normalize_phone(text)
    assert normalize_phone(once) == once


@pytest.mark.parametrize("text", ["13812345678", "10000000000", "19999999999", "0251234567", "02583123456",
                                  "057188001234", "099999999999", "0100000000"])
def test_a_number_already_in_canonical_form_is_returned_as_the_full_reading_returns_it(text):
    # Canonical numbers are returned at once; with a space around them they take the full reading.
    assert normalize_phone(text) == normalize_phone(f" {text} ") == text


@pytest.mark.parametrize("text", ["008612345678", "0012345678", "861381234567", "138123456789", "0251234567890",
                                  "1381234567", "０２５８３１２３４５６", "1３812345678"])
def test_numbers_near_the_canonical_shapes_take_the_full_reading(text):
    assert normalize_phone(text) == normalize_phone(f" {text} ")


@pytest.mark.parametrize(
    "value", [None, 13812345678, "+", "＋", "+86", "0086", "86", "\x00", "😀", "0" * 40, "+" + "9" * 30],
)
def test_normalize_phone_never_raises(value):
    assert isinstance(normalize_phone(value), str)


def test_normalize_phone_non_strings():
    assert normalize_phone(None) == ""
    assert normalize_phone(13812345678) == "13812345678"


# --------------------------------------------------------------------------
# phone_region

@pytest.mark.parametrize(
    "number, expected",
    [
        # RULE-CATALOG §4, "Mobile/landline → province".
        ("13812345678", "JS"),  # 江苏省连云港市
        ("18612345678", "BJ"),  # 北京市
        ("15012345678", "YN"),  # 云南省昭通市
        ("02583666303", "JS"),  # 江苏省南京市
        ("01065123456", "BJ"),  # 北京市
        ("02287654321", "TJ"),  # 天津市
        ("19912345678", None),  # only 中国
        ("19212345678", None),  # only 中国
    ],
)
def test_phone_region_catalog_examples(number, expected):
    assert phone_region(number) == expected


@pytest.mark.parametrize(
    "number, expected",
    [
        ("+86 138-1234-5678", "JS"),
        ("+8613812345678", "JS"),
        ("025-83666303", "JS"),
        ("+86 25 8366 6303", "JS"),
        ("+8602287654321", "TJ"),
        ("(010)65123456", "BJ"),
        ("１８６１２３４５６７８", "BJ"),
    ],
)
def test_phone_region_accepts_unnormalised_forms(number, expected):
    assert phone_region(number) == expected


CAPITAL_LANDLINES = {
    "BJ": "01066123456", "TJ": "02266123456", "HE": "031166123456", "SX": "03516612345",
    "NM": "04716612345", "LN": "02466123456", "JL": "043166123456", "HL": "045166123456",
    "SH": "02166123456", "JS": "02566123456", "ZJ": "057166123456", "AH": "055166123456",
    "FJ": "059166123456", "JX": "079166123456", "SD": "053166123456", "HA": "037166123456",
    "HB": "02766123456", "HN": "073166123456", "GD": "02066123456", "GX": "07716612345",
    "HI": "089866123456", "CQ": "02366123456", "SC": "02866123456", "GZ": "085166123456",
    "YN": "087166123456", "XZ": "08916612345", "SN": "02966123456", "GS": "09316612345",
    "QH": "09716612345", "NX": "09516612345", "XJ": "09916612345",
}


def test_capital_landlines_cover_every_province():
    assert set(CAPITAL_LANDLINES) == set(PROVINCE_CODES)


@pytest.mark.parametrize("province, number", sorted(CAPITAL_LANDLINES.items()))
def test_phone_region_capital_landlines(province, number):
    assert phone_region(number) == province


def test_phone_region_area_code_of_qinghai_hainan_prefecture():
    # 0974 is 青海省海南藏族自治州: Qinghai, not Hainan.
    assert phone_region("09741234567") == "QH"


@pytest.mark.parametrize(
    "number",
    [
        "12012345678",  # no such segment
        "1381234567",  # 10 digits
        "138123456789",  # 12 digits
        "+85221234567",  # Hong Kong
        "+1 650 253 0000",
        "025-83123456转801",  # not normalisable: unknown
        "83123456",  # no area code
        "4008008888",
        "abc",
        "",
        "0" * 11,
    ],
)
def test_phone_region_unknown(number):
    assert phone_region(number) is None


@pytest.mark.parametrize("value", [None, 13812345678, "\x00", "😀"])
def test_phone_region_never_raises(value):
    assert phone_region(value) is None


def test_phone_region_is_cached():
    phone_region.cache_clear()
    phone_region("13812345678")
    phone_region("13812345678")
    info = phone_region.cache_info()
    assert info.hits >= 1 and info.misses >= 1


def test_every_mainland_geocoder_description_resolves():
    """Each Chinese description in phonenumbers' geocoder data maps to a province.

    (中国, for unplaced blocks such as 199, is the country fallback, not data.)
    """
    from phonenumbers.geodata import GEOCODE_DATA

    descriptions = {v["zh"] for k, v in GEOCODE_DATA.items() if k.startswith("86") and "zh" in v}
    assert "江苏省连云港市" in descriptions and len(descriptions) > 300
    unresolved = {d for d in descriptions if regions._province_from_description(d) is None}
    assert unresolved == set()
    assert regions._province_from_description("中国") is None
    assert regions._province_from_description("") is None


@pytest.mark.parametrize(
    "description, expected",
    [
        ("江苏省连云港市", "JS"), ("北京市", "BJ"), ("天津", "TJ"), ("内蒙古兴安", "NM"),
        ("广西壮族自治区南宁市、崇左市", "GX"), ("新疆维吾尔自治区乌鲁木齐市", "XJ"), ("新疆石河子市", "XJ"),
        ("西藏那曲地区、嘉黎县、聂荣县、申扎县、双湖、班戈县、尼玛县", "XZ"), ("宁夏中卫市", "NX"),
        ("青海省海南藏族自治州", "QH"), ("海南省海口市、三亚市", "HI"), ("海南藏族自治州", "QH"),
    ],
)
def test_geocoder_description_parsing(description, expected):
    assert regions._province_from_description(description) == expected


# --------------------------------------------------------------------------
# address_province

@pytest.mark.parametrize("code", PROVINCE_CODES)
def test_address_full_province_names(code):
    name = PROVINCE_NAMES[code].name_zh
    assert address_province(name + "示例路1号") == code
    assert address_province(name) == code


SHORT_WITH_CITY = {
    "BJ": "北京海淀区中关村大街1号", "TJ": "天津和平区", "HE": "河北石家庄市", "SX": "山西太原市",
    "NM": "内蒙古呼和浩特市", "LN": "辽宁沈阳市", "JL": "吉林长春市", "HL": "黑龙江哈尔滨市",
    "SH": "上海浦东新区", "JS": "江苏南京市", "ZJ": "浙江杭州", "AH": "安徽合肥市", "FJ": "福建福州市",
    "JX": "江西南昌市", "SD": "山东济南市", "HA": "河南郑州市", "HB": "湖北武汉市", "HN": "湖南长沙市",
    "GD": "广东深圳市", "GX": "广西南宁市", "HI": "海南海口市", "CQ": "重庆渝中区", "SC": "四川成都市",
    "GZ": "贵州贵阳市", "YN": "云南昆明市", "XZ": "西藏拉萨市", "SN": "陕西西安市", "GS": "甘肃兰州市",
    "QH": "青海西宁市", "NX": "宁夏银川市", "XJ": "新疆乌鲁木齐市",
}


def test_short_with_city_cover_every_province():
    assert set(SHORT_WITH_CITY) == set(PROVINCE_CODES)


@pytest.mark.parametrize("code, text", sorted(SHORT_WITH_CITY.items()))
def test_address_short_province_names(code, text):
    assert address_province(text) == code


@pytest.mark.parametrize("code", PROVINCE_CODES)
def test_address_bare_short_name(code):
    assert address_province(PROVINCE_NAMES[code].short_zh) == code


CAPITALS = {
    "BJ": "北京市", "TJ": "天津市", "HE": "石家庄市", "SX": "太原市", "NM": "呼和浩特市",
    "LN": "沈阳市", "JL": "长春市", "HL": "哈尔滨市", "SH": "上海市", "JS": "南京市", "ZJ": "杭州市",
    "AH": "合肥市", "FJ": "福州市", "JX": "南昌市", "SD": "济南市", "HA": "郑州市", "HB": "武汉市",
    "HN": "长沙市", "GD": "广州市", "GX": "南宁市", "HI": "海口市", "CQ": "重庆市", "SC": "成都市",
    "GZ": "贵阳市", "YN": "昆明市", "XZ": "拉萨市", "SN": "西安市", "GS": "兰州市", "QH": "西宁市",
    "NX": "银川市", "XJ": "乌鲁木齐市",
}


@pytest.mark.parametrize("code, capital", sorted(CAPITALS.items()))
def test_address_capitals_without_province(code, capital):
    assert address_province(capital + "某某区某某路1号") == code


@pytest.mark.parametrize(
    "text, expected",
    [
        ("杭州市西湖区文三路1号", "ZJ"),
        ("南京市鼓楼区", "JS"),
        ("深圳市南山区科技园", "GD"),
        ("苏州市工业园区星湖街", "JS"),
        ("青岛市市南区", "SD"),
        ("大连市中山区", "LN"),
        ("厦门市思明区", "FJ"),
        ("宁波市鄞州区", "ZJ"),
        ("东莞市南城街道", "GD"),
        ("吉林市船营区", "JL"),
        ("延边朝鲜族自治州延吉市", "JL"),
        ("西双版纳傣族自治州景洪市", "YN"),
        ("大兴安岭地区加格达奇区", "HL"),
        ("锡林郭勒盟锡林浩特市", "NM"),
        ("三亚市吉阳区", "HI"),
        ("石河子市北四路", "XJ"),  # county-level city directly under the region
        ("仙桃市", "HB"),
        ("济源市", "HA"),
        ("淮阴市清河区", "JS"),  # former name of 淮安市, still on old ID cards
        ("襄樊市", "HB"),  # former name of 襄阳市
        ("日喀则地区", "XZ"),
        # Abbreviated prefecture, confirmed by one of its districts.
        ("杭州西湖区", "ZJ"),
        ("南京鼓楼区", "JS"),
        ("朝阳双塔区", "LN"),
        ("延边延吉市", "JL"),
    ],
)
def test_address_cities_without_province(text, expected):
    assert address_province(text) == expected


# --------------------------------------------------------------------------
# Reference data, derived at runtime from python-stdnum's cn/loc data.
# Invariants and a few well-known rows only: no frozen copy of the table.

_MAINLAND_GB = {p.gb_code for p in PROVINCE_NAMES.values()}
_DATA_ROWS = {row.code: row for row in _region_data.rows()}


def test_reference_data_is_derived_once():
    assert _region_data.rows() is _region_data.rows()
    assert [code for code, *_ in regions._ROWS] == list(_DATA_ROWS)


def test_reference_data_structure():
    assert len(_DATA_ROWS) == len(_region_data.rows())  # codes are unique
    assert {code[:2] for code in _DATA_ROWS} == _MAINLAND_GB  # 31 provinces, no 71/81/82
    for code, row in _DATA_ROWS.items():
        assert len(code) == 6 and code.isdigit(), row
        assert any(row[1:]), row  # no empty rows (e.g. 659000)
        for names in row[1:]:
            assert len(set(names)) == len(names), row
            assert not set(names) & _region_data.PLACEHOLDER_NAMES, row
            assert all(name and not any(c.isspace() or c in "|,[]" for c in name) for name in names), row
        assert not set(row.current) & set(row.former), row  # current wins
        assert not set(row.counties) & set(row.former_counties), row
        if code[4:] != "00":  # XX90ZZ: a county-level unit directly under the province
            assert code[2:4] == "90" and row.current and not row.former, row
            assert not row.counties and not row.former_counties, row
        else:
            assert all(n.endswith(_region_data.PREFECTURE_SUFFIXES) for n in row.current + row.former), row
        if code[2:] in ("0000", "9000"):  # only collect county-level units
            assert not row.current and not row.former, row


def test_reference_data_prefecture_level_kinds():
    current = [row.current for code, row in _DATA_ROWS.items() if code[2:4] not in ("00", "90") and row.current]
    assert all(len(names) == 1 for names in current)
    kinds = dict.fromkeys(("自治州", "地区", "盟", "市"), 0)
    for (name,) in current:
        kinds[next(s for s in kinds if name.endswith(s))] += 1
    assert kinds == {"市": 293, "自治州": 30, "地区": 7, "盟": 3}


@pytest.mark.parametrize(
    "code, current, former, county, former_county",
    [
        ("320800", "淮安市", "淮阴市", "淮安区", "楚州区"),  # 淮阴市 renamed 淮安市 (2001)
        ("420600", "襄阳市", "襄樊市", "襄州区", "襄阳区"),
        ("330100", "杭州市", None, "西湖区", None),
        ("322100", None, "徐州地区", None, "铜山县"),  # a whole former prefecture
        ("429004", "仙桃市", None, None, None),  # XX90ZZ: own row, no county list
        ("419001", "济源市", None, None, None),
        ("659001", "石河子市", None, None, None),
        ("419000", None, None, None, "义马市"),  # former XX90ZZ units collect under XX9000
        ("422900", None, None, "神农架林区", None),  # placeholder 林区 dropped
        ("460000", None, None, None, "通什市"),  # XX00ZZ (early Hainan) under XX0000
        # Guangdong keeps Hainan's names from before 1988.
        ("441000", None, "海口市", None, None),
        ("441100", None, "三亚市", None, None),
        ("442200", None, "海南黎族苗族自治州", None, "崖县"),
        ("442100", None, None, None, "琼山县"),  # 海南行政区 dropped (no 市/地区/盟/自治州)
        ("460100", "海口市", None, "秀英区", "振东区"),
    ],
)
def test_reference_data_known_rows(code, current, former, county, former_county):
    row = _DATA_ROWS[code]
    assert row.current == ((current,) if current else ()), row
    for name, names in ((former, row.former), (county, row.counties), (former_county, row.former_counties)):
        assert name is None or name in names, row


def test_reference_data_dropped_names():
    assert "海南行政区" not in _DATA_ROWS["442100"].former  # no 市/地区/盟/自治州 suffix
    assert "秀英区" not in _DATA_ROWS["460100"].former_counties  # former and current: listed as current
    assert "659000" not in _DATA_ROWS  # only a placeholder name
    assert "110000" not in _DATA_ROWS and not _DATA_ROWS["110100"].current  # 市辖区


_SAMPLE_LOC = """\
# a made-up excerpt in stdnum 2.2's cn/loc layout
46 province="海南省"
  0000 county="[1988-]海南省"
  0001 county="[1988-2000]甲市,[2001-2002]乙市"
  0100 county="[1988-]丙市"
  0101 county="[1990-]市辖区"
  0102 county="[1990-2002]丁区"
  0103 county="[1990-2002]戊区"
  0104 county="[2002-]戊区"
  9000 county="[2002-]省直辖县级行政单位"
  9001 county="[2002-]己市"
  9002 county="[2002-2015]庚市,[2016-]辛市"
44 province="广东省"
  2100 county="[-1988]海南行政区"
  2101 county="[-1986]丙市"
  2200 county="[-1987]壬自治州,[1988-]癸地区"
81 province="香港特別行政區"
  0000 county="香港特別行政區"
  0100 county="子市"
  0101 county="丑区"
"""


def test_reference_data_rules_on_a_sample():
    import io

    from stdnum import numdb

    rows = _region_data.derive_rows(numdb.read(io.StringIO(_SAMPLE_LOC)))
    assert [tuple(row) for row in rows] == [
        ("460000", (), (), (), ("甲市", "乙市")),
        ("460100", ("丙市",), (), ("戊区",), ("丁区",)),
        ("469000", (), (), (), ("庚市",)),
        ("469001", ("己市",), (), (), ()),
        ("469002", ("辛市",), (), (), ()),
        ("442100", (), (), (), ("丙市",)),
        ("442200", ("癸地区",), ("壬自治州",), (), ()),
    ]


@pytest.mark.parametrize(
    "text",
    [
        '110101 county="东城区" prefecture="市辖区" province="北京市"\n',  # stdnum <= 2.1 (flat)
        '11 province="北京市"\n  0101 county="[-2010 崇文区"\n',
        '11 province="北京市"\n  0101 county="东城 区"\n',
        '11 province="北京市"\n  01 county="东城区"\n',
    ],
)
def test_reference_data_rejects_other_layouts(text):
    import io

    from stdnum import numdb

    with pytest.raises(_region_data.LocDataError):
        _region_data.derive_rows(numdb.read(io.StringIO(text)))


def _current_prefecture_rows():
    return [
        (code, province, name)
        for code, province, current, *_ in regions._ROWS
        if code[2:4] != "90"
        for name in current
    ]


def test_reference_data_has_every_prefecture_level_division():
    # 333 prefecture-level divisions (293 cities, 7 地区, 30 自治州, 3 盟).
    rows = _current_prefecture_rows()
    assert len({code for code, _, _ in rows}) == 333
    assert {province for _, province, _ in rows} == set(PROVINCE_CODES) - {"BJ", "TJ", "SH", "CQ"}


@pytest.mark.parametrize("code, province, name", _current_prefecture_rows())
def test_address_every_prefecture_level_name(code, province, name):
    assert address_province(name + "示例路1号") == province
    assert address_province(PROVINCE_NAMES[province].name_zh + name) == province


@pytest.mark.parametrize(
    "text",
    [
        "海南藏族自治州共和县",
        "海南藏族自治州",
        "青海省海南藏族自治州共和县",
        "青海海南藏族自治州",
    ],
)
def test_address_hainan_prefecture_of_qinghai(text):
    assert address_province(text) == "QH"


@pytest.mark.parametrize("text", ["海南省海口市", "海南海口市", "海南省三沙市", "海南"])
def test_address_hainan_province(text):
    assert address_province(text) == "HI"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("江苏省南京市玄武区示例路1号", "JS"),  # FORMAT.md example
        ("江苏省 南京市 玄武区", "JS"),
        ("江苏省\u3000南京市", "JS"),
        ("中国江苏省南京市", "JS"),
        ("中华人民共和国北京市东城区", "BJ"),
        ("中国（上海）自由贸易试验区张江路1号", "SH"),
        ("中国(广东)自由贸易试验区深圳前海蛇口片区", "GD"),
        ("中国（四川）自由贸易试验区成都高新区", "SC"),
        ("北京市朝阳区建国路", "BJ"),
        ("北京朝阳区", "BJ"),
        ("天津市河北区", "TJ"),
        ("上海市南京东路", "SH"),
        ("重庆市渝中区", "CQ"),
        ("吉林省吉林市", "JL"),
        ("内蒙古自治区呼和浩特市", "NM"),
        ("广西壮族自治区南宁市", "GX"),
        ("广西自治区南宁市", "GX"),
        ("广西省南宁市", "GX"),
        ("新疆维吾尔族自治区乌鲁木齐市", "XJ"),
        ("宁夏回族自治区银川市", "NX"),
        ("西藏自治区拉萨市", "XZ"),
        ("云南西双版纳", "YN"),
        ("黑龙江省哈尔滨市", "HL"),
    ],
)
def test_address_forms(text, expected):
    assert address_province(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Bare district names and streets named after places: unknown, not a guess.
        "朝阳区建国路88号",  # Beijing district; 朝阳市 is in Liaoning
        "河北区中山路",  # Tianjin district, not 河北省
        "海南区",  # district of 乌海市 (Inner Mongolia)
        "鼓楼区",  # Nanjing, Xuzhou, Fuzhou, Kaifeng…
        "南京路100号",
        "北京路1号",
        "重庆路",
        "阿里巴巴园区",
        "昆山市",  # county-level city: not placed on its own
        # Contradictions.
        "江苏省杭州市西湖区",
        "海南省海南藏族自治州",
        "江苏省北京市",
        # Not an address at the start.
        "210000江苏省南京市",
        "地址：江苏省南京市",
        "中国",
        "abc",
        "123",
        "",
        "   ",
        "（美国）加利福尼亚州",
        "Nanjing, Jiangsu",
    ],
)
def test_address_unknown(text):
    assert address_province(text) is None


@pytest.mark.parametrize("value", [None, 32, b"\xe6\xb1\x9f\xe8\x8b\x8f", "\x00", "😀", "市"])
def test_address_never_raises(value):
    assert address_province(value) is None


# --------------------------------------------------------------------------
# ID and USCC numbers

@pytest.mark.parametrize(
    "number, expected",
    [
        ("11010519491231002X", "BJ"),
        ("11010519491231002x", "BJ"),
        ("320102199003071239", "JS"),
        ("3201 0219 9003 0712 39", "JS"),
        ("440304199001011234", "GD"),  # a hint needs only the shape, not the checksum
        ("630121199001011234", "QH"),
        ("460100199001011234", "HI"),
        ("810000199001011234", None),  # Hong Kong: not one of the 31 bureaus
        ("710000199001011234", None),  # Taiwan
        ("990000199001011234", None),
        ("110105491231002", None),  # 15-digit old number
        ("1101051949123100XX", None),
        ("11010519491231002", None),
        ("", None),
        (None, None),
        (110105194912310021, None),
    ],
)
def test_id_region_hint(number, expected):
    assert id_region_hint(number) == expected


@pytest.mark.parametrize(
    "uscc, expected",
    [
        ("91110000600037341L", "BJ"),
        ("91110000600037341l", "BJ"),
        ("9132010060003734XY", "JS"),
        ("91 44030 0600037341L", "GD"),
        ("921000006000373412", None),  # region 10: none of the 31
        ("9111000060003734IL", None),  # I is not in the USCC alphabet
        ("9A110000600037341L", "BJ"),
        ("91AB0000600037341L", None),  # region must be digits
        ("91110000600037341", None),
        ("", None),
        (None, None),
    ],
)
def test_uscc_region_hint(uscc, expected):
    assert uscc_region_hint(uscc) == expected


@pytest.mark.parametrize(
    "number, expected",
    [
        ("11010519491231002X", True),
        ("11010519491231002x", True),
        ("320102199003071239", True),
        ("110105 19491231 002X", True),
        ("110105194912310021", False),  # wrong check digit
        ("320102199003071238", False),
        ("320102199002301236", False),  # 30 February
        ("1101051949123100AX", False),  # right length, not digits
        ("110105491231002", None),  # 15 digits: not judged here
        ("11010519491231002", None),
        ("", None),
        (None, None),
        (11010519491231002, None),
    ],
)
def test_resident_id_valid(number, expected):
    assert resident_id_valid(number) is expected


@pytest.mark.parametrize(
    "number, expected",
    [
        ("91110000600037341L", True),
        ("91110000600037341l", True),
        ("91110000-600037341L", True),
        ("91110000600037341M", False),
        ("91110000600037341I", False),
        ("9111000060003734", None),
        ("", None),
        (None, None),
    ],
)
def test_uscc_valid(number, expected):
    assert uscc_valid(number) is expected


def test_region_hints_are_consistent_with_the_province_table():
    for code, province in PROVINCE_NAMES.items():
        assert id_region_hint(province.gb_code + "0102199001011234") == code
        assert uscc_region_hint("91" + province.gb_code + "0000600037341L") == code


def _parsed_region(number):
    """phone_region as phonenumbers' own calls give it: parse, is_valid_number, description_for_number."""
    from phonenumbers import geocoder
    normalized = normalize_phone(number)
    try:
        parsed = phonenumbers.parse(normalized, "CN")
    except phonenumbers.NumberParseException:
        return None
    if parsed.country_code != 86 or not phonenumbers.is_valid_number(parsed):
        return None
    return regions._province_from_description(geocoder.description_for_number(parsed, "zh"))


# Every mobile block 100–199 and landline area codes of 2 to 4 digits, each with a few local numbers: the
# numbers phone_region builds without parsing must be placed exactly as parsing places them.
_SAMPLE = ([f"{block}{tail}" for block in range(100, 200) for tail in ("00000000", "12345678", "99999999")]
           + [f"0{area}{local}" for area in (*range(10, 100, 3), *range(200, 1000, 7)) for local in
              ("1234567", "83666303", "66778899")])


def test_phone_region_without_parsing_places_numbers_as_parsing_does():
    assert regions._builds_directly()  # the pinned CN metadata is the one the direct path was read from
    built = [n for n in _SAMPLE if regions._mainland_number(n) is not None]
    assert len(built) > 0.9 * len(_SAMPLE)
    for number in built:
        assert regions._mainland_number(number) == phonenumbers.parse(number, "CN"), number
    assert [phone_region(n) for n in _SAMPLE] == [_parsed_region(n) for n in _SAMPLE]


def test_phone_region_parses_numbers_that_may_carry_a_carrier_code():
    # 11…, 12… and 179… can start with a carrier code that parsing drops: those are parsed, not built.
    assert [regions._mainland_number(n) for n in ("11812345678", "12012345678", "17951234567")] == [None] * 3
    assert [phone_region(n) for n in ("11812345678", "17951234567")] == [
        _parsed_region(n) for n in ("11812345678", "17951234567")]

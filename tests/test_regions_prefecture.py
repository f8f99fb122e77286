"""regions.address_prefecture (REASONS-WAVE1 W12) and regions.prefecture_name."""

from __future__ import annotations

import pytest

from beianrules import regions
from beianrules.provinces._table import PROVINCE_NAMES
from beianrules.regions import address_prefecture, address_province, prefecture_name


@pytest.mark.parametrize("text, code", [
    ("北京市朝阳区建国路1号", "110000"),
    ("北京朝阳区建国路1号", "110000"),
    ("天津市和平区示例路1号", "120000"),
    ("上海市黄浦区中山东一路1号", "310000"),
    ("中国（上海）自由贸易试验区张江路1号", "310000"),
    ("重庆市渝中区示例路1号", "500000"),
])
def test_a_municipality_is_its_own_prefecture(text, code):
    assert address_prefecture(text) == code


@pytest.mark.parametrize("text, code", [
    ("河北省石家庄市长安区示例路1号", "130100"),
    ("河北石家庄市长安区示例路1号", "130100"),
    ("石家庄市长安区示例路1号", "130100"),  # province left out: a name address_province accepts on its own
    ("中国河北省保定市竞秀区示例路1号", "130600"),
    ("河北 省 保定市", "130600"),  # white space is removed
    ("内蒙古自治区兴安盟乌兰浩特市", "152200"),
    ("内蒙古兴安盟乌兰浩特市", "152200"),
    ("吉林省延边朝鲜族自治州延吉市", "222400"),
    ("延边朝鲜族自治州延吉市", "222400"),
    ("吉林省吉林市船营区", "220200"),  # the province's name opens the city's
    ("吉林市船营区", "220200"),
    ("广西省南宁市兴宁区", "450100"),  # a colloquial province name
    ("海南藏族自治州共和县", "632500"),  # Qinghai's, not Hainan's
    ("海南省海口市龙华区", "460100"),
])
def test_prefecture_level_names(text, code):
    assert address_prefecture(text) == code


@pytest.mark.parametrize("text, code", [
    ("江苏省淮阴市清河区", "320800"),  # a former name gives the row it belongs to (淮安市)
    ("江苏淮阴市", "320800"),
    ("河南省济源市示例路1号", "419001"),  # a county-level unit directly under the province
    ("济源市示例路1号", "419001"),
    ("湖北省仙桃市示例路1号", "429004"),
    ("新疆维吾尔自治区石河子市", "659001"),
    ("湖北省随州市曾都区", "421300"),  # stdnum lists it current as 421300 and as the county-level 429001
])
def test_former_names_and_county_level_units_under_the_province(text, code):
    assert address_prefecture(text) == code


@pytest.mark.parametrize("text, code", [
    ("河北石家庄长安区示例路1号", "130100"),
    ("河北省保定竞秀区示例路1号", "130600"),
    ("浙江杭州西湖区文三路1号", "330100"),
])
def test_short_form_followed_by_a_county_of_that_row(text, code):
    assert address_prefecture(text) == code


@pytest.mark.parametrize("text", [
    "河北省三河市燕郊镇",  # a county-level city of a prefecture
    "竞秀区示例路1号",  # a bare district
    "朝阳区建国路1号",
    "310000上海市黄浦区",  # a postal code first
    "石家庄长安区示例路1号",  # a short form without its province: only full names place a text on their own
    "河北省石家庄",  # a short form with no county after it
    "河北省保定西湖区",  # a county of another prefecture after the short form
    "江苏省杭州市西湖区",  # the text contradicts itself: no province
    "河北省沧州地区",  # a prefecture no longer in the table (its counties now lie in current rows)
    "河北省",
    "",
    "   ",
])
def test_unknown(text):
    assert address_prefecture(text) is None


@pytest.mark.parametrize("value", [None, 130100, ["河北省石家庄市"]])
def test_not_text(value):
    assert address_prefecture(value) is None


def _current_rows():
    for code, province, current, former, _counties, _former_counties in regions._ROWS:
        if province not in regions._MUNICIPALITIES and current:
            yield code, province, current, former


def test_every_current_prefecture_name_after_its_province():
    # 随州市 is the one name two current rows share (see above).
    wrong = [(code, name, address_prefecture(PROVINCE_NAMES[province].name_zh + name + "示例路1号"))
             for code, province, current, former in _current_rows() for name in (*current, *former)
             if address_prefecture(PROVINCE_NAMES[province].name_zh + name + "示例路1号") != code]
    assert wrong == [("429001", "随州市", "421300")]


def test_every_prefecture_of_a_known_province_is_in_that_province():
    for _code, province, current, _former in _current_rows():
        text = PROVINCE_NAMES[province].short_zh + current[0] + "示例路1号"
        found = address_prefecture(text)
        assert found is None or (found[:2] == PROVINCE_NAMES[province].gb_code
                                 and address_province(text) == province), text


def test_prefecture_name():
    assert prefecture_name("130100") == "石家庄市"
    assert prefecture_name("320800") == "淮安市"  # the current name, for a code found by a former one
    assert prefecture_name("110000") == "北京市"
    assert prefecture_name("419001") == "济源市"
    assert prefecture_name("132900") is None  # 沧州地区: no current name
    assert prefecture_name("999999") is None


def test_the_doctest_examples_hold():
    assert address_prefecture("河北省石家庄市长安区示例路1号") == "130100"
    assert address_province("河北省石家庄市长安区示例路1号") == "HE"

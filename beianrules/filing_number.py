"""Parse ICP filing numbers (备案号) and say precisely what is wrong with bad ones.

Accepted forms (RULE-CATALOG §1.10, §5):

- filing: ``浙ICP备2021000777号`` for the entity, ``…号-1`` for a website,
  ``…号-1A`` APP, ``…号-3X`` mini-program, ``…号-4K`` quick app; the serial has
  8 or 10 digits (SEED:L3, SEED:L15, TC-NUMDEF; suffix letters HW-S3);
- ICP licence: ``京ICP证030173号`` and ``京ICP证030173号-1`` (HGHA-README);
- B2 licence: ``粤B2-20090059`` and ``粤B2-20090059-1626X`` (WX-API).

The province abbreviation may be any of a bureau's ``icp_prefixes``, so the
alternates 黔/贵, 滇/云, 蜀/川 and 陇/甘 are accepted.

Parsing is strict because a footer has to match the MIIT record character for
character: spaces, full-width digits or a suffix placed before 号 are errors,
not things to tidy up. Only whitespace around the whole text is dropped.

A number *displayed* on a live site or in an APP is read with
:func:`parse_displayed_number`, which tries the strict parse first and then
the three repairs of FILING_NUMBER_NONCANONICAL_DISPLAY (FORMAT 1.1): removing
spaces, adding a missing 号, moving a ``-n`` written before 号 after it — the
malformed footers RULE-CATALOG §5 observed (``沪ICP备2021527689-3号``,
``蜀ICP备 12005138号-1``, ``陇ICP备 05000593``). It says which repairs were
needed; :func:`parse_filing_number` itself repairs nothing.
"""

from __future__ import annotations

import functools
import re

import attrs

from beianrules.errors import FilingNumberError
from beianrules.provinces._table import province_of_icp_prefix

_FORMS = {
    # form: (marker after the abbreviation, serial lengths, closing text)
    "filing": ("ICP备", (8, 10), "号"),
    "icp_licence": ("ICP证", (6,), "号"),
    "b2_licence": ("B2-", (8,), ""),
}
_KINDS = {"": "website", "A": "app", "X": "mini_program", "K": "quick_app"}
# Any ASCII letter is taken as the kind letter so that a wrong one is named as such.
_SERVICE = re.compile(r"-(?P<digits>[0-9]*)(?P<letter>[A-Za-z]?)")


@attrs.frozen
class FilingNumber:
    """A parsed filing number (备案号) or licence number, as :func:`parse_filing_number` reads it.

    ``text`` is the number as written (trimmed); ``province`` the bureau's two-letter code and ``prefix`` the
    abbreviation used (蜀 and 川 are both ``SC``); ``form`` is ``filing`` (ICP备), ``icp_licence`` (ICP证)
    or ``b2_licence`` (B2-); ``entity_serial`` the entity's digits. A service number (``…号-1A``) also has
    ``service_serial`` (1) and ``service_kind`` (``website``, ``app``, ``mini_program``, ``quick_app``);
    an entity number has None for both.
    """

    text: str
    province: str
    prefix: str
    form: str
    entity_serial: str
    service_serial: int | None
    service_kind: str | None

    @property
    def entity_number(self) -> str:
        """The entity's own number, without the service suffix (``浙ICP备2021000777号``)."""
        marker, _, closing = _FORMS[self.form]
        return f"{self.prefix}{marker}{self.entity_serial}{closing}"

    @property
    def is_service(self) -> bool:
        """Whether this numbers a website, APP, mini-program or quick app rather than the entity."""
        return self.service_serial is not None

    def extends(self, entity: FilingNumber) -> bool:
        """Whether this service number hangs under ``entity``, an entity number.

        The province is compared rather than the abbreviation: 蜀 and 川 (etc.)
        are one bureau with one sequence, so the same serial is the same entity.
        """
        return (
            self.is_service
            and not entity.is_service
            and (self.province, self.form, self.entity_serial)
            == (entity.province, entity.form, entity.entity_serial)
        )


# U+FF01..FF5E are the full-width forms of ASCII (１, －, Ｘ, ...); `\s` is what str.isspace() takes.
_FULL_WIDTH_OR_SPACE = re.compile(r"[\uff01-\uff5e\s]")


# Remembered: one check reads the same few numbers many times (a FilingNumber is immutable; a text that
# does not parse raises again, every time).
@functools.lru_cache(maxsize=8192)
def parse_filing_number(text: str) -> FilingNumber:
    """Parse a filing or licence number strictly, as the MIIT record writes it.

    Raises :class:`~beianrules.FilingNumberError` saying what is wrong (in English and Chinese) and where
    (``position``): full-width characters, spaces, an unknown abbreviation, a serial of the wrong length, a
    suffix before 号. Whitespace around the whole text is the only thing forgiven.

        >>> number = parse_filing_number("陕ICP备2024026116号-1A")
        >>> number.province, number.service_serial, number.service_kind, number.entity_number
        ('SN', 1, 'app', '陕ICP备2024026116号')
    """
    number = text.strip()
    # Positions refer to the caller's text, leading whitespace included.
    offset = len(text) - len(text.lstrip())

    def fail(problem: str, problem_zh: str, at: int | None = None) -> FilingNumberError:
        return FilingNumberError(text, problem, problem_zh, None if at is None else offset + at)

    if not number:
        raise fail("the filing number is empty", "备案号为空")
    suspect = _FULL_WIDTH_OR_SPACE.search(number)
    if suspect is not None:  # the first character that is one or the other
        i, ch = suspect.start(), suspect.group()
        if "\uff01" <= ch <= "\uff5e":
            raise fail(
                f"full-width character {ch!r} at index {offset + i}; "
                "the MIIT record uses ASCII digits, letters and '-'",
                f"第{offset + i + 1}个字符“{ch}”是全角字符，备案号应使用半角数字、字母和“-”",
                i,
            )
        else:
            problem = f"space at index {offset + i}; the number must be written without spaces"
            problem_zh = f"第{offset + i + 1}个字符是空格，备案号中不能有空格"
            # Footers like '陇ICP备 05000593' are wrong twice over; name both at once.
            try:
                parse_filing_number("".join(number.split()))
            except FilingNumberError as also:
                problem += f"; without the spaces: {also.problem}"
                problem_zh += f"；去掉空格后：{also.problem_zh}"
            raise fail(problem, problem_zh, i)

    prefix = number[0]
    province = province_of_icp_prefix(prefix)
    if province is None:
        raise fail(
            f"unknown province abbreviation {prefix!r}; the number must start with one such as 京, 沪 or 粤",
            f"“{prefix}”不是省份简称，备案号应以京、沪、粤等省份简称开头",
            0,
        )

    pos = 1
    form = next((f for f, (marker, _, _) in _FORMS.items() if number.startswith(marker, pos)), None)
    if form is None:
        raise fail(
            f"expected 'ICP备', 'ICP证' or 'B2-' after {prefix!r}, found {number[pos:pos + 3]!r}",
            f"省份简称后应为“ICP备”“ICP证”或“B2-”，实际为“{number[pos:pos + 3]}”",
            pos,
        )
    marker, lengths, closing = _FORMS[form]
    pos += len(marker)

    leading_digits = re.match(r"[0-9]*", number[pos:])
    assert leading_digits is not None  # `[0-9]*` matches every string, if only with its empty prefix
    serial = leading_digits.group()
    if len(serial) not in lengths:
        wanted = " or ".join(map(str, lengths))
        wanted_zh = "位或".join(map(str, lengths))
        found = f"{len(serial)} ({serial!r})" if serial else "none"
        raise fail(
            f"the serial must be {wanted} digits, found {found}",
            f"序列号应为{wanted_zh}位数字，实际为{len(serial)}位" + (f"（{serial}）" if serial else ""),
            pos,
        )
    pos += len(serial)

    if closing and not number.startswith(closing, pos):
        rest = number[pos:]
        if rest.startswith("-") and closing in rest:
            suffix = rest[: rest.index(closing)]
            fixed = f"{number[:pos]}{closing}{suffix}{rest[len(suffix) + 1:]}"
            raise fail(
                f"the suffix {suffix!r} is inside the number, before {closing}; write {fixed!r}",
                f"后缀“{suffix}”位于“{closing}”之前，应写作“{fixed}”",
                pos,
            )
        raise fail(
            f"missing {closing!r} after the serial {serial!r}" + (f", found {rest!r}" if rest else ""),
            f"序列号{serial}之后缺少“{closing}”",
            pos,
        )
    pos += len(closing)

    service_serial = service_kind = None
    service = _SERVICE.match(number, pos)
    if service:
        digits, letter = service["digits"], service["letter"]
        at = pos + 1
        if not digits:
            raise fail("the service serial after '-' is missing", "“-”之后缺少服务序号", at)
        if digits.startswith("0"):
            raise fail(
                f"the service serial starts at 1, found '-{digits}'" if int(digits) == 0
                else f"the service serial must not have a leading zero, found '-{digits}'",
                f"服务序号从1开始且不能以0开头，实际为“-{digits}”",
                at,
            )
        if letter.upper() in _KINDS and letter not in _KINDS:
            raise fail(
                f"the service suffix letter must be upper case, found {letter!r} after '-{digits}'",
                f"服务后缀字母应为大写“{letter.upper()}”，实际为“{letter}”",
                at + len(digits),
            )
        if letter not in _KINDS:
            raise fail(
                f"unknown service suffix letter {letter!r} after '-{digits}'; "
                "expected A (APP), X (mini-program) or K (quick app)",
                f"未知的服务后缀字母“{letter}”，应为A（APP）、X（小程序）或K（快应用）",
                at + len(digits),
            )
        service_serial, service_kind = int(digits), _KINDS[letter]
        pos = service.end()
    if pos < len(number):
        raise fail(
            f"unexpected trailing text {number[pos:]!r} at index {offset + pos}",
            f"备案号末尾有多余内容“{number[pos:]}”",
            pos,
        )

    return FilingNumber(number, province, prefix, form, serial, service_serial, service_kind)



REPAIRS = ("spaces_removed", "hao_added", "suffix_moved")
"""The repairs :func:`parse_displayed_number` may make, in the order it makes them."""

# After the spaces are gone: the abbreviation, a marker closed by 号, the serial's digits, and the rest.
_CLOSED_BY_HAO = re.compile(r"(?P<head>.(?:ICP备|ICP证))(?P<serial>[0-9]+)(?P<tail>.*)\Z", re.DOTALL)
_SUFFIX_BEFORE_HAO = re.compile(r"(?P<suffix>-[0-9]+[A-Za-z]?)号")


@attrs.frozen
class DisplayedNumber:
    """A displayed filing number as it parses, with the repairs it needed (none: it parses as written)."""

    number: FilingNumber
    """The number as it reads after the repairs (``number.text``: the repaired text)."""
    repairs: tuple[str, ...]
    """Tokens of :data:`REPAIRS`, in the order they were made."""

    @property
    def canonical(self) -> bool:
        return not self.repairs


def _close_with_hao(number: str) -> tuple[str, str] | None:
    """``number`` with its missing 号 added or its misplaced ``-n`` moved after 号, and which repair it was;
    None when neither applies (a form without 号, 号 in its place, or 号 somewhere no repair explains)."""
    found = _CLOSED_BY_HAO.match(number)
    if found is None or found["tail"].startswith("号"):
        return None
    head, tail = found["head"] + found["serial"], found["tail"]
    misplaced = _SUFFIX_BEFORE_HAO.match(tail)
    if misplaced is not None:  # 沪ICP备2021527689-3号 → 沪ICP备2021527689号-3
        return f"{head}号{misplaced['suffix']}{tail[misplaced.end():]}", "suffix_moved"
    if "号" in tail:
        return None
    return f"{head}号{tail}", "hao_added"  # 陇ICP备05000593 → 陇ICP备05000593号


def parse_displayed_number(text: str) -> DisplayedNumber | None:
    """A filing number as a website footer or an APP's page shows it (FORMAT 1.1 ``displayed_filing_number``).

    It parses as written (:func:`parse_filing_number`: no repairs), or after the repairs of
    FILING_NUMBER_NONCANONICAL_DISPLAY — every white space inside removed (``蜀ICP备 12005138号-1``), then a
    missing 号 added after the serial (``陇ICP备05000593``, ``陇ICP备05000593-1``) or a ``-n`` written
    before 号 moved after it (``沪ICP备2021527689-3号``) — or not at all (None). Nothing else is repaired:
    full-width characters, a wrong abbreviation or serial length, extra words stay unparsable.

    >>> parse_displayed_number("陇ICP备 05000593").number.text, parse_displayed_number("陇ICP备 05000593").repairs
    ('陇ICP备05000593号', ('spaces_removed', 'hao_added'))
    >>> parse_displayed_number("浙ICP备２０２１000777号") is None
    True
    """
    try:
        return DisplayedNumber(parse_filing_number(text), ())
    except FilingNumberError:
        pass
    number, repairs = text.strip(), []
    if any(character.isspace() for character in number):
        number = "".join(number.split())
        repairs.append("spaces_removed")
    closed = _close_with_hao(number)
    if closed is not None:
        number = closed[0]
        repairs.append(closed[1])
    if not repairs:
        return None
    try:
        return DisplayedNumber(parse_filing_number(number), tuple(repairs))
    except FilingNumberError:
        return None

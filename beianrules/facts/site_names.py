"""Facts for the wave-1b website-name rows (REASONS-WAVE1, table 1b): what a website's name breaks.

One fact per website (``websites[i]`` whose ``name`` is not blank) and way its name breaks a naming rule
(W15: one reason per website and clause; for SITE_NAME_IS_DOMAIN one per domain the name spells), one kind per
row:

- ``site_name_length`` — fewer than 3 Han characters (W5, after NFKC) and not letters and digits only;
  ``problem`` (``site_name_length``): no ASCII letter or digit in the name (``too_short``, an error), Han
  characters mixed with letters or digits (``too_short_mixed``, a warning), no Han character at all
  (``too_short_no_han``, a warning: the settled reading);
- ``site_name_symbols`` — ``problem`` (``site_name_symbols``): with ``( ) - ·`` removed only ASCII letters and
  digits remain (``letters_digits_only``: ``abc``, ``ABC-123``), or a character other than a Han character, an
  ASCII letter or digit or one of ``( ) - ·`` (``special_symbol``; ``symbol``: the first one);
- ``site_name_national`` — the name key begins with 中国 中华 中央 人民 人大 国家 (``word``), with
  ``national_exempt`` (W13, :func:`national_level_exempt`) and ``national_proof`` (format 1.1: a
  ``national_unit_proof`` counts for the website, :func:`national_proof_for`);
- ``site_name_domain`` — the name, read as a URL, is one of the website's own domains (``domain_path``);
- ``personal_site_name`` — ``problem`` (``personal_site_name``): the filer's or the principal's own name
  (``personal_name``), 博客 (``blog_word``), a W14 place name (``place_name``; ``word``: the first one in the
  name);
- ``site_name_unrelated`` — the name shares nothing with the entity's core name (``core``,
  :func:`core_name`), with ``remark_given``.

Every fact carries ``content_order`` (W2: ``order.type`` is ``new_filing``, ``new_website``, ``new_app`` or
``change``) and ``individual`` (the filer's ``entity.type``); the rules test them. A comparison that cannot be
made (an exemption that is unknown, a core name with nothing to compare) leaves its field out, so the rule
stays silent. Place names come from ``provinces._table.PROVINCE_NAMES`` and ``_region_data.rows()``, never a
list of this module's own. Everything compared is the checked document's own data: no registry is read.
"""

from __future__ import annotations

import contextlib
import functools
import re
from collections.abc import Callable

import idna
import regex  # type: ignore[import-untyped]  # no py.typed and no stubs installed

from beianrules import _region_data
from beianrules.facts.context import Context
from beianrules.facts.schema import COUNT, FLAG, PATH, TEXT, FactKind, token
from beianrules.facts.standing import has_attachment_for
from beianrules.finding import Fact
from beianrules.model import CONTENT_ORDER_TYPES, Entity, Filing, Website
from beianrules.provinces._table import PROVINCE_NAMES
from beianrules.reference.domains import host, registrable_domain, u_form
from beianrules.reference.text import contains, han_count, name_key, nfkc, normalise_hyphens
from beianrules.regions import _county_short, _prefecture_short

_COMMON = {"path": PATH, "name": TEXT, "content_order": FLAG, "individual": FLAG}

KINDS = (
    FactKind("site_name_length", "A website name with fewer than 3 Han characters (W5), not letters and digits only.",
             {**_COMMON, "problem": token("site_name_length"), "han_count": COUNT}),
    FactKind("site_name_symbols", "A website name of letters and digits only, or with a special symbol.",
             {**_COMMON, "problem": token("site_name_symbols"), "symbol": TEXT}),
    FactKind("site_name_national", "A website name whose name key begins with a national-level word (W13).",
             {**_COMMON, "word": TEXT, "national_exempt": FLAG, "national_proof": FLAG}),
    FactKind("site_name_domain", "A website name that is one of the website's own domains (one fact per domain).",
             {**_COMMON, "domain_path": PATH, "domain": TEXT}),
    FactKind("personal_site_name", "What a website name uses that a personal website's may not (one fact per clause).",
             {**_COMMON, "problem": token("personal_site_name"), "word": TEXT}),
    FactKind("site_name_unrelated", "A website name that shares nothing with the entity's core name.",
             {**_COMMON, "entity_path": PATH, "core": TEXT, "remark_given": FLAG}),
)


MIN_HAN = 3
"""SITE_NAME_TOO_SHORT: a website name needs at least this many Han characters (W5)."""

NATIONAL_WORDS = ("中国", "中华", "中央", "人民", "人大", "国家")
"""W13: the national-level words (SITE_NAME_NATIONAL_PREFIX)."""

BLOG_WORD = "博客"
"""SITE_NAME_PERSONAL_RESTRICTED (b), HW-KB doc_0019."""

# SITE_NAME_UNRELATED_TO_ENTITY: the legal forms removed from the end of the entity's name (longest first).
LEGAL_FORMS = ("股份有限公司", "有限责任公司", "集团有限公司", "有限公司", "集团公司", "集团", "公司")

# SITE_NAME_PURE_DIGITS_LETTERS: the symbols a website name may carry (3Z0-3P). W5's hyphens read as "-" and its
# name separators (• ‧ ・ ∙) as "·" (Reading: W5 defines what a hyphen and a middle dot are).
TOLERATED_SYMBOLS = frozenset("()-·")
_AS_MIDDLE_DOT = str.maketrans(dict.fromkeys("\u2022\u2027\u30fb\u2219", "·"))

_HAN = regex.compile(r"\p{Han}")
_ASCII_ALNUM = re.compile(r"[A-Za-z0-9]")
_ASCII_ALNUM_ONLY = re.compile(r"[A-Za-z0-9]+")
_TRAILING_BRACKETS = re.compile(r"\([^()]*\)$")


def _symbol_text(name: str) -> str:
    """``name`` as the symbol clauses read it: NFKC, W5 hyphens as ``-``, separators as ``·``, no white space."""
    text = normalise_hyphens(name).translate(_AS_MIDDLE_DOT)
    return "".join(character for character in text if not character.isspace())


def _is_han(character: str) -> bool:
    return bool(_HAN.fullmatch(character))


def letters_digits_only(name: str) -> bool:
    """SITE_NAME_PURE_DIGITS_LETTERS (a): with ``( ) - ·`` removed, only ASCII letters and digits remain.

    >>> letters_digits_only("ABC-123"), letters_digits_only("（abc）"), letters_digits_only("abc官网")
    (True, True, False)
    """
    rest = "".join(character for character in _symbol_text(name) if character not in TOLERATED_SYMBOLS)
    return bool(_ASCII_ALNUM_ONLY.fullmatch(rest))


def first_special_symbol(name: str) -> str | None:
    """SITE_NAME_PURE_DIGITS_LETTERS (b): the first character that is not Han, ASCII alphanumeric or tolerated.

    >>> first_special_symbol("示例★官网!"), first_special_symbol("示例(官网)-1")
    ('★', None)
    """
    for character in _symbol_text(name):
        if not (_is_han(character) or _ASCII_ALNUM.fullmatch(character) or character in TOLERATED_SYMBOLS):
            return character
    return None


def too_short(name: str) -> str | None:
    """SITE_NAME_TOO_SHORT's problem token for ``name``, None when it is long enough or letters/digits only.

    >>> too_short("官网"), too_short("QQ音乐"), too_short("qinghe-soft.cn"), too_short("示例官网")
    ('too_short', 'too_short_mixed', 'too_short_no_han', None)
    """
    count = han_count(name)
    if count >= MIN_HAN or letters_digits_only(name):
        return None
    if count == 0:
        return "too_short_no_han"  # settled reading: a warning, toward silence
    return "too_short_mixed" if _ASCII_ALNUM.search(_symbol_text(name)) else "too_short"


def national_word(name: str) -> str | None:
    """The W13 word the name key of ``name`` begins with (``中国示例网`` → ``中国``); None otherwise."""
    key = name_key(name)
    return next((word for word in NATIONAL_WORDS if key and key.startswith(word)), None)


def national_level_exempt(entity: Entity) -> bool | None:
    """W13: whether the entity may be a national-level unit — ``government``, or a name beginning with a W13 word.

    None (unknown, so silence) when the entity is not ``government`` and its name is blank: whether a
    national-level unit files cannot be told.
    """
    if entity.type == "government":
        return True
    if name_key(entity.name) is None:
        return None
    return national_word(entity.name) is not None


def national_proof_for(filing: Filing, site_path: str) -> bool:
    """Whether a ``national_unit_proof`` counts for the website at ``site_path`` (format 1.1, group A).

    It counts when its ``for`` names the website, is absent, or names ``entity`` (Reading: the letter proves
    that the unit is a national-level one, which holds for each of its websites); a proof for another website
    or for a person does not count.
    """
    return has_attachment_for(filing, "national_unit_proof", site_path)


def name_as_domain(name: str) -> str:
    """The website name read as a URL (SITE_NAME_IS_DOMAIN): NFKC, no white space, lower-cased, without a
    leading ``http://`` or ``https://`` and a leading ``www.``, and without trailing ``/`` and ``.``.

    >>> name_as_domain("HTTPS://www.Example.com/")
    'example.com'
    """
    text = "".join(character for character in nfkc(name) if not character.isspace()).lower()
    for scheme in ("https://", "http://"):
        if text.startswith(scheme):
            text = text[len(scheme):]
            break
    return text.removeprefix("www.").rstrip("/.")


def domain_forms(text: str) -> frozenset[str]:
    """What a website name may not be, for one ``domains[j]`` text: its host (W9) without a leading ``www.``
    in U-form and in A-form (``idna.encode``, when it encodes), and its registrable domain. Empty for a text
    that is not a host.
    """
    text_host = host(text)
    if text_host is None:
        return frozenset()
    unicode_host = u_form(text_host).removeprefix("www.")
    forms = {unicode_host}
    # A host idna refuses has no A-form: its U-form and registrable domain are still compared.
    with contextlib.suppress(idna.IDNAError, UnicodeError):
        forms.add(idna.encode(unicode_host, uts46=True).decode("ascii"))
    registrable = registrable_domain(text_host)
    if registrable is not None:
        forms.add(registrable)
    return frozenset(form for form in forms if form)


@functools.cache
def place_names() -> frozenset[str]:
    """W14's place names: the 31 province names, full and short, and the current prefecture-level names of
    ``_region_data.rows()`` (rows ``XXYY00``), full and short (two characters at least)."""
    names = {name for province in PROVINCE_NAMES.values() for name in (province.name_zh, province.short_zh)}
    for row in _region_data.rows():
        if not row.code.endswith("00") or row.code[2:4] in ("00", "90"):
            continue
        for name in row.current:
            names.add(name)
            short = _prefecture_short(name)
            if short is not None and len(short) >= 2:
                names.add(short)
    return frozenset(name for name in names if len(name) >= 2)


def _first_at(text: str, start: int, names: frozenset[str], longest: int) -> str | None:
    """The longest of ``names`` that starts ``text`` at ``start``."""
    for length in range(min(longest, len(text) - start), 1, -1):
        if text[start:start + length] in names:
            return text[start:start + length]
    return None


@functools.cache
def _longest(names: frozenset[str]) -> int:
    return max(map(len, names), default=0)


def first_place_name(name: str) -> str | None:
    """The W14 place name that starts earliest in ``name`` (W5: NFKC, no white space), longest there.

    >>> first_place_name("我的杭州美食笔记"), first_place_name("美食笔记")
    ('杭州', None)
    """
    text = name_key(name) or ""
    names = place_names()
    longest = _longest(names)
    for start in range(len(text)):
        found = _first_at(text, start, names, longest)
        if found is not None:
            return found
    return None


@functools.cache
def _province_openings() -> frozenset[str]:
    return frozenset(name for province in PROVINCE_NAMES.values() for name in (province.name_zh, province.short_zh))


@functools.cache
def _local_openings() -> frozenset[str]:
    """The prefecture- and county-level names a core name loses at its start: every current name of
    ``_region_data.rows()`` (prefecture level, county level directly under a province, and the counties of
    each row), full and short (two characters at least). Reading: former names are kept in the core (fewer
    names removed, fewer sites found unrelated)."""
    names: set[str] = set()
    for row in _region_data.rows():
        for name in row.current:
            names.add(name)
            shorts = (_county_short(name),) if row.code[2:4] == "90" else (_prefecture_short(name),)
            names.update(short for short in shorts if short is not None)
        for name in row.counties:
            names.add(name)
            short = _county_short(name)
            if short is not None:
                names.add(short)
    return frozenset(name for name in names if len(name) >= 2)


def _remove_leading(text: str, names: frozenset[str]) -> str:
    found = _first_at(text, 0, names, _longest(names))
    return text[len(found):] if found is not None else text


def core_name(entity_name: str) -> str | None:
    """The *core name* of a unit (SITE_NAME_UNRELATED_TO_ENTITY): the name key of ``entity_name`` without
    (1) one leading province name (full or short), then one leading prefecture- or county-level name (full or
    short), longest match each, once each; (2) a trailing bracketed part, then the longest trailing legal form
    (``股份有限公司`` … ``公司``). None for a blank name.

    >>> core_name("浙江省杭州市示例科技有限公司"), core_name("杭州西湖云算信息技术有限公司")
    ('示例科技', '西湖云算信息技术')
    """
    key = name_key(entity_name)
    if key is None:
        return None
    core = _remove_leading(_remove_leading(key, _province_openings()), _local_openings())
    core = _TRAILING_BRACKETS.sub("", core)
    for form in LEGAL_FORMS:
        if core.endswith(form):
            core = core[: -len(form)]
            break
    return core


def _pairs(text: str, keep: re.Pattern[str] | regex.Pattern) -> set[str]:
    return {text[n:n + 2] for n in range(len(text) - 1) if keep.fullmatch(text[n]) and keep.fullmatch(text[n + 1])}


def shares_with_core(site_name: str, core: str) -> bool | None:
    """Whether ``site_name`` shares something with a core name: two consecutive Han characters of the core occur
    in it, or a run of two ASCII letters or digits occurs in both (case-folded; W5 *contains*).

    None when the core has neither two consecutive Han characters nor two consecutive ASCII letters or digits
    (nothing to compare: silence). Reading: a common run of two or more is a common pair, so pairs are compared.
    """
    han_pairs, ascii_pairs = _pairs(core, _HAN), _pairs(core.casefold(), _ASCII_ALNUM)
    if not han_pairs and not ascii_pairs:
        return None
    return any(contains(site_name, pair) for pair in (*sorted(han_pairs), *sorted(ascii_pairs)))


def _blank(text: str | None) -> bool:
    return text is None or not text.strip()


def facts(ctx: Context) -> list[Fact]:
    filing = ctx.filing
    built: list[Fact] = []
    for i, site in enumerate(filing.websites):
        if name_key(site.name) is None:
            continue  # a blank name is not given
        built.extend(_issues(filing, f"websites[{i}]", site))
    return built


def _issues(filing: Filing, path: str, site: Website) -> list[Fact]:
    entity, name = filing.entity, site.name
    common = {"path": f"{path}.name", "name": name,
              "content_order": filing.order.type in CONTENT_ORDER_TYPES, "individual": entity.type == "individual"}

    def issue(kind: str, tag: str = "", **fields: object) -> Fact:
        return {"kind": kind, "ref": f"{path}.name#{kind}{tag}", **common, **fields}

    found = []
    short = too_short(name)
    if short is not None:
        found.append(issue("site_name_length", problem=short, han_count=han_count(name)))
    if letters_digits_only(name):
        found.append(issue("site_name_symbols", ":letters_digits_only", problem="letters_digits_only"))
    symbol = first_special_symbol(name)
    if symbol is not None:
        found.append(issue("site_name_symbols", ":special_symbol", problem="special_symbol", symbol=symbol))
    word = national_word(name)
    if word is not None:
        found.append(issue("site_name_national", word=word, national_exempt=national_level_exempt(entity),
                           national_proof=national_proof_for(filing, path)))
    as_domain = name_as_domain(name)
    for j, domain in enumerate(site.domains):
        if as_domain and as_domain in domain_forms(domain):
            found.append(issue("site_name_domain", f"@{j}", domain_path=f"{path}.domains[{j}]", domain=domain))
    found.extend(_personal(issue, entity, name))
    core = core_name(entity.name)
    if core is not None and shares_with_core(name, core) is False:
        found.append(issue("site_name_unrelated", entity_path="entity.name", core=core,
                           remark_given=not _blank(site.remark)))
    return found


def _personal(issue: Callable[..., Fact], entity: Entity, name: str) -> list[Fact]:
    """SITE_NAME_PERSONAL_RESTRICTED's clauses, one fact each (the rule tests ``individual``)."""
    found = []
    if name_key(name) in {name_key(entity.name), name_key(entity.principal.name)} - {None}:
        found.append(issue("personal_site_name", ":personal_name", problem="personal_name"))
    if contains(name, BLOG_WORD):
        found.append(issue("personal_site_name", ":blog_word", problem="blog_word", word=BLOG_WORD))
    place = first_place_name(name)
    if place is not None:
        found.append(issue("personal_site_name", ":place_name", problem="place_name", word=place))
    return found

"""Wave-1b website-name rules (REASONS-WAVE1, table 1b): length, letters and symbols, national words, the
domain as a name, personal names, and a unit's name against its website's.

All six judge what the bureau accepts at filing time (`audit: no`): they run on orders only, and only on
content orders (W2: `new_filing`, `new_website`, `new_app`, `change`; a `new_access` order copies the filed
data). Texts are read as W5 says (NFKC first); the facts are ``facts/site_names.py``'s, one kind per
row and one fact per website and clause. SITE_NAME_SENSITIVE is out of scope (no list in the catalog).
"""

from collections.abc import Callable
from typing import Any

from beianrules.declaration import Doc, DocZh, Example, Mode, Ref, Rule, Text, any_of, fact, when
from beianrules.examples import own

_ORDERS_ONLY: frozenset[Mode] = frozenset({"order"})

_SITE = "websites[0].name"
_SITE_PATHS = (_SITE,)

# An individual filer: the entity is the principal himself, with his ID as the certificate; his website has a
# neutral name (no place name, no 博客, not his own name).
_INDIVIDUAL = {"entity.type": "individual", "entity.legal_representative": None,
               "entity.name": own("entity.principal.name"),
               "entity.certificate": {"type": "resident_id", "number": own("entity.principal.id_document.number")},
               "websites[0].content_categories": ["blog"], "websites[0].remark": "记录个人读书心得",
               _SITE: "清风读书笔记"}

# The base document as an approved filing (an audit: these rows are not checked there).
_APPROVED = {"order.status": "approved", "order.submitted_to_authority_on": "2026-10-01",
             "entity.filing_number": "浙ICP备2026000123号", "websites[0].filing_number": "浙ICP备2026000123号-1"}

# A new_access order (it copies the filed data: not a content order).
_NEW_ACCESS = {"order.type": "new_access", "entity.filing_number": "浙ICP备2026000123号",
               "websites[0].filing_number": "浙ICP备2026000123号-1"}


def _second_site(name: str, domain: str = "example-tech.com.cn") -> Callable[[Any], Any]:
    """The base website list with a second website named ``name`` (its own domain)."""
    def add(websites: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return [*websites, {**websites[0], "name": name, "domains": [domain]}]
    return add


def _proof(target: str | None) -> dict[str, Any]:
    """A format-1.1 ``national_unit_proof`` whose ``for`` is ``target`` (None: not given)."""
    return {"type": "national_unit_proof", "file": "national_unit_proof.pdf", "size_bytes": 412345, "for": target}


_CONTENT_ORDER_NOTE = ("Content orders only (W2: `order.type` `new_filing`, `new_website`, `new_app` or `change`; "
                       "silent on `new_access`), and orders only (`audit: no`).")
_CONTENT_ORDER_NOTE_ZH = ("仅限内容类订单（W2：`order.type` 为 `new_filing`、`new_website`、`new_app` 或 `change`；"
                          "`new_access` 不触发），且仅检查订单（`audit: no`）。")


SITE_NAME_TOO_SHORT = Rule(
    code="SITE_NAME_TOO_SHORT",
    kind="rejection",
    modes=_ORDERS_ONLY,
    conditions=any_of(
        when(fact("site_name_length", "site", problem="too_short", content_order=True)),
        when(fact("site_name_length", "site", problem="too_short_mixed", content_order=True), severity="warning"),
        when(fact("site_name_length", "site", problem="too_short_no_han", content_order=True), severity="warning"),
    ),
    paths=(Ref("site", "path"),),
    evidence={"name": Ref("site", "name"), "problem": Ref("site", "problem"), "han_count": Ref("site", "han_count")},
    message=Text(
        zh="网站名称“{name}”{problem:site_name_length}；网站名称应至少包含 3 个汉字。",
        en="The website name '{name}': {problem:site_name_length}; a website name needs at least 3 Chinese "
           "characters.",
    ),
    remedy=Text(
        zh="请将网站名称“{name}”改为至少包含 3 个汉字、能概括网站内容的中文名称。",
        en="Rename the website '{name}' to a Chinese name of at least 3 characters that describes its content.",
    ),
    doc=Doc(
        what="For each `websites[i].name` that is not blank: it has fewer than 3 Han characters (W5: code points "
             "of script Han after NFKC; Latin letters, digits and symbols are not characters here) and is not "
             "SITE_NAME_PURE_DIGITS_LETTERS's case (with `( ) - ·` removed, only ASCII letters and digits "
             "remain: that row's clause (a) reports it, this one never does). An error when the name (NFKC, "
             "white space removed) holds no ASCII letter or digit (`官网`, `王`, `官网★`); a warning when it mixes "
             "Han characters with letters or digits (`QQ音乐`: TC-REJ and XINNET count 汉字, HW-S6 counts 字 — "
             "toward silence for mixed names); a warning when it holds no Han character at all and is not letters "
             "and digits only (`qinghe-soft.cn`, `HTTPS://www.QingHe-Soft.cn/`: the settled reading, toward "
             "silence). One reason per website, at `websites[i].name`. Silent for 3 or more Han characters and "
             "for a blank name (not given). " + _CONTENT_ORDER_NOTE,
        why="Website names must have at least three Chinese characters (TC-REJ, XINNET; HW-S6 counts characters).",
        fix="Rename the website with at least three Chinese characters.",
        sources=("TC-REJ", "XINNET", "HW-S6"),
        zh=DocZh(
            what="对每个非空的 `websites[i].name`：汉字少于 3 个（W5：NFKC 后属于 Han 文字的码位；拉丁字母、"
                 "数字和符号在此不算字），且不属于 SITE_NAME_PURE_DIGITS_LETTERS 的情形（去掉 `( ) - ·` 后只剩 "
                 "ASCII 字母和数字：由该行的 (a) 款报告，本行从不报告）。名称（NFKC，去除空白）不含 ASCII "
                 "字母或数字时为 error（`官网`、`王`、`官网★`）；汉字与字母或数字混合时为 warning（`QQ音乐`："
                 "TC-REJ 和 XINNET 计“汉字”，HW-S6 计“字”——对混合名称取不触发的一侧）；完全不含汉字、"
                 "又不只是字母和数字时为 warning（`qinghe-soft.cn`、`HTTPS://www.QingHe-Soft.cn/`：既定解读，"
                 "取不触发的一侧）。每个网站一条原因，路径为 `websites[i].name`。汉字达 3 个或以上、"
                 "名称为空（未填写）时不触发。" + _CONTENT_ORDER_NOTE_ZH,
            why="网站名称至少须包含三个汉字（TC-REJ、XINNET；HW-S6 按字数计）。",
            fix="请将网站名称改为至少包含三个汉字的名称。",
        ),
    ),
    examples=(
        Example("two Han characters", fires=True, paths=_SITE_PATHS, severity="error", changes={_SITE: "官网"}),
        Example("one Han character", fires=True, paths=_SITE_PATHS, severity="error", changes={_SITE: "王"}),
        Example("two Han characters and a symbol, no letter or digit", fires=True, paths=_SITE_PATHS,
                severity="error", changes={_SITE: "官网★"}),
        Example("exactly three Han characters", fires=False, changes={_SITE: "示例网"}),
        Example("three Han characters written with spaces", fires=False, changes={_SITE: "示 例 网"}),
        Example("two Han characters mixed with letters: a warning", fires=True, paths=_SITE_PATHS,
                severity="warning", changes={_SITE: "QQ音乐"}),
        Example("two Han characters mixed with full-width digits: a warning", fires=True, paths=_SITE_PATHS,
                severity="warning", changes={_SITE: "１２３官网"}),
        Example("three Han characters and letters", fires=False, changes={_SITE: "QQ音乐网"}),
        Example("no Han character, a domain-like name: a warning", fires=True, paths=_SITE_PATHS,
                severity="warning", changes={_SITE: "qinghe-soft.cn"}),
        Example("no Han character, a URL: a warning", fires=True, paths=_SITE_PATHS, severity="warning",
                changes={_SITE: "HTTPS://www.QingHe-Soft.cn/"}),
        Example("letters only are SITE_NAME_PURE_DIGITS_LETTERS's", fires=False, changes={_SITE: "abc"}),
        Example("full-width letters, digits and brackets are SITE_NAME_PURE_DIGITS_LETTERS's", fires=False,
                changes={_SITE: "（ＡＢＣ－１２３）"}),
        Example("a blank name is not given", fires=False, changes={_SITE: "  "}),
        Example("a change order is a content order", fires=True, paths=_SITE_PATHS, severity="error",
                changes={"order.type": "change", "entity.filing_number": "浙ICP备2026000123号", _SITE: "官网"}),
        Example("two short names, one reason each", fires=True, count=2,
                paths=("websites[0].name", "websites[1].name"),
                changes={"websites": own("websites", then=_second_site("官微")), _SITE: "官网"}),
        Example("a new_access order copies the filed name", fires=False, changes={**_NEW_ACCESS, _SITE: "官网"}),
        Example("an approved filing is not audited for it", fires=False, changes={**_APPROVED, _SITE: "官网"}),
    ),
)


SITE_NAME_PURE_DIGITS_LETTERS = Rule(
    code="SITE_NAME_PURE_DIGITS_LETTERS",
    kind="rejection",
    modes=_ORDERS_ONLY,
    conditions=any_of(
        when(fact("site_name_symbols", "site", problem="letters_digits_only", content_order=True)),
        when(fact("site_name_symbols", "site", problem="special_symbol", content_order=True), severity="warning"),
    ),
    paths=(Ref("site", "path"),),
    evidence={"name": Ref("site", "name"), "problem": Ref("site", "problem"), "symbol": Ref("site", "symbol")},
    message=Text(
        zh="网站名称“{name}”{problem:site_name_symbols}；网站名称不能只由数字或字母组成，也不能含有特殊符号"
           "（只可使用括号、“-”和“·”）。",
        en="The website name '{name}': {problem:site_name_symbols}; a website name may not be only digits or "
           "letters, nor contain special symbols (only brackets, '-' and '·' are accepted).",
    ),
    remedy=Text(
        zh="请将网站名称“{name}”改为以汉字为主、不含特殊符号的名称。",
        en="Rename the website '{name}' to a name mainly of Chinese characters, without special symbols.",
    ),
    doc=Doc(
        what="For each `websites[i].name` that is not blank, read after NFKC with white space removed: (a) an "
             "error when, with `(`, `)`, `-` and `·` also removed, what remains is non-empty and only ASCII "
             "letters and digits (`abc`, `123`, `ABC-123`, full-width `（ＡＢＣ）`); (b) a warning when it contains "
             "a character that is neither a Han character (W5), an ASCII letter or digit, nor one of `( ) - ·` "
             "(the tolerated set, 3Z0-3P) — `★`, `!`, `_`, `.`, `《`, `、`, an emoji; the reason names the first "
             "such character. The two clauses exclude each other: one reason per website, at `websites[i].name`. "
             "Reading: W5's hyphens (U+2010–U+2015, U+2212, U+FE63) are `-` and W5's name separators (`•` "
             "U+2022, `‧` U+2027, `・` U+30FB, `∙` U+2219) are `·`, in both clauses (W5 defines what a hyphen "
             "and a middle dot are); (b) is a warning because no source lists what counts as a \"special "
             "symbol\". " + _CONTENT_ORDER_NOTE,
        why="A website name may not be only digits or only Latin letters, nor contain special symbols (TC-REJ, "
            "HW-S6, XINNET); a third-party page says brackets and '-' are tolerated (3Z0-3P).",
        fix="Rename the website with Chinese characters, without special symbols.",
        sources=("TC-REJ", "HW-S6", "XINNET", "3Z0-3P"),
        zh=DocZh(
            what="对每个非空的 `websites[i].name`，按 NFKC 并去除空白后判断：(a) 再去掉 `(`、`)`、`-` 和 `·` 后，"
                 "剩余部分非空且只有 ASCII 字母和数字时为 error（`abc`、`123`、`ABC-123`、全角的 `（ＡＢＣ）`）；"
                 "(b) 含有既非汉字（W5）、也非 ASCII 字母或数字、又不是 `( ) - ·`（容许的字符，3Z0-3P）"
                 "之一的字符时为 warning——如 `★`、`!`、`_`、`.`、`《`、`、`、表情符号；原因中指出第一个这样的字符。"
                 "两款互斥：每个网站一条原因，路径为 `websites[i].name`。解读：W5 中的连字符（U+2010–U+2015、"
                 "U+2212、U+FE63）视为 `-`，W5 中的姓名分隔符（`•` U+2022、`‧` U+2027、`・` U+30FB、`∙` U+2219）"
                 "视为 `·`，两款均如此（连字符和间隔号由 W5 定义）；(b) 为 warning，"
                 "因为没有任何来源列明何为“特殊符号”。" + _CONTENT_ORDER_NOTE_ZH,
            why="网站名称不能只由数字或只由拉丁字母组成，也不能含有特殊符号（TC-REJ、HW-S6、XINNET）；"
                "一个第三方页面称括号和“-”可以使用（3Z0-3P）。",
            fix="请将网站名称改为以汉字组成、不含特殊符号的名称。",
        ),
    ),
    examples=(
        Example("letters only", fires=True, paths=_SITE_PATHS, severity="error", changes={_SITE: "abc"}),
        Example("digits only", fires=True, paths=_SITE_PATHS, severity="error", changes={_SITE: "123"}),
        Example("letters and digits joined by a hyphen", fires=True, paths=_SITE_PATHS, severity="error",
                changes={_SITE: "ABC-123"}),
        Example("full-width letters and brackets, and an en dash", fires=True, paths=_SITE_PATHS, severity="error",
                changes={_SITE: "（ＡＢＣ）–１２３"}),
        Example("only tolerated symbols: nothing remains", fires=False, changes={_SITE: "()-·"}),
        Example("letters and Han characters", fires=False, changes={_SITE: "abc示例官网"}),
        Example("a star: a warning naming it", fires=True, paths=_SITE_PATHS, severity="warning",
                changes={_SITE: "示例★官网"}),
        Example("an underscore", fires=True, paths=_SITE_PATHS, severity="warning", changes={_SITE: "示例_科技官网"}),
        Example("book-title marks", fires=True, paths=_SITE_PATHS, severity="warning",
                changes={_SITE: "《示例科技》官网"}),
        Example("an emoji", fires=True, paths=_SITE_PATHS, severity="warning", changes={_SITE: "示例科技官网😀"}),
        Example("a domain-like name: the dot is a symbol, not letters and digits only", fires=True,
                paths=_SITE_PATHS, severity="warning", changes={_SITE: "qinghe-soft.cn"}),
        Example("brackets, a hyphen and a middle dot are tolerated", fires=False,
                changes={_SITE: "示例（杭州）-科技·官网"}),
        Example("a katakana middle dot reads as ·", fires=False, changes={_SITE: "示例・科技官网"}),
        Example("white space is not a symbol", fires=False, changes={_SITE: "示例 科技 官网"}),
        Example("a new_access order copies the filed name", fires=False, changes={**_NEW_ACCESS, _SITE: "abc"}),
        Example("an approved filing is not audited for it", fires=False, changes={**_APPROVED, _SITE: "abc"}),
    ),
)


SITE_NAME_NATIONAL_PREFIX = Rule(
    code="SITE_NAME_NATIONAL_PREFIX",
    kind="rejection",
    modes=_ORDERS_ONLY,
    conditions=when(fact("site_name_national", "site", content_order=True,
                         national_exempt=False, national_proof=False)),
    paths=(Ref("site", "path"),),
    evidence={"name": Ref("site", "name"), "word": Ref("site", "word")},
    message=Text(
        zh="网站名称“{name}”以“{word}”开头；非国家级单位的网站名称不能以中国、中华、中央、人民、人大、国家开头。",
        en="The website name '{name}' begins with '{word}'; only national-level units may begin a website name "
           "with 中国, 中华, 中央, 人民, 人大 or 国家.",
    ),
    remedy=Text(
        zh="请修改网站名称，不要以“{word}”开头；如主办单位确为国家级单位，请按管局要求提供加盖公章的证明材料。",
        en="Rename the website so that it does not begin with '{word}'; if the entity is a national-level unit, "
           "give the sealed proof the bureau asks for.",
    ),
    doc=Doc(
        what="The name key (W5) of a `websites[i].name` begins with 中国, 中华, 中央, 人民, 人大 or 国家, and the "
             "entity is not exempt (W13): exempt are `entity.type` `government` and an entity whose `entity.name` "
             "name key itself begins with one of the six words (such registered names are granted to "
             "national-level units; FORMAT has no unit level, and 1.0 no attachment type for the proof letter), "
             "and — format 1.1 — no `national_unit_proof` counts for the website: one whose `for` names "
             "`websites[i]`, or `entity`, or is absent (Reading: the proof shows the unit is national-level, "
             "which holds for every one of its websites; a proof for another website or for a person does not "
             "count). One "
             "reason per website, at `websites[i].name`. Silent for exempt entities, for the words elsewhere in "
             "the name (`示例中国官网`), and — Reading — when the entity is not `government` and `entity.name` is "
             "blank (whether it is a national-level unit is unknown). Not here: HW doc_0060's longer list (反腐, "
             "纪检, 监察, 信访, 维权, 投诉) is not in the catalog row. " + _CONTENT_ORDER_NOTE,
        why="Only national-level units may begin a website name with 中国/中华/中央/人民/人大/国家, with a sealed "
            "proof letter (TC-REJ, HW-S6).",
        fix="Rename the website, or (a national-level unit) attach the sealed proof letter as "
            "`national_unit_proof`.",
        sources=("TC-REJ", "HW-S6"),
        zh=DocZh(
            what="某个 `websites[i].name` 的名称键（W5）以中国、中华、中央、人民、人大或国家开头，"
                 "且主体不属于豁免情形（W13）：豁免的是 `entity.type` 为 `government` 的主体，以及 `entity.name` "
                 "的名称键本身就以这六个词之一开头的主体（这类登记名称只授予国家级单位；FORMAT 没有单位级别字段，"
                 "1.0 也没有证明材料的附件类型），以及——1.1 格式——有对该网站有效的 `national_unit_proof`：其 `for` "
                 "指向 `websites[i]` 或 `entity`，或未填写（解读：证明材料证明的是该单位为国家级单位，"
                 "对其每个网站都成立；针对另一网站或某个人的证明不计入）。每个网站一条原因，路径为 "
                 "`websites[i].name`。以下情况不触发：豁免的主体；这些词出现在名称的其他位置（`示例中国官网`）；"
                 "以及——解读——主体不是 `government` 且 `entity.name` 为空（无法知道是否为国家级单位）。不在此处："
                 "HW doc_0060 更长的词表（反腐、纪检、监察、信访、维权、投诉）不在目录行中。"
                 + _CONTENT_ORDER_NOTE_ZH,
            why="只有国家级单位才能以中国/中华/中央/人民/人大/国家作为网站名称的开头，"
                "且需提供加盖公章的证明材料（TC-REJ、HW-S6）。",
            fix="请修改网站名称；如确为国家级单位，请将加盖公章的证明材料作为 `national_unit_proof` 上传。",
        ),
    ),
    examples=(
        Example("a company's website begins with 中国", fires=True, paths=_SITE_PATHS,
                changes={_SITE: "中国示例科技官网"}),
        Example("begins with 国家", fires=True, paths=_SITE_PATHS, changes={_SITE: "国家示例科技平台"}),
        Example("begins with 人民, written with a space and full-width letters after it", fires=True,
                paths=_SITE_PATHS, changes={_SITE: " 人 民示例ＡＰＰ官网"}),
        Example("an individual filer's site begins with 中华", fires=True, paths=_SITE_PATHS,
                changes={**_INDIVIDUAL, _SITE: "中华诗词读书笔记"}),
        Example("the word elsewhere in the name", fires=False, changes={_SITE: "示例中国官网"}),
        Example("中 alone is no national word", fires=False, changes={_SITE: "中外示例科技官网"}),
        Example("a government unit is exempt", fires=False,
                changes={"entity.type": "government", _SITE: "中国示例科技官网"}),
        Example("an entity whose own name begins with 中国 is exempt", fires=False,
                changes={"entity.name": "中国示例科技集团有限公司", _SITE: "中国示例科技官网"}),
        Example("an entity name beginning with 中国 after white space is exempt", fires=False,
                changes={"entity.name": " 中国 示例科技集团有限公司", _SITE: "人大示例科技官网"}),
        Example("no entity name: the exemption is unknown", fires=False,
                changes={"entity.name": " ", _SITE: "中国示例科技官网"}),
        Example("a new_access order copies the filed name", fires=False,
                changes={**_NEW_ACCESS, _SITE: "中国示例科技官网"}),
        Example("an approved filing is not audited for it", fires=False,
                changes={**_APPROVED, _SITE: "中国示例科技官网"}),
        # -- format 1.1: the proof letter --
        Example("a national_unit_proof without `for`", fires=False,
                changes={_SITE: "中国示例科技官网", "attachments": [_proof(None)]}),
        Example("a national_unit_proof for the website", fires=False,
                changes={_SITE: "中国示例科技官网", "attachments": [_proof("websites[0]")]}),
        Example("a national_unit_proof for the entity", fires=False,
                changes={_SITE: "中国示例科技官网", "attachments": [_proof("entity")]}),
        Example("a national_unit_proof for another website does not count", fires=True, paths=_SITE_PATHS,
                changes={"websites": own("websites", then=_second_site("示例科技商城")), _SITE: "中国示例科技官网",
                         "attachments": [_proof("websites[1]")]}),
        Example("a national_unit_proof for a person does not count", fires=True, paths=_SITE_PATHS,
                changes={_SITE: "中国示例科技官网", "attachments": [_proof("entity.principal")]}),
        Example("two national names, a proof for the second website only", fires=True, paths=_SITE_PATHS,
                changes={"websites": own("websites", then=_second_site("国家示例科技商城")), _SITE: "中国示例科技官网",
                         "attachments": [_proof("websites[1]")]}),
        Example("another file type does not count", fires=True, paths=_SITE_PATHS,
                changes={_SITE: "中国示例科技官网", "attachments": [{"type": "other", "file": "proof.pdf"}]}),
    ),
)


SITE_NAME_IS_DOMAIN = Rule(
    code="SITE_NAME_IS_DOMAIN",
    kind="rejection",
    modes=_ORDERS_ONLY,
    conditions=when(fact("site_name_domain", "site", content_order=True)),
    paths=(Ref("site", "path"), Ref("site", "domain_path")),
    evidence={"name": Ref("site", "name"), "domain": Ref("site", "domain")},
    message=Text(
        zh="网站名称“{name}”就是该网站的域名 {domain}；网站名称不能直接使用域名。",
        en="The website name '{name}' is the website's domain {domain}; a website name may not simply be the "
           "domain.",
    ),
    remedy=Text(
        zh="请为网站取一个能概括网站内容的中文名称，不要直接使用域名 {domain}。",
        en="Give the website a Chinese name that describes its content instead of the domain {domain}.",
    ),
    doc=Doc(
        what="A `websites[i].name` — NFKC, white space removed, lower-cased, a leading `http://` or `https://` "
             "and then a leading `www.` removed, trailing `/` and `.` removed — equals, for one of that website's "
             "`domains[j]`, its host (W9) without a leading `www.` in U-form or in A-form (`idna.encode`, UTS 46), "
             "or its registrable domain (W9). One reason per website and domain, at `websites[i].name` then "
             "`websites[i].domains[j]`. Silent for names that only contain the domain (`example.com官网`), for "
             "entries that are not hosts (W9: a URL, a text with `/`, `:`, `@` or white space), and for a name "
             "that is another host under the domain (`shop.example.com` for the domain `example.com`). "
             "Reading: all trailing `/` and `.` are removed; a host that `idna.encode` refuses "
             "has no A-form (its U-form and registrable domain are still compared). " + _CONTENT_ORDER_NOTE,
        why="A website name may not simply be its domain (TC-REJ, HW-S6).",
        fix="Rename the website with a Chinese name that describes its content.",
        sources=("TC-REJ", "HW-S6"),
        zh=DocZh(
            what="某个 `websites[i].name`——经 NFKC、去除空白、转为小写、先去掉开头的 `http://` 或 `https://` "
                 "再去掉开头的 `www.`、去掉末尾的 `/` 和 `.` 之后——等于该网站某个 `domains[j]` 去掉开头 `www.` "
                 "的主机名（W9）的 U 形式或 A 形式（`idna.encode`，UTS 46），或等于其可注册域名（W9）。每个网站、"
                 "每个域名一条原因，路径为 `websites[i].name`，然后是 `websites[i].domains[j]`。以下情况不触发："
                 "名称只是包含域名（`example.com官网`）；条目不是主机名（W9：URL，或含有 `/`、`:`、`@` "
                 "或空白的文本）；名称是该域名下的另一个主机名（域名 `example.com` 下的 `shop.example.com`）。"
                 "解读：末尾的 `/` 和 `.` 全部去掉；`idna.encode` 拒绝的主机名没有 A 形式（仍比较其 U "
                 "形式和可注册域名）。" + _CONTENT_ORDER_NOTE_ZH,
            why="网站名称不能直接使用其域名（TC-REJ、HW-S6）。",
            fix="请为网站改用一个能概括网站内容的中文名称。",
        ),
    ),
    examples=(
        Example("the name is the domain", fires=True, paths=("websites[0].domains[0]", "websites[0].name"),
                changes={_SITE: "example-tech.cn"}),
        Example("the name is the domain as a URL, upper-case, with www. and a slash", fires=True,
                paths=("websites[0].domains[0]", "websites[0].name"),
                changes={_SITE: "HTTPS://www.Example-Tech.cn/"}),
        Example("the name is the host without www.", fires=True, paths=("websites[0].domains[0]", "websites[0].name"),
                changes={"websites[0].domains": ["www.example-tech.cn"], _SITE: "example-tech.cn"}),
        Example("the name is the registrable domain of a subdomain", fires=True,
                paths=("websites[0].domains[0]", "websites[0].name"),
                changes={"websites[0].domains": ["blog.example-tech.cn"], _SITE: "example-tech.cn"}),
        Example("the name is the subdomain itself", fires=True, paths=("websites[0].domains[0]", "websites[0].name"),
                changes={"websites[0].domains": ["blog.example-tech.cn"], _SITE: "Blog.Example-Tech.cn."}),
        Example("the name is an IDN's A-form", fires=True, paths=("websites[0].domains[0]", "websites[0].name"),
                changes={"websites[0].domains": ["例子.中国"], _SITE: "xn--fsqu00a.xn--fiqs8s"}),
        Example("the name is an IDN's U-form, the domain written in A-form", fires=True,
                paths=("websites[0].domains[0]", "websites[0].name"),
                changes={"websites[0].domains": ["www.xn--fsqu00a.xn--fiqs8s"], _SITE: "例子.中国"}),
        Example("two domains the name spells, one reason each", fires=True, count=2,
                paths=("websites[0].domains[0]", "websites[0].domains[1]", "websites[0].name"),
                changes={"websites[0].domains": ["example-tech.cn", "www.example-tech.cn"],
                         _SITE: "example-tech.cn"}),
        Example("the name only contains the domain", fires=False, changes={_SITE: "example-tech.cn官网"}),
        Example("another host of the same domain", fires=False, changes={_SITE: "shop.example-tech.cn"}),
        Example("another website's domain", fires=False,
                changes={"websites": own("websites", then=_second_site("示例商城网站")), _SITE: "example-tech.com.cn"}),
        Example("a domain entry that is not a host", fires=False,
                changes={"websites[0].domains": ["http://example-tech.cn"], _SITE: "example-tech.cn"}),
        Example("a new_access order copies the filed name", fires=False,
                changes={**_NEW_ACCESS, _SITE: "example-tech.cn"}),
        Example("an approved filing is not audited for it", fires=False,
                changes={**_APPROVED, _SITE: "example-tech.cn"}),
    ),
)


SITE_NAME_PERSONAL_RESTRICTED = Rule(
    code="SITE_NAME_PERSONAL_RESTRICTED",
    kind="rejection",
    modes=_ORDERS_ONLY,
    conditions=any_of(
        when(fact("personal_site_name", "site", problem="personal_name", content_order=True, individual=True)),
        when(fact("personal_site_name", "site", problem="blog_word", content_order=True, individual=True),
             severity="warning"),
        when(fact("personal_site_name", "site", problem="place_name", content_order=True, individual=True),
             severity="warning"),
    ),
    paths=(Ref("site", "path"),),
    evidence={"name": Ref("site", "name"), "problem": Ref("site", "problem"), "word": Ref("site", "word")},
    message=Text(
        zh="个人备案的网站名称“{name}”{problem:personal_site_name}；个人网站名称不能使用人名，不宜含有“博客”字样或地名。",
        en="The personal website name '{name}': {problem:personal_site_name}; a personal website may not be named "
           "after a person, and should not contain 博客 (blog) or a place name.",
    ),
    remedy=Text(
        zh="请为个人网站取一个与网站内容相符的中性名称（不使用姓名、“博客”字样或地名，如“清风读书笔记”）。",
        en="Give the personal website a neutral name that fits its content, without a person's name, 博客 or a "
           "place name (e.g. 清风读书笔记).",
    ),
    doc=Doc(
        what="For an `individual` filer's `websites[i].name`: (a) an error when its name key (W5) equals the "
             "name key of `entity.name` or of `entity.principal.name` (of a person's name, only the filer's own "
             "can be recognised); (b) a warning when it contains (W5) 博客 (HW-KB doc_0019 only); (c) a warning "
             "when it contains a place name (W14: the 31 province names, full and short, and the current "
             "prefecture-level names of the division table, full and short, two characters at least), e.g. "
             "`杭州美食笔记` — a place-name list also hits ordinary words such as 白银 or 朝阳. One reason per "
             "clause, at `websites[i].name`; (c) names the place name that starts earliest in the name (the "
             "longest one there: Reading). Silent for units, and for the domain as a name (SITE_NAME_IS_DOMAIN's, "
             "for every filer). Out of scope: company/organisation words, industry, enterprise, product or "
             "\"national\" information, GD's village names and pinyin, blacklisted sample names (3P), the "
             "3–10-character recommendation — no list or rule concrete enough in the catalog. "
             + _CONTENT_ORDER_NOTE,
        why="Personal website names may not be a person's name, and Huawei's knowledge base and its Guangdong "
            "page advise against 博客 and place names (HW-S6, XINNET, HW-KB doc_0019, HW-GD-P).",
        fix="Choose a neutral name that matches the content.",
        sources=("HW-S6", "XINNET", "HW-KB(doc_0019)", "HW-GD-P"),
        zh=DocZh(
            what="对 `individual` 备案者的 `websites[i].name`：(a) 其名称键（W5）等于 `entity.name` 或 "
                 "`entity.principal.name` 的名称键时为 error（人名中只能识别出备案者本人的姓名）；(b) 含有（W5）"
                 "“博客”时为 warning（仅见于 HW-KB doc_0019）；(c) 含有地名时为 warning（W14：31 "
                 "个省级名称的全称和简称，以及行政区划表中现行地级名称的全称和简称，至少两个字），如 "
                 "`杭州美食笔记`——地名表也会命中白银、朝阳这类普通词语。每款一条原因，路径为 `websites[i].name`；"
                 "(c) 给出名称中最早出现的地名（该位置上最长的一个：解读）。以下情况不触发：单位；"
                 "以域名作为名称（属 SITE_NAME_IS_DOMAIN，适用于所有备案者）。不在范围内：公司/组织类词语，行业、"
                 "企业、产品或“国家”类信息，广东的村名和拼音，列入黑名单的示例名称（3P），3–10 "
                 "个字的建议——目录中没有足够具体的词表或规则。" + _CONTENT_ORDER_NOTE_ZH,
            why="个人网站名称不能使用人名，华为知识库及其广东页面也建议不要使用“博客”和地名（HW-S6、XINNET、HW-KB "
                "doc_0019、HW-GD-P）。",
            fix="请选择一个与网站内容相符的中性名称。",
        ),
    ),
    examples=(
        Example("the site is named after the filer", fires=True, paths=_SITE_PATHS, severity="error",
                changes={**_INDIVIDUAL, _SITE: own("entity.principal.name")}),
        Example("the filer's name written with spaces", fires=True, paths=_SITE_PATHS, severity="error",
                changes={**_INDIVIDUAL, _SITE: own("entity.principal.name", then=" ".join)}),
        Example("the name contains 博客", fires=True, paths=_SITE_PATHS, severity="warning",
                changes={**_INDIVIDUAL, _SITE: "清风读书博客"}),
        Example("the name contains a prefecture's short name", fires=True, paths=_SITE_PATHS, severity="warning",
                changes={**_INDIVIDUAL, _SITE: "杭州美食笔记"}),
        Example("the name contains a province's full name", fires=True, paths=_SITE_PATHS, severity="warning",
                changes={**_INDIVIDUAL, _SITE: "我的内蒙古自治区游记"}),
        Example("an ordinary word that is a place name (白银)", fires=True, paths=_SITE_PATHS, severity="warning",
                changes={**_INDIVIDUAL, _SITE: "白银时代读书笔记"}),
        Example("博客 and a place name: two reasons", fires=True, count=2, paths=_SITE_PATHS, severity="warning",
                changes={**_INDIVIDUAL, _SITE: "西湖边的杭州博客"}),
        Example("a neutral name", fires=False, changes=_INDIVIDUAL),
        Example("another person's name cannot be recognised", fires=False, changes={**_INDIVIDUAL, _SITE: "李建国"}),
        Example("a unit's website may name its city", fires=False),
        Example("a unit's website may contain 博客", fires=False, changes={_SITE: "杭州示例科技博客"}),
        Example("a new_access order copies the filed name", fires=False,
                changes={**_INDIVIDUAL, **_NEW_ACCESS, _SITE: "杭州美食笔记"}),
        Example("an approved filing is not audited for it", fires=False,
                changes={**_INDIVIDUAL, **_APPROVED, _SITE: "杭州美食笔记"}),
    ),
)


SITE_NAME_UNRELATED_TO_ENTITY = Rule(
    code="SITE_NAME_UNRELATED_TO_ENTITY",
    kind="rejection",
    severity="warning",
    modes=_ORDERS_ONLY,
    conditions=when(fact("site_name_unrelated", "site", content_order=True,
                         individual=False, remark_given=False)),
    paths=(Ref("site", "path"), Ref("site", "entity_path")),
    evidence={"name": Ref("site", "name"), "core": Ref("site", "core")},
    message=Text(
        zh="网站名称“{name}”与主办单位名称的核心部分“{core}”没有共同的字词，可能被认为与主办单位无关。",
        en="The website name '{name}' shares no word with the core of the entity's name, '{core}'; it may be "
           "judged unrelated to the entity.",
    ),
    remedy=Text(
        zh="请使用与主办单位名称（全称或简称）相关的网站名称；如“{name}”是本单位的产品或项目名称，"
           "请在该网站的备注中说明（如“{name}为本公司的产品”）。",
        en="Name the website after the entity (its full or short name); if '{name}' is the entity's product or "
           "project, say so in the website's remark (e.g. '{name} is our product').",
    ),
    doc=Doc(
        what="`entity.type` is not `individual`, `websites[i].remark` is blank or not given, and "
             "`websites[i].name` shares nothing with the entity's core name: no two consecutive Han characters "
             "of the core name occur in the site name, and no run of 2 or more ASCII letters or digits "
             "(case-folded) occurs in both (W5 *contains*). Core name = the name key of `entity.name` with (1) a "
             "leading province name (full or short) removed, then a leading prefecture- or county-level name of "
             "the division table (full or short), longest match each, once each (the settled reading: "
             "`浙江杭州西湖示例有限公司` keeps 西湖), and (2) a trailing bracketed part (`(有限合伙)`) and then the "
             "longest trailing legal form of 股份有限公司, 有限责任公司, 集团有限公司, 有限公司, 集团公司, 集团, 公司 "
             "removed. One reason per website, at `websites[i].name` then `entity.name`. Silent for a non-blank "
             "website remark (a product or project remark such as \"xxx为本公司的产品\" is accepted; its wording is "
             "not judged), for individuals, and when the core name has neither two consecutive Han characters "
             "nor two consecutive ASCII letters or digits (nothing to compare; this includes a core of fewer "
             "than 2 Han characters and no 2-character ASCII run). Readings: only current names of the division "
             "table are removed (a former name stays in the core: fewer sites found unrelated); a run \"in "
             "both\" is any common run of two (a longer common run contains one). A warning: relatedness is a "
             "heuristic. The GD \"company name + 官网\" suggestion (XINNET) and SC's sealed explanation (3P) are "
             "not separate checks. " + _CONTENT_ORDER_NOTE,
        why="A unit's website name should relate to the unit — its full or short name — unless the remark says "
            "it is the unit's product or project (TC-REJ, HW-KB doc_0060, XINNET).",
        fix="Rename the website after the unit, or explain in the website's remark that the name is the unit's "
            "product or project.",
        sources=("TC-REJ", "HW-KB(doc_0060)", "XINNET"),
        zh=DocZh(
            what="`entity.type` 不是 `individual`，`websites[i].remark` 为空或未填写，且 `websites[i].name` "
                 "与主体名称的核心部分毫无共同之处：核心名称中没有任何两个连续汉字出现在网站名称中，也没有长度为 2 "
                 "及以上的 ASCII 字母或数字串（不区分大小写）同时出现在两者中（W5 *contains*）。核心名称 = "
                 "`entity.name` 的名称键，(1) 去掉开头的省级名称（全称或简称），"
                 "再去掉开头的行政区划表中的地级或县级名称（全称或简称），各取最长匹配、各去一次（既定解读："
                 "`浙江杭州西湖示例有限公司` 保留西湖），(2) 去掉末尾的括号部分（`(有限合伙)`），"
                 "再去掉末尾最长的组织形式：股份有限公司、有限责任公司、集团有限公司、有限公司、集团公司、集团、"
                 "公司。每个网站一条原因，路径为 `websites[i].name`，然后是 `entity.name`。以下情况不触发："
                 "网站备注非空（接受“xxx为本公司的产品”这类产品或项目说明，不判断其措辞）；个人备案；"
                 "核心名称既没有两个连续汉字、也没有两个连续的 ASCII 字母或数字（无从比较；包括核心名称少于 2 "
                 "个汉字且没有 2 个字符的 ASCII 串的情形）。解读："
                 "只去掉行政区划表中的现行名称（旧名称保留在核心名称中：认定为无关的网站更少）；"
                 "“同时出现在两者中”的字符串是任意长度为 2 的共同串（更长的共同串必然包含一个）。仅作警告："
                 "相关性是一种启发式判断。广东“公司名称 + 官网”的建议（XINNET）和四川加盖公章的说明（3P）"
                 "不单独检查。" + _CONTENT_ORDER_NOTE_ZH,
            why="单位的网站名称应与单位本身（其全称或简称）相关，除非备注说明该名称是本单位的产品或项目（TC-REJ、"
                "HW-KB doc_0060、XINNET）。",
            fix="请以单位名称为网站命名，或在网站备注中说明该名称是本单位的产品或项目。",
        ),
    ),
    examples=(
        Example("a name sharing nothing with the company's", fires=True, paths=("entity.name", "websites[0].name"),
                changes={_SITE: "清风读书笔记"}),
        Example("a blank remark explains nothing", fires=True, paths=("entity.name", "websites[0].name"),
                changes={_SITE: "清风读书笔记", "websites[0].remark": "  "}),
        Example("sharing only the city, which is not part of the core name", fires=True,
                paths=("entity.name", "websites[0].name"), changes={_SITE: "杭州美食网"}),
        Example("the province and the city are both removed from the core", fires=True,
                paths=("entity.name", "websites[0].name"),
                changes={"entity.name": "浙江省杭州市示例科技有限公司", _SITE: "浙江杭州在线服务"}),
        Example("the legal form is not part of the core name", fires=True, paths=("entity.name", "websites[0].name"),
                changes={_SITE: "有限公司服务中心"}),
        Example("a remark says it is the company's product", fires=False,
                changes={_SITE: "清风读书笔记", "websites[0].remark": "清风读书笔记为本公司的产品"}),
        Example("two Han characters of the core name", fires=False, changes={_SITE: "示例在线商城"}),
        Example("one Han character of the core name is not enough", fires=True,
                paths=("entity.name", "websites[0].name"), changes={_SITE: "示范在线商城"}),
        Example("only one leading local name is removed: 西湖 stays in the core", fires=False,
                changes={"entity.name": "浙江杭州西湖示例有限公司", _SITE: "西湖风景导览"}),
        Example("a former city name stays in the core (Reading)", fires=False,
                changes={"entity.name": "襄樊示例有限公司", _SITE: "襄樊美食导览"}),
        Example("a run of two letters in both, case-folded", fires=False,
                changes={"entity.name": "杭州ABC信息技术有限公司", _SITE: "Abc在线商城"}),
        Example("a single common letter is not enough", fires=True, paths=("entity.name", "websites[0].name"),
                changes={"entity.name": "杭州ABC信息技术有限公司", _SITE: "A在线商城"}),
        Example("a trailing bracketed part is not part of the core name", fires=True,
                paths=("entity.name", "websites[0].name"),
                changes={"entity.name": "杭州示例投资合伙企业（有限合伙）", _SITE: "有限空间服务平台"}),
        Example("a core of one Han character gives nothing to compare", fires=False,
                changes={"entity.name": "杭州众有限公司", _SITE: "清风读书笔记"}),
        Example("an individual filer", fires=False, changes=_INDIVIDUAL),
        Example("two unrelated websites, one reason each", fires=True, count=2,
                paths=("entity.name", "websites[0].name", "websites[1].name"),
                changes={"websites": own("websites", then=_second_site("云上商城平台")), _SITE: "清风读书笔记"}),
        Example("a new_access order copies the filed name", fires=False,
                changes={**_NEW_ACCESS, _SITE: "清风读书笔记"}),
        Example("an approved filing is not audited for it", fires=False,
                changes={**_APPROVED, _SITE: "清风读书笔记"}),
    ),
)


RULES = (
    SITE_NAME_TOO_SHORT,
    SITE_NAME_PURE_DIGITS_LETTERS,
    SITE_NAME_NATIONAL_PREFIX,
    SITE_NAME_IS_DOMAIN,
    SITE_NAME_PERSONAL_RESTRICTED,
    SITE_NAME_UNRELATED_TO_ENTITY,
)

"""Wave-1b rules about websites' domains and counts, personal websites' content, and APPs (REASONS-WAVE1,
table 1b): SITE_ONE_DOMAIN, SITE_COUNT_PER_ORDER, SITE_COUNT_PER_ENTITY, PERSONAL_REMARK_MISSING,
PERSONAL_SERVICE_CONTENT, APP_NAME_RULES, APP_FEATURE_INFO.

Facts: ``facts/site_counts.py``. All seven rows are ``audit: no`` (they judge what the bureau accepts when it
receives the order): they run in ``order`` mode only. Province parameters are read from the ``province`` fact
(``personal_remark``, ``personal_blog``) or through the facts (``order_limits``, ``entity_limits``); every rule
is declared nationally (W3), the parameter value that decided in its evidence.
"""

import datetime as _dt
from typing import Any

from beianrules.declaration import Doc, DocZh, Effective, Example, Mode, Ref, Rule, Text, any_of, fact, when
from beianrules.examples import own, own_filing

_ORDERS: frozenset[Mode] = frozenset({"order"})

# An individual filer: the entity is the principal himself, with his ID as the certificate.
_INDIVIDUAL: dict[str, Any] = {
    "entity.type": "individual", "entity.legal_representative": None, "entity.name": own("entity.principal.name"),
    "entity.certificate": {"type": "resident_id", "number": own("entity.principal.id_document.number")}}

_REMARK = "记录个人学习笔记和生活随笔，不涉及企业和经营性内容。"

# A personal filing as the rows expect it: a blog with a remark describing it.
_PERSONAL: dict[str, Any] = {**_INDIVIDUAL, "websites[0].name": "海燕的读书笔记",
                             "websites[0].content_categories": ["blog"], "websites[0].remark": _REMARK}

# The base document as an approved filing (an audit: these rows are not checked there).
_APPROVED = {"order.status": "approved", "order.submitted_to_authority_on": "2026-10-01",
             "entity.filing_number": "浙ICP备2026000123号"}


def _sites(count: int, first: int = 1, *, prefix: str = "example-site") -> list[dict[str, Any]]:
    """``count`` websites of one domain each (``example-site1.cn`` …), with the base principal."""
    return [{"name": f"示例科技站点{n}", "domains": [f"{prefix}{n}.cn"], "content_categories": ["company_homepage"],
             "remark": _REMARK, "principal": own("entity.principal")} for n in range(first, first + count)]


def _filed_sites(number: str, count: int, first: int = 1) -> list[dict[str, Any]]:
    """``count`` filed websites under the entity number ``number`` (``…号-1`` …), one domain each."""
    return [{**site, "filing_number": f"{number}-{n}"}
            for n, site in zip(range(first, first + count), _sites(count, first, prefix="filed-site"), strict=True)]


def _one_site(*domains: str) -> dict[str, Any]:
    return {"websites": [{**_sites(1)[0], "domains": list(domains)}]}


# -- SITE_ONE_DOMAIN -------------------------------------------------------------------------------

_ZJ_NUMBER = "浙ICP备2023000777号"
_ZJ_SITE_NUMBER = f"{_ZJ_NUMBER}-1"


def _change(*domains: str) -> dict[str, Any]:
    """A change order of the entity's filed website ``…号-1``, listing ``domains``."""
    return {"order.type": "change", "entity.filing_number": _ZJ_NUMBER, "websites[0].filing_number": _ZJ_SITE_NUMBER,
            "websites[0].domains": list(domains)}


def _filed(*domains: str, **changes: Any) -> dict[str, Any]:
    """Registry: the entity's own approved filing whose website ``…号-1`` lists ``domains``."""
    return own_filing(_ZJ_NUMBER, None, **{"websites[0].domains": list(domains), **changes})


_CANCELLED_SITE = own_filing(_ZJ_NUMBER, None, **{"order.type": "cancel_website",
                                                   "websites[0].domains": ["example-tech.cn"]})

SITE_ONE_DOMAIN = Rule(
    code="SITE_ONE_DOMAIN",
    kind="rejection",
    modes=_ORDERS,
    effective=Effective(since=_dt.date(2019, 4, 22)),
    conditions=when(fact("one_domain_site", "site", breaks=True)),
    paths=(Ref("site", "path"),),
    evidence={"name": Ref("site", "name"), "problem": Ref("site", "problem"), "count": Ref("site", "count"),
              "keys": Ref("site", "keys"), "added": Ref("site", "added")},
    message=Text(
        zh="网站“{name}”{problem:one_domain_problem}。",
        en="The website {name} {problem:one_domain_problem}.",
    ),
    remedy=Text(
        zh="请为每个域名分别填写一个网站（不同的网站、不同的域名分开填写）；变更备案时，已备案网站的域名只能保留或删除，"
           "新的域名请通过“新增网站”另行备案。",
        en="List each domain as a website of its own; in a change, a filed website's domains may only be kept or "
           "removed — file a new domain as a new website.",
    ),
    doc=Doc(
        what="In force from 2019-04-22 (the check day). (a) `order.type` is `new_filing` or `new_website` and "
             "`websites[i]` has two or more domain keys (W9: the registrable domains of its `domains`, so "
             "`example.com` and `www.example.com` are one key — the `www` entry is DOMAIN_SUBDOMAIN_FILING's). "
             "(b) `order.type` is `change`, `websites[i].filing_number` is a website number (W10), the entity's "
             "approved registry documents list a website with that number key, every listing gives the same "
             "set of domain keys F, and either F has one key and the order's website has another key set, or F "
             "has several keys and the order's website has a key not in F (on a multi-domain site domains may "
             "only be kept or removed). One reason per website, at `websites[i].domains`. Silent on `new_access` "
             "(filed multi-domain sites may be accessed as they are), for hosts without a key (W9), and for (b) "
             "without a registry, without a website number, when the listings disagree. Readings: (b)'s listings "
             "are the entity's approved documents that are not cancellations, and a number W10 no longer counts "
             "as filed (a `cancel_website` lists it, or a `cancel_entity` cancelled its entity number) is "
             "silent; a listing without any domain key, and an order's website without one, are unknown "
             "(silent). Evidence shows only the order's own domains. Orders only (`audit: no`).",
        why="Since MIIT's letter 工信管函〔2019〕633号 (2019-04-22) a website is filed with exactly one domain; a "
            "filed multi-domain website keeps what it has, but no domain may be added to it or exchanged "
            "(N633-3P, TC-SITE, HW-SPECIAL, HW-KB for XJ, AL-BJ18).",
        fix="One website per domain; new domains are new websites.",
        sources=("N633-3P", "TC-SITE", "HW-SPECIAL", "HW-KB(XJ)", "AL-BJ18"),
        zh=DocZh(
            what="自 2019-04-22 起施行（以检查日计）。(a) `order.type` 为 `new_filing` 或 `new_website`，且 "
                 "`websites[i]` 有两个或以上域名键（W9：其 `domains` 的可注册域名，因此 `example.com` 与 "
                 "`www.example.com` 是同一个键——`www` 条目属 DOMAIN_SUBDOMAIN_FILING）。(b) `order.type` 为 "
                 "`change`，`websites[i].filing_number` 是网站备案号（W10），"
                 "该主体在备案库中的已通过文档列有该号码键的网站，每一份列表给出的域名键集合 F 都相同，且：F "
                 "只有一个键而订单中的该网站是另一组键，或 F 有多个键而订单中的该网站有不在 F "
                 "中的键（多域名网站的域名只能保留或删除）。每个网站一条原因，路径为 `websites[i].domains`。"
                 "以下情况不触发：`new_access`（已备案的多域名网站可按原样接入）；没有键的主机名（W9）；(b) "
                 "没有备案库、没有网站备案号、各列表不一致时。解读：(b) 的列表指该主体已通过的、非注销类的文档；"
                 "W10 不再视为已备案的号码（被 `cancel_website` 列出，或其主体备案号已被 `cancel_entity` 注销）"
                 "不触发；没有任何域名键的列表，以及没有域名键的订单网站，视为未知（不触发）。"
                 "证据只显示订单自己的域名。仅检查订单（`audit: no`）。",
            why="自工信部《工信管函〔2019〕633号》（2019-04-22）起，一个网站只能备案一个域名；"
                "已备案的多域名网站保留现有域名，但不得新增或更换域名（N633-3P、TC-SITE、HW-SPECIAL、HW-KB（XJ）、"
                "AL-BJ18）。",
            fix="每个域名一个网站；新的域名作为新网站备案。",
        ),
    ),
    examples=(
        Example("a first filing's website lists two domains", fires=True, paths=("websites[0].domains",),
                changes={"websites[0].domains": ["example-tech.cn", "example-tech.com"]}),
        Example("a new website with two domains", fires=True, paths=("websites[0].domains",),
                changes={"order.type": "new_website", "entity.filing_number": _ZJ_NUMBER,
                         "websites[0].domains": ["example-tech.cn", "example-tech.com.cn"]}),
        Example("two websites with two domains each, one reason each", fires=True, count=2,
                paths=("websites[0].domains", "websites[1].domains"),
                changes={"websites": [{**_sites(1)[0], "domains": ["a-example.cn", "b-example.cn"]},
                                      {**_sites(1, 2)[0], "domains": ["c-example.cn", "d-example.cn"]}]}),
        Example("checked on the day the rule came into force", fires=True, as_of="2019-04-22",
                paths=("websites[0].domains",),
                changes={"websites[0].domains": ["example-tech.cn", "example-tech.com"]}),
        Example("checked the day before the rule came into force", fires=False, as_of="2019-04-21",
                changes={"websites[0].domains": ["example-tech.cn", "example-tech.com"]}),
        Example("example-tech.cn and www.example-tech.cn are one domain key", fires=False,
                changes={"websites[0].domains": ["example-tech.cn", "www.example-tech.cn"]}),
        Example("a URL beside the domain is no host and not counted", fires=False,
                changes={"websites[0].domains": ["example-tech.cn", "http://example-tech.com"]}),
        Example("a new access of a filed multi-domain site", fires=False,
                changes={"order.type": "new_access", "entity.filing_number": _ZJ_NUMBER,
                         "websites[0].filing_number": _ZJ_SITE_NUMBER,
                         "websites[0].domains": ["example-tech.cn", "example-tech.com"]}),
        Example("a change replaces the one domain of a filed website", fires=True, paths=("websites[0].domains",),
                changes=_change("example-new.cn"), registry=(_filed("example-tech.cn"),)),
        Example("a change adds a domain to a single-domain website", fires=True, paths=("websites[0].domains",),
                changes=_change("example-tech.cn", "example-new.cn"), registry=(_filed("example-tech.cn"),)),
        Example("a change keeps the filed domain, written with www", fires=False,
                changes=_change("www.example-tech.cn"), registry=(_filed("example-tech.cn"),)),
        Example("a change removes one domain of a multi-domain website", fires=False,
                changes=_change("example-tech.cn"), registry=(_filed("example-tech.cn", "example-tech.com"),)),
        Example("a change adds a domain to a multi-domain website", fires=True, paths=("websites[0].domains",),
                changes=_change("example-tech.cn", "example-new.cn"),
                registry=(_filed("example-tech.cn", "example-tech.com"),)),
        Example("the registry's listings of the website disagree", fires=False,
                changes=_change("example-new.cn"),
                registry=(_filed("example-tech.cn"), _filed("example-other.cn", **{"order.type": "change"}))),
        Example("a change without a registry", fires=False, changes=_change("example-new.cn")),
        Example("a change of a website without a filing number", fires=False,
                changes={**_change("example-new.cn"), "websites[0].filing_number": None},
                registry=(_filed("example-tech.cn"),)),
        Example("a change of a website whose filing was cancelled", fires=False,
                changes=_change("example-new.cn"), registry=(_filed("example-tech.cn"), _CANCELLED_SITE)),
        Example("a change of a website number the registry does not list", fires=False,
                changes={**_change("example-new.cn"), "websites[0].filing_number": f"{_ZJ_NUMBER}-2"},
                registry=(_filed("example-tech.cn"),)),
    ),
)


# -- SITE_COUNT_PER_ORDER --------------------------------------------------------------------------

_JX_NUMBER = "赣ICP备2023000777号"


def _jx_filed(count: int, *, individual: bool = True) -> dict[str, Any]:
    """Registry: the JX entity's approved filing with ``count`` filed websites."""
    extra = _INDIVIDUAL if individual else {}
    return own_filing(_JX_NUMBER, None, **extra, websites=_filed_sites(_JX_NUMBER, count))


def _jx_new_website(domains: int, *, individual: bool = True) -> dict[str, Any]:
    """A JX new-website order of ``domains`` websites (one domain each)."""
    return {**(_PERSONAL if individual else {}), "order.type": "new_website", "entity.filing_number": _JX_NUMBER,
            "websites": _sites(domains, 20)}


SITE_COUNT_PER_ORDER = Rule(
    code="SITE_COUNT_PER_ORDER",
    kind="rejection",
    modes=_ORDERS,
    reads=("order_limits",),
    conditions=any_of(
        when(fact("order_limit_count", "limit", over=True, severity="error"), fact("province", "bureau")),
        when(fact("order_limit_count", "limit", over=True, severity="warning"), fact("province", "bureau"),
             severity="warning"),
    ),
    paths=(Ref("limit", "path"),),
    evidence={"province": Ref("bureau", "code"), "limit": Ref("limit", "limit"), "counted": Ref("limit", "counted"),
              "count": Ref("limit", "count"), "maximum": Ref("limit", "maximum"),
              "threshold": Ref("limit", "threshold"), "filed": Ref("limit", "filed"),
              "order_type": Ref("limit", "order_type"), "entity_type": Ref("limit", "entity_type")},
    message=Text(
        zh="{province:province}管局规定{entity_type:entity_type}主体的{order_type:order_type}订单{limit:order_limit}，"
           "而本订单包含 {count} 个{counted:counted_item}。",
        en="The {province:province} bureau allows {limit:order_limit} in a {order_type:order_type} order of an "
           "{entity_type:entity_type} filer; this order has {count} {counted:counted_item}.",
    ),
    remedy=Text(
        zh="请分多个订单提交，每个订单不超过 {maximum} 个{counted:counted_item}；其余的待本订单通过后以“新增网站”"
           "提交。",
        en="Split the order: at most {maximum} {counted:counted_item} per order; submit the rest as new websites "
           "once this order is approved.",
    ),
    doc=Doc(
        what="Per `order_limits` of `order.province`; \"domains\" are the distinct domain keys (W9) over all "
             "`websites` of the order, \"websites\" its `websites` entries. Fires: SX — `new_filing`/"
             "`new_website` with more than 3 domains; HA — `entity.type` `enterprise`, `new_filing`/"
             "`new_website` with more than 5 domains; HN, HB — `new_filing`/`new_website` with more than one "
             "website; JX — `new_website` with more than 1 domain when the entity's filed websites (W10, the "
             "order's own new websites not included) number at least 8 (`individual`) or at least 16 "
             "(`enterprise`); HI — `individual`, `new_filing`, more than 1 domain; SC (warning, third-party "
             "source) — `new_filing` with more than 5 domains. One reason per limit exceeded, at `websites`; "
             "evidence: the count, the limit and which limit. Exactly the limit is silent. Silent in other "
             "provinces and order types, in JX without a registry (its filed websites are then unknown), for "
             "JX's other unit types, for SC's \"≤ 5 per change\" (which domains a change adds is not known), "
             "and for hosts without a domain key. Out of scope: provider limits (TC: unit ≤ 10 sites, "
             "personal 1) — `order.provider` is free text. Orders only (`audit: no`).",
        why="Several bureaus limit how much one submission may carry (HW-KB for SX, HA, HN, HB doc_0146 and JX; "
            "HW-HAINAN; XIAOSB-SC-3P, a third-party page, hence a warning in SC).",
        fix="Split the order.",
        sources=("HW-KB(SX, HA, HN, HB doc_0146, JX)", "HW-HAINAN", "XIAOSB-SC-3P"),
        zh=DocZh(
            what="按 `order.province` 的 `order_limits`；“域名”指订单所有 `websites` 中不同的域名键（W9），"
                 "“网站”指其 `websites` 条目。触发：SX——`new_filing`/`new_website` 超过 3 个域名；"
                 "HA——`entity.type` 为 `enterprise`，`new_filing`/`new_website` 超过 5 个域名；HN、"
                 "HB——`new_filing`/`new_website` 超过一个网站；JX——`new_website` 超过 1 个域名，"
                 "且该主体已备案的网站（W10，不含订单本身新增的网站）至少 8 个（`individual`）或至少 16 "
                 "个（`enterprise`）；HI——`individual`，`new_filing`，超过 1 个域名；SC（warning，第三方来源）"
                 "——`new_filing` 超过 5 个域名。每超出一项限制一条原因，路径为 `websites`；证据：数量、"
                 "限额以及是哪一项限制。恰好等于限额不触发。以下情况不触发：其他省份和订单类型；JX "
                 "没有备案库时（此时不知道其已备案的网站）；JX 的其他单位类型；SC 的“每次变更 ≤ 5 "
                 "个”（不知道变更新增了哪些域名）；没有域名键的主机名。不在范围内：接入商的限制（TC：单位 ≤ 10 "
                 "个网站，个人 1 个）——`order.provider` 是自由文本。仅检查订单（`audit: no`）。",
            why="多个管局限制一次提交所能包含的数量（HW-KB 关于 SX、HA、HN、HB doc_0146 和 JX 的条目；HW-HAINAN；"
                "XIAOSB-SC-3P 为第三方页面，因此在 SC 仅作警告）。",
            fix="请拆分订单。",
        ),
    ),
    examples=(
        Example("Shanxi: a first filing with 4 domains", fires=True, province="SX", paths=("websites",),
                changes={"websites": _sites(4)}),
        Example("Shanxi: exactly 3 domains", fires=False, province="SX", changes={"websites": _sites(3)}),
        Example("Shanxi: 4 domain entries that are 3 domain keys (www counted once)", fires=False, province="SX",
                changes={"websites": [*_sites(3), {**_sites(1)[0], "domains": ["www.example-site1.cn"]}]}),
        Example("Shanxi: a change is not limited", fires=False, province="SX",
                changes={"order.type": "change", "entity.filing_number": "晋ICP备2023000777号",
                         "websites": _sites(4)}),
        Example("Henan: an enterprise's first filing with 6 domains", fires=True, province="HA", paths=("websites",),
                changes={"websites": _sites(6)}),
        Example("Henan: exactly 5 domains", fires=False, province="HA", changes={"websites": _sites(5)}),
        Example("Henan: a public institution is not limited", fires=False, province="HA",
                changes={"entity.type": "public_institution", "websites": _sites(6)}),
        Example("Hunan: two websites in one first filing", fires=True, province="HN", paths=("websites",),
                changes={"websites": _sites(2)}),
        Example("Hubei: two websites in one new-website order", fires=True, province="HB", paths=("websites",),
                changes={"order.type": "new_website", "entity.filing_number": "鄂ICP备2023000777号",
                         "websites": _sites(2)}),
        Example("Hubei: one website with two domains is one website", fires=False, province="HB",
                changes=_one_site("example-site1.cn", "example-site2.cn")),
        Example("Jiangxi: a personal new website with 2 domains once 8 websites are filed", fires=True,
                province="JX", paths=("websites",), changes=_jx_new_website(2), registry=(_jx_filed(8),)),
        Example("Jiangxi: 7 websites filed", fires=False, province="JX", changes=_jx_new_website(2),
                registry=(_jx_filed(7),)),
        Example("Jiangxi: 8 websites filed, one of them cancelled", fires=False, province="JX",
                changes=_jx_new_website(2),
                registry=(_jx_filed(8), own_filing(_JX_NUMBER, None, **_INDIVIDUAL, **{
                    "order.type": "cancel_website", "websites": _filed_sites(_JX_NUMBER, 1, 8)}))),
        Example("Jiangxi: 8 websites filed, one domain", fires=False, province="JX", changes=_jx_new_website(1),
                registry=(_jx_filed(8),)),
        Example("Jiangxi: without a registry the filed websites are unknown", fires=False, province="JX",
                changes=_jx_new_website(2)),
        Example("Jiangxi: an enterprise with 16 websites filed", fires=True, province="JX", paths=("websites",),
                changes=_jx_new_website(2, individual=False), registry=(_jx_filed(16, individual=False),)),
        Example("Jiangxi: an enterprise with 15 websites filed", fires=False, province="JX",
                changes=_jx_new_website(2, individual=False), registry=(_jx_filed(15, individual=False),)),
        Example("Jiangxi: a first filing is not limited", fires=False, province="JX",
                changes={**_PERSONAL, "websites": _sites(2)}, registry=(_jx_filed(8),)),
        Example("Hainan: a personal first filing with 2 domains", fires=True, province="HI", paths=("websites",),
                changes={**_PERSONAL, "websites[0].domains": ["example-tech.cn", "example-tech.com"]}),
        Example("Hainan: a personal new website is not limited", fires=False, province="HI",
                changes={**_PERSONAL, "order.type": "new_website", "entity.filing_number": "琼ICP备2023000777号",
                         "websites": _sites(2)}),
        Example("Hainan: an enterprise is not limited", fires=False, province="HI", changes={"websites": _sites(2)}),
        Example("Sichuan (third-party source): a first filing with 6 domains", fires=True, province="SC",
                severity="warning", paths=("websites",), changes={"websites": _sites(6)}),
        Example("Sichuan: exactly 5 domains", fires=False, province="SC", changes={"websites": _sites(5)}),
        Example("Zhejiang sets no limit", fires=False, changes={"websites": _sites(6)}),
        Example("Hunan: an approved filing is not judged", fires=False, province="HN",
                changes={**_APPROVED, "entity.filing_number": "湘ICP备2026000123号", "websites": _sites(2)}),
    ),
)


# -- SITE_COUNT_PER_ENTITY -------------------------------------------------------------------------

_SN_NUMBER = "陕ICP备2023000777号"


def _sn_filed(count: int, changes: dict[str, Any] | None = None, *, individual: bool = True) -> dict[str, Any]:
    """Registry: the SN entity's approved filing with ``count`` filed websites, and ``changes``."""
    extra = _INDIVIDUAL if individual else {}
    return own_filing(_SN_NUMBER, None, **extra, websites=_filed_sites(_SN_NUMBER, count), **(changes or {}))


def _sn_new_websites(count: int, changes: dict[str, Any] | None = None, *, individual: bool = True) -> dict[str, Any]:
    """An SN new-website order of ``count`` websites, and ``changes``."""
    return {**(_PERSONAL if individual else {}), "order.type": "new_website", "entity.filing_number": _SN_NUMBER,
            "websites": _sites(count, 40), **(changes or {})}


SITE_COUNT_PER_ENTITY = Rule(
    code="SITE_COUNT_PER_ENTITY",
    kind="rejection",
    modes=_ORDERS,
    reads=("entity_limits",),
    conditions=when(fact("entity_site_count", "sites", over=True), fact("province", "bureau")),
    paths=(Ref("sites", "path"),),
    evidence={"province": Ref("bureau", "code"), "entity_type": Ref("sites", "entity_type"),
              "maximum": Ref("sites", "maximum"), "count": Ref("sites", "count"), "filed": Ref("sites", "filed"),
              "added": Ref("sites", "added")},
    message=Text(
        zh="{province:province}管局规定每个{entity_type:entity_type}主体最多备案 {maximum} 个网站，而该主体已备案的网站"
           "（至少 {filed} 个）加上本订单新增的 {added} 个共 {count} 个。",
        en="The {province:province} bureau allows an {entity_type:entity_type} entity at most {maximum} websites; "
           "its filed websites (at least {filed}) and the {added} this order adds make {count}.",
    ),
    remedy=Text(
        zh="请减少本订单新增的网站，或先注销不再使用的网站备案，使网站总数不超过 {maximum} 个。",
        en="Add fewer websites, or first cancel the filings of websites no longer used, so that the entity holds "
           "at most {maximum}.",
    ),
    doc=Doc(
        what="The bureau's `entity_limits` (SN: `individual` ≤ 5, `enterprise` ≤ 30 websites): `order.type` is "
             "`new_filing` or `new_website`, and the entity's filed websites plus those the order adds (W10) "
             "exceed the limit for `entity.type`. Filed websites: the website number keys of the registry's "
             "approved documents of the entity that are not cancellations, minus those a `cancel_website` "
             "lists and those under an entity number a `cancel_entity` cancelled (a lower bound: a website the "
             "registry does not show is not counted). Added: each website of the order without a "
             "`filing_number`, and each whose number is not a filed one. One reason, at `websites`; evidence: "
             "the count, the filed and added websites, the limit. Exactly the limit is silent. Silent for "
             "other unit types, other order types and provinces without a limit; without a registry the count "
             "is the order's own websites (a `new_filing` may still fire alone). Reading: a website whose "
             "`filing_number` is given but is no website number (it does not parse, or names an APP) is not "
             "counted as added. Out of scope: HW's provider limit (personal ≤ 5 filed services) — "
             "`order.provider` is free text. Orders only (`audit: no`).",
        why="The Shaanxi bureau caps the websites one entity may hold: 5 for a person, 30 for an enterprise "
            "(HW-S2; HW-KB doc_0236).",
        fix="Stay within the limit: cancel unused websites first.",
        sources=("HW-S2", "HW-KB(doc_0236)"),
        zh=DocZh(
            what="管局的 `entity_limits`（SN：`individual` ≤ 5 个网站，`enterprise` ≤ 30 个网站）：`order.type` 为 "
                 "`new_filing` 或 `new_website`，且该主体已备案的网站加上订单新增的网站（W10）超过 `entity.type` "
                 "对应的限额。已备案的网站：备案库中该主体已通过的、非注销类文档中的网站备案号键，减去被 "
                 "`cancel_website` 列出的，以及其主体备案号已被 `cancel_entity` 注销的（这是下限："
                 "备案库中没有显示的网站不计入）。新增的网站：订单中每个没有 `filing_number` 的网站，"
                 "以及备案号不是已备案号码的网站。一条原因，路径为 `websites`；证据：数量、已备案和新增的网站、"
                 "限额。恰好等于限额不触发。以下情况不触发：其他单位类型、其他订单类型以及没有限额的省份；"
                 "没有备案库时只计订单自己的网站（`new_filing` 仍可能单独触发）。解读：填写了 `filing_number` "
                 "但不是网站备案号（无法解析，或是APP的号码）的网站，不计为新增。不在范围内："
                 "华为的接入商限制（个人 ≤ 5 个已备案服务）——`order.provider` 是自由文本。仅检查订单（`audit: no`）"
                 "。",
            why="陕西管局限制一个主体可备案的网站数量：个人 5 个，企业 30 个（HW-S2；HW-KB doc_0236）。",
            fix="请不要超出限额：先注销不再使用的网站。",
        ),
    ),
    examples=(
        Example("Shaanxi: a personal first filing with 6 websites", fires=True, province="SN", paths=("websites",),
                changes={**_PERSONAL, "websites": _sites(6)}),
        Example("Shaanxi: a personal first filing with exactly 5", fires=False, province="SN",
                changes={**_PERSONAL, "websites": _sites(5)}),
        Example("Shaanxi: 4 filed and 2 new personal websites", fires=True, province="SN", paths=("websites",),
                changes=_sn_new_websites(2), registry=(_sn_filed(4),)),
        Example("Shaanxi: 3 filed and 2 new personal websites", fires=False, province="SN",
                changes=_sn_new_websites(2), registry=(_sn_filed(3),)),
        Example("Shaanxi: 5 filed, one of them cancelled, and 1 new", fires=False, province="SN",
                changes=_sn_new_websites(1),
                registry=(_sn_filed(5), _sn_filed(1, {"order.type": "cancel_website"}))),
        Example("Shaanxi: 5 filed under an entity number that was cancelled, and 1 new", fires=False, province="SN",
                changes=_sn_new_websites(1), registry=(_sn_filed(5), _sn_filed(0, {"order.type": "cancel_entity"}))),
        Example("Shaanxi: 5 filed and the order lists one of them again (not added)", fires=False, province="SN",
                changes=_sn_new_websites(1, {"websites[0].filing_number": f"{_SN_NUMBER}-5"}),
                registry=(_sn_filed(5),)),
        Example("Shaanxi: 5 filed and a website with a number the registry does not hold (added)", fires=True,
                province="SN", paths=("websites",),
                changes=_sn_new_websites(1, {"websites[0].filing_number": f"{_SN_NUMBER}-9"}),
                registry=(_sn_filed(5),)),
        Example("Shaanxi: an enterprise with 30 filed and 1 new", fires=True, province="SN", paths=("websites",),
                changes=_sn_new_websites(1, individual=False), registry=(_sn_filed(30, individual=False),)),
        Example("Shaanxi: an enterprise with 29 filed and 1 new", fires=False, province="SN",
                changes=_sn_new_websites(1, individual=False), registry=(_sn_filed(29, individual=False),)),
        Example("Shaanxi: a social group is not limited", fires=False, province="SN",
                changes={"entity.type": "social_group", "websites": _sites(31)}),
        Example("Shaanxi: a change is not counted", fires=False, province="SN",
                changes=_sn_new_websites(2, {"order.type": "change"}), registry=(_sn_filed(4),)),
        Example("Zhejiang sets no limit", fires=False, changes={**_PERSONAL, "websites": _sites(6)}),
    ),
)


# -- PERSONAL_REMARK_MISSING -----------------------------------------------------------------------

_NO_REMARK = {**_PERSONAL, "websites[0].remark": None}

PERSONAL_REMARK_MISSING = Rule(
    code="PERSONAL_REMARK_MISSING",
    kind="rejection",
    modes=_ORDERS,
    reads=("personal_remark",),
    conditions=any_of(
        when(fact("site_remark", "site", missing=True), fact("province", "bureau", personal_remark="error")),
        when(fact("site_remark", "site", missing=True), fact("province", "bureau", personal_remark="warning"),
             severity="warning"),
    ),
    paths=(Ref("site", "path"),),
    evidence={"name": Ref("site", "name"), "province": Ref("bureau", "code"),
              "policy": Ref("bureau", "personal_remark")},
    message=Text(
        zh="个人备案的网站“{name}”未填写网站备注；个人备案须在备注中说明网站的具体内容。",
        en="The personal filing's website {name} has no remark; a personal filing must describe in the remark what "
           "the site will carry.",
    ),
    remedy=Text(
        zh="请在网站备注中如实说明网站的具体内容（例如：记录个人学习笔记和生活随笔，不涉及企业和经营性内容）。",
        en="Describe in the website's remark, truthfully, what the site carries (e.g. personal study notes and "
           "essays, no company or commercial content).",
    ),
    doc=Doc(
        what="A completeness row (W11): `entity.type` is `individual`, `order.type` is a content order "
             "(`new_filing`, `new_website`, `new_app`, `change`), and `websites[i].remark` is absent or blank. "
             "One reason per website, at `websites[i].remark`. Severity by `personal_remark`: error in GS, GD "
             "and BJ (their pages require it), warning elsewhere (the catalog's national scope, which only a "
             "third-party page confirms for TJ). Silent for units, for APPs (the row speaks of sites), on "
             "`new_access`. Out of scope: GS's standard declaration (no enterprise content; cancellation and "
             "blacklisting accepted if false) — the catalog does not give its wording, so the remark's text is "
             "not judged. Orders only (`audit: no`).",
        why="A personal filing states in the website's remark what the site will carry (FC-GS, HW-GD-P, "
            "AL-BJ18; IN800-TJ-3P): the bureau reads it to tell a personal site from an enterprise one.",
        fix="Describe the site's content in its remark.",
        sources=("FC-GS", "HW-GD-P", "AL-BJ18", "IN800-TJ-3P"),
        zh=DocZh(
            what="完整性检查（W11）：`entity.type` 为 `individual`，`order.type` 为内容类订单（`new_filing`、"
                 "`new_website`、`new_app`、`change`），且 `websites[i].remark` 缺失或为空。每个网站一条原因，"
                 "路径为 `websites[i].remark`。严重程度按 `personal_remark`：GS、GD 和 BJ 为 "
                 "error（其页面明确要求），其他地区为 warning（目录所定的全国范围，对 TJ 仅有第三方页面佐证）。"
                 "以下情况不触发：单位；APP（该行说的是网站）；`new_access`。不在范围内："
                 "甘肃的标准声明（不涉及企业内容；如不属实，接受注销和列入黑名单）——目录未给出其措辞，"
                 "因此不判断备注的文字内容。仅检查订单（`audit: no`）。",
            why="个人备案须在网站备注中说明网站的具体内容（FC-GS、HW-GD-P、AL-BJ18；IN800-TJ-3P）："
                "管局据此区分个人网站与企业网站。",
            fix="请在网站备注中说明网站内容。",
        ),
    ),
    examples=(
        Example("Zhejiang: a personal website without a remark (warning)", fires=True, severity="warning",
                paths=("websites[0].remark",), changes=_NO_REMARK),
        Example("Gansu: a personal website without a remark (error)", fires=True, province="GS", severity="error",
                paths=("websites[0].remark",), changes=_NO_REMARK),
        Example("Guangdong: error", fires=True, province="GD", severity="error", paths=("websites[0].remark",),
                changes=_NO_REMARK),
        Example("Beijing: error", fires=True, province="BJ", severity="error", paths=("websites[0].remark",),
                changes=_NO_REMARK),
        Example("Tianjin (third-party source): warning", fires=True, province="TJ", severity="warning",
                paths=("websites[0].remark",), changes=_NO_REMARK),
        Example("a remark of white space only", fires=True, severity="warning", paths=("websites[0].remark",),
                changes={**_PERSONAL, "websites[0].remark": " \u3000 "}),
        Example("two personal websites without remarks, one reason each", fires=True, count=2, severity="warning",
                paths=("websites[0].remark", "websites[1].remark"),
                changes={**_PERSONAL, "websites": [{**site, "remark": None} for site in _sites(2)]}),
        Example("a personal change without a remark", fires=True, severity="warning", paths=("websites[0].remark",),
                changes={**_NO_REMARK, "order.type": "change", "entity.filing_number": "浙ICP备2023000777号"}),
        Example("a personal website with a remark", fires=False, changes=_PERSONAL),
        Example("an enterprise website without a remark", fires=False),
        Example("a personal new access", fires=False,
                changes={**_NO_REMARK, "order.type": "new_access", "entity.filing_number": "浙ICP备2023000777号"}),
        Example("a personal APP without a remark", fires=False,
                changes={**_PERSONAL, "order.type": "new_app", "entity.filing_number": "浙ICP备2023000777号",
                         "websites": [], "apps": [{"name": "海燕笔记", "platforms": ["android"],
                                                    "principal": own("entity.principal")}]}),
        Example("Gansu: an approved personal filing is not judged", fires=False, province="GS",
                changes={**_NO_REMARK, **_APPROVED, "entity.filing_number": "陇ICP备2026000123号"}),
    ),
)


# -- PERSONAL_SERVICE_CONTENT ----------------------------------------------------------------------

PERSONAL_SERVICE_CONTENT = Rule(
    code="PERSONAL_SERVICE_CONTENT",
    kind="rejection",
    modes=_ORDERS,
    reads=("personal_blog",),
    conditions=any_of(
        when(fact("personal_content", "content", not_personal=True), fact("province", "bureau")),
        when(fact("personal_content", "content", blog=True), fact("province", "bureau", personal_blog="refused")),
    ),
    paths=(Ref("content", "path"),),
    evidence={"name": Ref("content", "name"), "category": Ref("content", "category"),
              "allowed": Ref("content", "allowed"), "province": Ref("bureau", "code"),
              "policy": Ref("bureau", "personal_blog")},
    message=Text(
        zh="个人备案的网站“{name}”选择了服务内容“{category:content_category}”；在{province:province}，个人备案的网站"
           "服务内容只能从以下选项中选择：{allowed:content_category}。",
        en="The personal filing's website {name} declares the content {category:content_category}; in "
           "{province:province} a personal filing may choose only among: {allowed:content_category}.",
    ),
    remedy=Text(
        zh="请将服务内容改为以下选项之一：{allowed:content_category}；选择“其他”时，在网站备注中说明网站的具体内容。",
        en="Choose one of these instead: {allowed:content_category}; with other (其他), describe the site in its "
           "remark.",
    ),
    doc=Doc(
        what="For an `individual` filer's `websites[i].content_categories` in a content order (`new_filing`, "
             "`new_website`, `new_app`, `change`): (a) a token the library knows (`beianrules.industries`) "
             "that is neither `blog` nor `other` and not unit-only — today only `tools`; (b) the bureau's "
             "`personal_blog` is `refused` (JX) and the token is `blog`. One reason per token, at "
             "`websites[i].content_categories[n]`; the message names what the bureau accepts. Silent for "
             "unit-only tokens (SITE_CONTENT_VS_ENTITY_NATURE's), unknown tokens (CONTENT_CATEGORY_UNKNOWN's), "
             "units, APPs and `new_access`. \"其他 needs a remark\" is PERSONAL_REMARK_MISSING's finding (one "
             "reason, not two). Orders only (`audit: no`).",
        why="A personal filing's website may only be a blog / personal space, or 其他 with a remark describing it "
            "(HW-KB doc_0258); Jiangxi refuses the blog choice for personal filings (HW-JX-P).",
        fix="Choose 博客/个人空间 (not in JX) or 其他 with a remark.",
        sources=("HW-KB(doc_0258)", "HW-JX-P"),
        zh=DocZh(
            what="在内容类订单（`new_filing`、`new_website`、`new_app`、`change`）中，`individual` 备案者的 "
                 "`websites[i].content_categories`：(a) 本库已知（`beianrules.industries`）、既不是 `blog` 也不是 "
                 "`other`、又不是仅限单位的类别——目前只有 `tools`；(b) 管局的 `personal_blog` 为 `refused`（JX）"
                 "且类别为 `blog`。每个类别一条原因，路径为 `websites[i].content_categories[n]`；"
                 "消息中列出管局接受的类别。以下情况不触发：仅限单位的类别（属 SITE_CONTENT_VS_ENTITY_NATURE）、"
                 "未知类别（属 CONTENT_CATEGORY_UNKNOWN）、单位、APP 和 `new_access`。“选择其他须填写备注”属 "
                 "PERSONAL_REMARK_MISSING 的检查结果（一条原因，不重复）。仅检查订单（`audit: no`）。",
            why="个人备案的网站只能选择博客/个人空间，或选择“其他”并在备注中说明（HW-KB doc_0258）；"
                "江西不接受个人备案选择博客（HW-JX-P）。",
            fix="请选择“博客/个人空间”（江西除外），或选择“其他”并填写备注。",
        ),
    ),
    examples=(
        Example("a personal website declares tools", fires=True, paths=("websites[0].content_categories[0]",),
                changes={**_PERSONAL, "websites[0].content_categories": ["tools"]}),
        Example("Jiangxi: a personal blog", fires=True, province="JX", paths=("websites[0].content_categories[0]",),
                changes=_PERSONAL),
        Example("Jiangxi: blog and tools, one reason each", fires=True, province="JX", count=2,
                paths=("websites[0].content_categories[0]", "websites[0].content_categories[1]"),
                changes={**_PERSONAL, "websites[0].content_categories": ["blog", "tools"]}),
        Example("Jiangxi: other is accepted", fires=False, province="JX",
                changes={**_PERSONAL, "websites[0].content_categories": ["other"]}),
        Example("Zhejiang: a personal blog", fires=False, changes=_PERSONAL),
        Example("other", fires=False, changes={**_PERSONAL, "websites[0].content_categories": ["other"]}),
        Example("a unit-only token is SITE_CONTENT_VS_ENTITY_NATURE's", fires=False,
                changes={**_PERSONAL, "websites[0].content_categories": ["forum"]}),
        Example("an unknown token is CONTENT_CATEGORY_UNKNOWN's", fires=False,
                changes={**_PERSONAL, "websites[0].content_categories": ["Tools"]}),
        Example("an enterprise's tools website", fires=False, changes={"websites[0].content_categories": ["tools"]}),
        Example("a personal APP declaring tools", fires=False,
                changes={**_PERSONAL, "apps": [{"name": "海燕笔记", "platforms": ["wechat"],
                                                 "content_categories": ["tools"],
                                                 "principal": own("entity.principal")}]}),
        Example("Jiangxi: a personal new access of a filed blog", fires=False, province="JX",
                changes={**_PERSONAL, "order.type": "new_access", "entity.filing_number": _JX_NUMBER,
                         "websites[0].filing_number": f"{_JX_NUMBER}-1"}),
        Example("Jiangxi: an approved personal blog is not judged", fires=False, province="JX",
                changes={**_PERSONAL, **_APPROVED, "entity.filing_number": _JX_NUMBER}),
    ),
)


# -- APP_NAME_RULES --------------------------------------------------------------------------------

_ANDROID_SIGNATURE = {"platform": "android", "md5": "9F:2C:4A:71:0B:8E:D3:56:A1:C0:7E:44:19:B2:6D:F8",
                      "public_key": "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAxample"}
_IOS_SIGNATURE = {"platform": "ios", "sha1": "3A4F9C0D7E12B85A6C9F0E3D21B74A58C6E90F12",
                  "public_key": "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAyample"}


def _app(name: str = "示例天气", **fields: Any) -> dict[str, Any]:
    """An Android and iOS APP with complete feature data (package name, MD5/SHA-1 fingerprints, public keys)."""
    return {"name": name, "platforms": ["android", "ios"], "package_names": ["cn.example.weather"],
            "signatures": [_ANDROID_SIGNATURE, _IOS_SIGNATURE], "content_categories": ["company_homepage"],
            "principal": own("entity.principal"), **fields}


APP_NAME_RULES = Rule(
    code="APP_NAME_RULES",
    kind="rejection",
    modes=_ORDERS,
    conditions=when(fact("app_name", "app", has_emoji=True)),
    paths=(Ref("app", "path"),),
    evidence={"name": Ref("app", "name"), "emoji": Ref("app", "emoji")},
    message=Text(
        zh="APP名称“{name}”含有表情符号“{emoji}”；APP名称不能包含表情符号。",
        en="The APP name {name} contains the emoji {emoji}; an APP's name may not contain emoji.",
    ),
    remedy=Text(
        zh="请删除名称中的表情符号，用文字命名APP，并与各应用平台上的名称保持一致。",
        en="Remove the emoji and name the APP in words, as it is named on every app store.",
    ),
    doc=Doc(
        what="In a content order (`new_filing`, `new_website`, `new_app`, `change`), `apps[i].name` (NFKC, W5) "
             "contains an emoji: a code point with `Emoji_Presentation=Yes` (the `regex` module's "
             "`\\p{Emoji_Presentation}`), a code point followed by U+FE0F, or a regional indicator "
             "(U+1F1E6–U+1F1FF). One reason per APP, at `apps[i].name`; evidence: the first emoji. Silent for "
             "`©`, `®`, `™` and other text-presentation symbols (without U+FE0F), and on `new_access`. Out of "
             "scope: generic, hot-app or industry terms, placeholders, price and marketing words (the catalog "
             "gives no list); \"identical on every platform\" (FORMAT carries one name per APP entry). Orders "
             "only (`audit: no`).",
        why="The provider's rules for APP names refuse emoji (HW-KB doc_0123).",
        fix="Name the APP without emoji.",
        sources=("HW-KB(doc_0123)",),
        zh=DocZh(
            what="在内容类订单（`new_filing`、`new_website`、`new_app`、`change`）中，`apps[i].name`（NFKC，W5）"
                 "含有表情符号：`Emoji_Presentation=Yes` 的码位（`regex` 模块的 `\\p{Emoji_Presentation}`）、后接 "
                 "U+FE0F 的码位，或区域指示符（U+1F1E6–U+1F1FF）。每个APP一条原因，路径为 `apps[i].name`；证据："
                 "第一个表情符号。以下情况不触发：`©`、`®`、`™` 及其他文本样式的符号（不带 U+FE0F）；`new_access`。"
                 "不在范围内：通用词、热门APP名称或行业用语、占位名称、价格和营销用语（目录未给出词表）；"
                 "“各平台名称一致”（FORMAT 中每个APP条目只有一个名称）。仅检查订单（`audit: no`）。",
            why="接入商的APP命名规则不接受表情符号（HW-KB doc_0123）。",
            fix="请使用不含表情符号的APP名称。",
        ),
    ),
    examples=(
        Example("an emoji in the APP's name", fires=True, paths=("apps[0].name",),
                changes={"apps": [_app("示例天气😀")]}),
        Example("a symbol asked for as emoji with U+FE0F", fires=True, paths=("apps[0].name",),
                changes={"apps": [_app("示例天气🌤\ufe0f")]}),
        Example("© followed by U+FE0F", fires=True, paths=("apps[0].name",),
                changes={"apps": [_app("示例天气©\ufe0f")]}),
        Example("a flag (regional indicators)", fires=True, paths=("apps[0].name",),
                changes={"apps": [_app("🇨🇳示例天气")]}),
        Example("two APPs with emoji, one reason each", fires=True, count=2, paths=("apps[0].name", "apps[1].name"),
                changes={"apps": [_app("示例天气⌚"), _app("示例日历📅", package_names=["cn.example.calendar"])]}),
        Example("an APP added by a new-APP order", fires=True, paths=("apps[0].name",),
                changes={"order.type": "new_app", "entity.filing_number": "浙ICP备2023000777号", "websites": [],
                         "apps": [_app("示例天气😀")]}),
        Example("®, ™ and © are text symbols", fires=False, changes={"apps": [_app("示例天气®™©")]}),
        Example("☺ without U+FE0F is a text symbol", fires=False, changes={"apps": [_app("示例天气☺")]}),
        Example("a name without emoji", fires=False, changes={"apps": [_app()]}),
        Example("a new access is not judged", fires=False,
                changes={"order.type": "new_access", "entity.filing_number": "浙ICP备2023000777号",
                         "apps": [_app("示例天气😀", filing_number="浙ICP备2023000777号-2A")]}),
        Example("an approved filing is not judged", fires=False, changes={**_APPROVED, "apps": [_app("示例天气😀")]}),
    ),
)


# -- APP_FEATURE_INFO ------------------------------------------------------------------------------

APP_FEATURE_INFO = Rule(
    code="APP_FEATURE_INFO",
    kind="rejection",
    modes=_ORDERS,
    effective=Effective(since=_dt.date(2023, 9, 1)),
    conditions=when(fact("app_feature_check", "check", fails=True)),
    paths=(Ref("check", "path"),),
    evidence={"name": Ref("check", "name"), "problem": Ref("check", "problem"),
              "platform": Ref("check", "platform"), "fingerprint": Ref("check", "fingerprint"),
              "value": Ref("check", "value"), "digits": Ref("check", "digits")},
    message=Text(
        zh="APP“{name}”{problem:app_feature_problem}；自2023年9月起，APP备案须提供包名、平台、公钥和签名证书指纹等"
           "特征信息。",
        en="The APP {name} {problem:app_feature_problem}; since September 2023 an APP's filing must give its "
           "feature data (package name, platforms, public key and signing-certificate fingerprint).",
    ),
    remedy=Text(
        zh="请补全或更正APP特征信息：从应用的签名证书（如用 keytool 查看）或开发者平台读取包名、公钥和签名证书指纹"
           "（Android 为 MD5，iOS 为 SHA-1），按原样填写在对应平台的签名条目中。",
        en="Complete or correct the feature data: read the package name, public key and signing-certificate "
           "fingerprint (MD5 for Android, SHA-1 for iOS) from the signing certificate (e.g. with keytool) or the "
           "developer console, and enter them in the signature entry of that platform.",
    ),
    doc=Doc(
        what="In force from 2023-09-01 (the check day). For `apps[i]` in a content order (`new_filing`, "
             "`new_website`, `new_app`, `change`) whose `platforms` contain `android` or `ios` "
             "(case-insensitive) — a native APP — a completeness row (W11): (a) `package_names` is empty (or "
             "only blank texts), at `apps[i].package_names`; (b) for each of `android`, `ios` in `platforms`: "
             "no `signatures` entry with that `platform` (case-insensitive) gives both a non-blank fingerprint "
             "(`android`: `md5`; `ios`: `sha1`) and a non-blank `public_key`, at `apps[i].signatures`; (c) a "
             "given `md5` that is not 32 hexadecimal digits, or a given `sha1` that is not 40, after NFKC and "
             "removing `:`, `-` and white space, at `apps[i].signatures[k].md5` / `.sha1` (a malformed "
             "fingerprint counts as given for (b): it is (c)'s only). One reason per clause and platform, per "
             "fingerprint for (c). Only `apps[i]` of kind `app` (format 1.1; absent `kind` means `app`, so 1.0 "
             "documents are judged as before): a `mini_program` or `quick_app` has no package name or signature, "
             "whatever its `platforms` say. Silent for entries without `android`/`ios` (mini-programs filed as "
             "1.0 entries, HarmonyOS: their feature data differ), on `new_access`, and before 2023-09-01. "
             "Reading: (c) judges only signature entries whose `platform` is `android` or `ios` (\"other "
             "platform tokens\" are silent; an entry without a platform is not judged). Orders only "
             "(`audit: no`).",
        why="Since September 2023 APPs are filed with their feature data — package name, platforms, public key "
            "and the signing certificate's fingerprint, MD5 for Android and SHA-1 for iOS (APP23, HW-KB "
            "doc_0121, HW-RULES).",
        fix="Give the package name and, per native platform, the fingerprint and public key.",
        sources=("APP23", "HW-KB(doc_0121)", "HW-RULES"),
        zh=DocZh(
            what="自 2023-09-01 起施行（以检查日计）。对内容类订单（`new_filing`、`new_website`、`new_app`、"
                 "`change`）中 `platforms` 含有 `android` 或 `ios`（不区分大小写）的 "
                 "`apps[i]`——即原生APP——作完整性检查（W11）：(a) `package_names` 为空（或只有空白文本），路径为 "
                 "`apps[i].package_names`；(b) 对 `platforms` 中的 `android`、`ios` 各自：没有一个该 "
                 "`platform`（不区分大小写）的 `signatures` 条目同时给出非空的指纹（`android`：`md5`；`ios`："
                 "`sha1`）和非空的 `public_key`，路径为 `apps[i].signatures`；(c) 经 NFKC 并去掉 `:`、`-` "
                 "和空白后，填写的 `md5` 不是 32 位十六进制数字，或填写的 `sha1` 不是 40 位，路径为 "
                 "`apps[i].signatures[k].md5` / `.sha1`（格式错误的指纹在 (b) 中视为已填写：只由 (c) 报告）。每款、"
                 "每个平台一条原因，(c) 为每个指纹一条。只检查 `kind` 为 `app` 的 `apps[i]`（1.1 格式；未填 `kind` "
                 "即为 `app`，因此 1.0 文档照旧判断）：`mini_program` 或 `quick_app` 没有包名和签名，不论其 "
                 "`platforms` 怎么写。以下情况不触发：不含 `android`/`ios` 的条目（以 1.0 条目备案的小程序、鸿蒙："
                 "其特征信息不同）；`new_access`；2023-09-01 之前。解读：(c) 只判断 `platform` 为 `android` 或 "
                 "`ios` 的签名条目（“其他平台标识”不触发；没有平台的条目不判断）。仅检查订单（`audit: no`）。",
            why="自 2023 年 9 月起，APP 备案须提供其特征信息——包名、平台、公钥以及签名证书指纹（Android 为 MD5，"
                "iOS 为 SHA-1）（APP23、HW-KB doc_0121、HW-RULES）。",
            fix="请填写包名，并为每个原生平台填写指纹和公钥。",
        ),
    ),
    examples=(
        Example("complete feature data", fires=False, changes={"apps": [_app()]}),
        Example("no package name", fires=True, paths=("apps[0].package_names",),
                changes={"apps": [_app(package_names=[])]}),
        Example("a blank package name", fires=True, paths=("apps[0].package_names",),
                changes={"apps": [_app(package_names=[" "])]}),
        Example("no iOS signature", fires=True, paths=("apps[0].signatures",),
                changes={"apps": [_app(signatures=[_ANDROID_SIGNATURE])]}),
        Example("no signatures at all: one reason per platform", fires=True, count=2, paths=("apps[0].signatures",),
                changes={"apps": [_app(signatures=[])]}),
        Example("the Android signature gives no public key", fires=True, paths=("apps[0].signatures",),
                changes={"apps": [_app()], "apps[0].signatures[0].public_key": ""}),
        Example("the iOS signature gives an MD5 but no SHA-1", fires=True, paths=("apps[0].signatures",),
                changes={"apps": [_app()], "apps[0].signatures[1].sha1": None,
                         "apps[0].signatures[1].md5": "9F2C4A710B8ED356A1C07E4419B26DF8"}),
        Example("platforms written in capitals", fires=False,
                changes={"apps": [_app(platforms=["Android", "IOS"])], "apps[0].signatures[0].platform": "ANDROID",
                         "apps[0].signatures[1].platform": "iOS"}),
        Example("an MD5 of 31 hexadecimal digits", fires=True, paths=("apps[0].signatures[0].md5",),
                changes={"apps": [_app()], "apps[0].signatures[0].md5": "9F2C4A710B8ED356A1C07E4419B26DF"}),
        Example("an MD5 with a letter that is not hexadecimal", fires=True, paths=("apps[0].signatures[0].md5",),
                changes={"apps": [_app()], "apps[0].signatures[0].md5": "9F2C4A710B8ED356A1C07E4419B26DFG"}),
        Example("a SHA-1 of 41 digits", fires=True, paths=("apps[0].signatures[1].sha1",),
                changes={"apps": [_app()], "apps[0].signatures[1].sha1": "3A4F9C0D7E12B85A6C9F0E3D21B74A58C6E90F123"}),
        Example("an MD5 in lower case, with spaces and hyphens", fires=False,
                changes={"apps": [_app()],
                         "apps[0].signatures[0].md5": "9f 2c 4a 71-0b 8e d3 56-a1 c0 7e 44-19 b2 6d f8"}),
        Example("an Android-only APP", fires=False,
                changes={"apps": [_app(platforms=["android"], signatures=[_ANDROID_SIGNATURE])]}),
        Example("a mini-program (no android/ios platform)", fires=False,
                changes={"apps": [_app(platforms=["wechat"], package_names=[], signatures=[])]}),
        Example("1.1: kind app given explicitly", fires=True, paths=("apps[0].package_names",),
                changes={"apps": [_app(kind="app", package_names=[])]}),
        Example("1.1: a mini-program running on Android is not judged", fires=False,
                changes={"apps": [_app(kind="mini_program", package_names=[], signatures=[])]}),
        Example("1.1: a quick app on Android is not judged", fires=False,
                changes={"apps": [_app(kind="quick_app", package_names=[], signatures=[])]}),
        Example("1.1: a native APP beside a mini-program is judged", fires=True, paths=("apps[1].signatures",),
                changes={"apps": [_app(kind="mini_program", package_names=[], signatures=[]),
                                  _app(signatures=[_ANDROID_SIGNATURE])]}),
        Example("a HarmonyOS signature with a malformed fingerprint is not judged", fires=False,
                changes={"apps": [_app(signatures=[_ANDROID_SIGNATURE, _IOS_SIGNATURE,
                                                    {"platform": "harmonyos", "md5": "123", "public_key": "MIIB"}])]}),
        Example("checked on the day the requirement came into force", fires=True, as_of="2023-09-01",
                paths=("apps[0].package_names",), changes={"apps": [_app(package_names=[])]}),
        Example("checked the day before", fires=False, as_of="2023-08-31", changes={"apps": [_app(package_names=[])]}),
        Example("a new access is not judged", fires=False,
                changes={"order.type": "new_access", "entity.filing_number": "浙ICP备2023000777号",
                         "apps": [_app(package_names=[], filing_number="浙ICP备2023000777号-2A")]}),
        Example("an approved filing is not judged", fires=False,
                changes={**_APPROVED, "apps": [_app(package_names=[])]}),
    ),
)


RULES = (
    SITE_ONE_DOMAIN,
    SITE_COUNT_PER_ORDER,
    SITE_COUNT_PER_ENTITY,
    PERSONAL_REMARK_MISSING,
    PERSONAL_SERVICE_CONTENT,
    APP_NAME_RULES,
    APP_FEATURE_INFO,
)

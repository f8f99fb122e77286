"""Format-1.1 rules about what an inspection of the live site or APP saw (FORMAT 1.1 group C, `observed`, with
`psb_number`, `opened_on` and group E's `resolves_to`), and the document thresholds above a number of websites or
domains: SITE_LIVE_BEFORE_APPROVAL, FILED_SITE_NOT_ACCESSIBLE, SITE_NAME_NOT_LIVE_NAME, FOOTER_FILING_NUMBER,
FILING_NUMBER_NONCANONICAL_DISPLAY, PSB_NUMBER_MISSING, APP_FILING_NUMBER_DISPLAY, SITE_EXTRA_DOCS_THRESHOLD.
Their facts: ``beianrules.facts.observed``."""

from typing import Any

from beianrules.declaration import Doc, DocZh, Example, Mode, Ref, Rule, Text, any_of, fact, when
from beianrules.examples import own, own_filing
from beianrules.provinces import all_parameters

_ORDERS: frozenset[Mode] = frozenset({"order"})
_AUDITS: frozenset[Mode] = frozenset({"audit"})

_NUMBER = "浙ICP备2023000777号"
_SITE_NUMBER = f"{_NUMBER}-1"
_APP_NUMBER = f"{_NUMBER}-2A"
_CHECKED_ON = "2026-11-20"


def _seen(**fields: Any) -> dict[str, Any]:
    """An inspection of the example website (``example-tech.cn``) a week before the check day."""
    return {"checked_on": _CHECKED_ON, "url": "https://example-tech.cn/", **fields}


def _shown(displayed: str | None = _SITE_NUMBER, **fields: Any) -> dict[str, Any]:
    """A reachable site whose footer shows ``displayed``, linked to MIIT."""
    return _seen(**{"reachable": True, "title": "杭州示例科技官网", "displayed_filing_number": displayed,
                    "filing_number_links_to_miit": True, **fields})


# The example entity after its filing was approved: the number, its website's number.
_APPROVED = {"order.status": "approved", "order.submitted_to_authority_on": "2024-03-01",
             "entity.filing_number": _NUMBER, "websites[0].filing_number": _SITE_NUMBER}
# A change order of the filed entity, listing its filed website.
_CHANGE = {"order.type": "change", "entity.filing_number": _NUMBER, "websites[0].filing_number": _SITE_NUMBER}
# A new-website order of the filed entity, adding a second website.
_NEW_WEBSITE = {"order.type": "new_website", "entity.filing_number": _NUMBER,
                "websites[0].name": "杭州示例科技商城", "websites[0].domains": ["example-shop.cn"]}


def _filed_site(number: str = _SITE_NUMBER, **seen: Any) -> dict[str, Any]:
    """The entity's website as its approved filing in the registry lists it, with an inspection."""
    return {"name": "杭州示例科技官网", "domains": ["example-tech.cn"], "content_categories": ["company_homepage"],
            "filing_number": number, "observed": _seen(**seen)}


def _own_filing(*sites: dict[str, Any], **changes: Any) -> dict[str, Any]:
    """Registry changes: the entity's own approved filing, listing ``sites``."""
    return own_filing(_NUMBER, **{"websites": list(sites)}, **changes)


# -- SITE_LIVE_BEFORE_APPROVAL ---------------------------------------------------------------------------

_RESOLVING = {"domain": "example-tech.cn", "resolves_to": ["203.0.113.10"], "resolved_on": _CHECKED_ON}

SITE_LIVE_BEFORE_APPROVAL = Rule(
    code="SITE_LIVE_BEFORE_APPROVAL",
    kind="rejection",
    modes=_ORDERS,
    conditions=when(fact("unfiled_site_live", "live")),
    paths=(Ref("live", "path"),),
    evidence={"name": Ref("live", "name"), "clue": Ref("live", "clue"), "checked_on": Ref("live", "checked_on"),
              "url": Ref("live", "url"), "domain": Ref("live", "domain"), "addresses": Ref("live", "addresses"),
              "resolved_on": Ref("live", "resolved_on")},
    message=Text(
        zh="网站「{name}」尚未取得备案号，但{clue:live_clue}；首次备案和新增网站期间，网站不得开通访问。",
        en="The website “{name}” has no filing number yet, but {clue:live_clue}; during a first filing or a "
           "new-website filing the site must not be online.",
    ),
    remedy=Text(
        zh="请暂停该网站域名的解析（或关闭网站访问），待备案通过、取得备案号后再开通网站。",
        en="Pause the resolution of the website's domains (or take the site offline) until the filing is approved "
           "and the site has its number.",
    ),
    doc=Doc(
        what="On a `new_filing` or `new_website` order (orders only: once a site is approved it may be online, "
             "and access and change orders may stay online, RULE-CATALOG), a website without a "
             "`filing_number` (absent or blank) has `observed.reachable` `true` (path "
             "`websites[i].observed.reachable`), or — `observed` being absent — a `domain_details[j]` whose "
             "`resolves_to` is not empty (path `websites[i].domain_details[j].resolves_to`, one reason per such "
             "entry). `resolves_to: []` (looked up, no address) and an absent `resolves_to` (not looked up) "
             "say nothing. Reading: where `observed` is given it decides alone — `reachable` `false` or not "
             "known keeps the rule silent whatever the DNS look-up found (the inspection saw the site itself; "
             "an address may serve a holding page). Reading: every `domain_details` entry of the website counts, "
             "whether or not its domain is listed in `domains`.",
        why="A domain must not serve the website while its first filing or new-website filing is under review: "
            "the provider and the bureau reject an order whose site is already online (DNS resolution has to be "
            "paused until approval; REG33 Art.5 forbids unfiled non-commercial services).",
        fix="Pause the domain's resolution until the filing is approved.",
        sources=("TC-REJ", "HW-S4", "HW-RULES", "REG33"),
        zh=DocZh(
            what="在 `new_filing` 或 `new_website` 订单中（仅限订单：网站获批后即可上线，接入订单和变更订单期间网站可保"
                 "持上线，RULE-CATALOG），没有 `filing_number`（缺失或为空白）的网站其 `observed.reachable` 为 `true`"
                 "（路径 `websites[i].observed.reachable`），或——`observed` 缺失时——某个 `domain_details[j]` 的 "
                 "`resolves_to` 不为空（路径 `websites[i].domain_details[j].resolves_to`，每个此类条目一条原因）。"
                 "`resolves_to: []`（已查询，无地址）和缺失的 `resolves_to`（未查询）不说明任何情况。解读：给出 "
                 "`observed` 时仅以它为准——`reachable` 为 `false` 或未知时，无论DNS查询结果如何，本规则都不触发"
                 "（检查看到的是网站本身；某个地址可能只提供占位页面）。解读：网站的每个 `domain_details` 条目都计入，"
                 "无论其域名是否列在 `domains` 中。",
            why="首次备案或新增网站备案审核期间，域名不得开通网站访问：网站已上线的订单会被接入商和管局驳回"
                "（须暂停域名解析直至备案通过；REG33 第5条禁止未备案的非经营性互联网信息服务）。",
            fix="暂停域名解析，直至备案通过。",
        ),
    ),
    examples=(
        Example("a first filing whose site already answers", fires=True, paths=("websites[0].observed.reachable",),
                changes={"websites[0].observed": _seen(reachable=True)}),
        Example("a new website already online", fires=True, paths=("websites[0].observed.reachable",),
                changes={**_NEW_WEBSITE, "websites[0].observed": _seen(reachable=True, url="https://example-shop.cn/")}),
        Example("the site does not answer", fires=False, changes={"websites[0].observed": _seen(reachable=False)}),
        Example("inspected, reachability not known: the inspection decides, DNS is not read", fires=False,
                changes={"websites[0].observed": _seen(), "websites[0].domain_details": [_RESOLVING]}),
        Example("not inspected: the domain resolves", fires=True, paths=("websites[0].domain_details[0].resolves_to",),
                changes={"websites[0].domain_details": [_RESOLVING]}),
        Example("not inspected: two domains resolve, one reason each", fires=True, count=2,
                paths=("websites[0].domain_details[0].resolves_to", "websites[0].domain_details[1].resolves_to"),
                changes={"websites[0].domains": ["example-tech.cn", "example-tech.com.cn"],
                         "websites[0].domain_details": [_RESOLVING, {**_RESOLVING, "domain": "example-tech.com.cn",
                                                                      "resolves_to": ["2001:db8::10"]}]}),
        Example("looked up, no address", fires=False,
                changes={"websites[0].domain_details": [{**_RESOLVING, "resolves_to": []}]}),
        Example("not looked up", fires=False,
                changes={"websites[0].domain_details": [{"domain": "example-tech.cn", "expires_on": "2030-01-01"}]}),
        Example("a filed website on a new-website order may be online", fires=False,
                changes={**_NEW_WEBSITE, "websites[0].filing_number": _SITE_NUMBER,
                         "websites[0].observed": _seen(reachable=True, url="https://example-shop.cn/")}),
        Example("a change order may stay online", fires=False,
                changes={"order.type": "change", "entity.filing_number": _NUMBER,
                         "websites[0].observed": _seen(reachable=True)}),
        Example("an access order may stay online", fires=False,
                changes={"order.type": "new_access", "entity.filing_number": _NUMBER,
                         "websites[0].observed": _seen(reachable=True)}),
        Example("an approved filing is not judged", fires=False,
                changes={"order.status": "approved", "order.submitted_to_authority_on": "2024-03-01",
                         "websites[0].observed": _seen(reachable=True)}),
    ),
)


# -- FILED_SITE_NOT_ACCESSIBLE -------------------------------------------------------------------------------

FILED_SITE_NOT_ACCESSIBLE = Rule(
    code="FILED_SITE_NOT_ACCESSIBLE",
    kind="rejection",
    conditions=when(fact("filed_site_observation", "site", reachable=False)),
    paths=(Ref("site", "reachable_path"),),
    evidence={"name": Ref("site", "name"), "filing_number": Ref("site", "filing_number"),
              "checked_on": Ref("site", "checked_on"), "url": Ref("site", "url")},
    message=Text(
        zh="已备案的网站「{name}」（{filing_number}）在 {checked_on} 检查时无法访问。",
        en="The filed website “{name}” ({filing_number}) could not be reached when it was checked on {checked_on}.",
    ),
    remedy=Text(
        zh="请恢复该网站的正常访问（首页可以打开，内容与备案信息相符）；不再使用的网站请办理注销网站或取消接入。",
        en="Bring the website back online (its home page opens, its content fits the filing); cancel the website "
           "or its access if it is no longer used.",
    ),
    doc=Doc(
        what="A website with a `filing_number` (given, not blank) whose `observed.reachable` is `false` (path "
             "`websites[i].observed.reachable`): on an order, and as a rectification on an approved filing. On a "
             "`new_website` or `change` order that is not approved, also the entity's filed websites in the "
             "registry (REASONS-WAVE1 W10's `F`: the website numbers of the entity's approved documents, "
             "cancelled ones removed; REASONS.md \"Same entity\") that the order does not list: one reason per "
             "such website whose latest inspection (the greatest `checked_on` not after `as_of` among the "
             "approved documents listing it) has `reachable` `false`, path `entity`, evidence its number and "
             "the day. Reading: a filed website the order lists is judged by the order's own `observed` only "
             "(absent: silent), never by a registry copy. Reading: the registry is re-examined on orders only — "
             "an audit judges the audited document, each registry document being audited on its own. Reading: "
             "several latest inspections of one day that disagree are unknown (silent). Not checked: TJ's "
             "clause on sites under a main number issued more than 6 months ago (it needs the number's issue "
             "date, group K), and whether the content fits the entity.",
        why="The bureaus require an entity's filed websites to be open (and to fit the entity); new-website and "
            "change orders re-examine them, and an audit asks for an unreachable site to be reopened or "
            "cancelled.",
        fix="Reopen the site, or cancel an unused one.",
        sources=("TC-REJ", "TC-SITE", "HW-KB(doc_0020)", "AL-TJ-NOTE", "TC-SC"),
        zh=DocZh(
            what="有 `filing_number`（已给出，非空白）的网站，其 `observed.reachable` 为 `false`（路径 "
                 "`websites[i].observed.reachable`）：适用于订单，已备案的作为整改。在未获批的 `new_website` 或 "
                 "`change` 订单中，还包括备案库（registry）中该主体已备案、但订单未列出的网站（REASONS-WAVE1 W10 的 "
                 "`F`：该主体已批准文档中的网站备案号，去除已注销的；REASONS.md “Same entity”）：每个此类网站，"
                 "若其最近一次检查（在列出它的已批准文档中，不晚于 `as_of` 的最大 `checked_on`）的 `reachable` 为 "
                 "`false`，报一条原因，路径 `entity`，证据为其备案号和检查日期。解读：订单列出的已备案网站只按订单自身"
                 "的 `observed` 判断（缺失则不触发），从不按备案库中的副本判断。解读：备案库只在订单上复查——"
                 "核查只判断被核查的文档，备案库中的每份文档各自接受核查。解读：同一天的多个最近检查结果不一致的，"
                 "视为未知（不触发）。不检查：天津关于主体备案号签发超过 6 个月的网站的条款（需要备案号的签发日期，K "
                 "组），以及网站内容是否与主体相符。",
            why="管局要求主体已备案的网站能够正常访问（且与主体相符）；新增网站订单和变更订单会复查这些网站，"
                "核查会要求无法访问的网站恢复访问或办理注销。",
            fix="恢复网站访问，或注销不再使用的网站。",
        ),
    ),
    examples=(
        Example("a change order whose filed website does not answer", fires=True,
                paths=("websites[0].observed.reachable",),
                changes={**_CHANGE, "websites[0].observed": _seen(reachable=False)}),
        Example("an approved filing whose website does not answer (rectification)", fires=True,
                paths=("websites[0].observed.reachable",),
                changes={**_APPROVED, "websites[0].observed": _seen(reachable=False)}),
        Example("the filed website answers", fires=False,
                changes={**_CHANGE, "websites[0].observed": _seen(reachable=True)}),
        Example("reachability not recorded", fires=False, changes={**_CHANGE, "websites[0].observed": _seen()}),
        Example("not inspected", fires=False, changes=_CHANGE),
        Example("a website without a number is not filed", fires=False,
                changes={"websites[0].observed": _seen(reachable=False)}),
        Example("a new-website order: the entity's filed website in the registry does not answer", fires=True,
                paths=("entity",), changes=_NEW_WEBSITE, registry=(_own_filing(_filed_site(reachable=False)),)),
        Example("a change order: the filed website the order does not list does not answer", fires=True,
                paths=("entity",), changes={**_CHANGE, "websites[0].filing_number": f"{_NUMBER}-2"},
                registry=(_own_filing(_filed_site(reachable=False)),)),
        Example("two filed websites in the registry do not answer: one reason each", fires=True, count=2,
                paths=("entity",), changes=_NEW_WEBSITE,
                registry=(_own_filing(_filed_site(reachable=False),
                                      {**_filed_site(f"{_NUMBER}-2", reachable=False), "name": "杭州示例科技博客",
                                       "domains": ["example-tech.com.cn"], "observed": {"checked_on": _CHECKED_ON,
                                                                                        "reachable": False}}),)),
        Example("the order lists the website: its own inspection decides", fires=False,
                changes={**_CHANGE, "websites[0].observed": _seen(reachable=True)},
                registry=(_own_filing(_filed_site(reachable=False)),)),
        Example("a later inspection in the registry found it open", fires=False, changes=_NEW_WEBSITE,
                registry=(_own_filing(_filed_site(reachable=False, checked_on="2026-10-01")),
                          _own_filing(_filed_site(reachable=True),
                                      **{"order.id": "REG-ZJ-2", "order.type": "change"}))),
        Example("the filed website was cancelled", fires=False, changes=_NEW_WEBSITE,
                registry=(_own_filing(_filed_site(reachable=False)),
                          _own_filing({"name": "杭州示例科技官网", "filing_number": _SITE_NUMBER},
                                      **{"order.id": "REG-ZJ-3", "order.type": "cancel_website"}))),
        Example("a registry site on an access order is not re-examined", fires=False,
                changes={"order.type": "new_access", "entity.filing_number": _NUMBER},
                registry=(_own_filing(_filed_site(reachable=False)),)),
        Example("another entity's unreachable website is none of ours", fires=False, changes=_NEW_WEBSITE,
                registry=({"entity.filing_number": "浙ICP备2023000888号",
                           "websites[0].filing_number": "浙ICP备2023000888号-1",
                           "websites[0].observed": {"checked_on": _CHECKED_ON, "reachable": False}},)),
    ),
)


# -- SITE_NAME_NOT_LIVE_NAME ---------------------------------------------------------------------------------

SITE_NAME_NOT_LIVE_NAME = Rule(
    code="SITE_NAME_NOT_LIVE_NAME",
    kind="rejection",
    conditions=when(fact("filed_site_observation", "site", reachable=True, title_contains_name=False)),
    paths=(Ref("site", "title_path"),),
    evidence={"name": Ref("site", "name"), "filing_number": Ref("site", "filing_number"),
              "title": Ref("site", "title"), "checked_on": Ref("site", "checked_on")},
    message=Text(
        zh="已备案的网站「{name}」（{filing_number}）在 {checked_on} 检查时显示的标题为「{title}」，"
           "其中不含备案的网站名称。",
        en="The filed website “{name}” ({filing_number}) showed the title “{title}” when checked on {checked_on}, "
           "which does not contain the filed website name.",
    ),
    remedy=Text(
        zh="请使网站首页显示的网站名称（标题）与备案的网站名称一致，或先办理变更备案修改网站名称。",
        en="Make the site name shown on the home page (its title) the filed website name, or file a change of "
           "the website name first.",
    ),
    doc=Doc(
        what="A website with a `filing_number` (given, not blank) whose `observed.reachable` is `true` has an "
             "`observed.title` that does not contain `websites[i].name`, both read without white space and "
             "punctuation (after NFKC, Unicode categories P* removed; then W5 *contains*, Latin letters "
             "case-folded). Path `websites[i].observed.title`. On a `new_website` or `change` order that is not "
             "approved, also the entity's filed websites in the registry that the order does not list, by their "
             "latest inspection, as FILED_SITE_NOT_ACCESSIBLE reads them (path `entity`; the name and title shown "
             "are the entity's own filing's). Silent: a blank title or name, reachability not `true`. Reading: "
             "the registry part only on `new_website`/`change` orders (FORMAT 1.1 group C), not on audits. "
             "Reading: *contains*, not equality — a title that adds a slogan or 首页 to the name passes "
             "(the catalog's \"equal\" would reject those).",
        why="The title or name the live site shows must be the filed website name (Hainan rejects later filings "
            "of an entity whose site does not; Sichuan, Tianjin and Guangxi check it too).",
        fix="Show the filed name on the site, or change the filing.",
        sources=("HW-HAINAN", "TC-SC", "XIAOSB-ZJ-3P", "AL-TJ-NOTE"),
        zh=DocZh(
            what="有 `filing_number`（已给出，非空白）且 `observed.reachable` 为 `true` 的网站，其 `observed.title` "
                 "不包含 `websites[i].name`，两者均去除空白和标点后比较（NFKC 后去除 Unicode P* 类字符；再按 W5 *包含* "
                 "判断，拉丁字母不区分大小写）。路径 `websites[i].observed.title`。在未获批的 `new_website` 或 "
                 "`change` 订单中，还包括备案库中该主体已备案、但订单未列出的网站，按其最近一次检查判断，读法与 "
                 "FILED_SITE_NOT_ACCESSIBLE 相同（路径 `entity`；显示的名称和标题取自该主体自己的备案）。不触发："
                 "标题或名称为空白、可访问性不是 `true`。解读：备案库部分只适用于 `new_website`/`change` 订单（FORMAT "
                 "1.1 C 组），不适用于核查。解读：判断的是*包含*而非相等——在名称之外加上标语或“首页”的标题也能通过"
                 "（目录的“相等”会驳回这些）。",
            why="网站上线后显示的标题或名称须为备案的网站名称（海南会驳回网站名称不符的主体的后续备案；四川、"
                "天津和广西也会检查）。",
            fix="在网站上显示备案的网站名称，或办理变更备案。",
        ),
    ),
    examples=(
        Example("an approved website showing another name", fires=True, paths=("websites[0].observed.title",),
                changes={**_APPROVED, "websites[0].observed": _seen(reachable=True, title="示例商城 - 首页")}),
        Example("a change order: the filed website shows another name", fires=True,
                paths=("websites[0].observed.title",),
                changes={**_CHANGE, "websites[0].observed": _seen(reachable=True, title="某某资讯")}),
        Example("the title holds the name and more", fires=False,
                changes={**_APPROVED, "websites[0].observed": _seen(reachable=True, title="杭州示例科技官网 - 首页")}),
        Example("spaces and punctuation are not read", fires=False,
                changes={**_APPROVED, "websites[0].observed": _seen(reachable=True, title="杭州·示例 科技官网｜欢迎")}),
        Example("brackets in the filed name are not read", fires=False,
                changes={**_APPROVED, "websites[0].name": "杭州示例（科技）官网",
                         "websites[0].observed": _seen(reachable=True, title="杭州示例科技官网")}),
        Example("Latin letters in another case", fires=False,
                changes={**_APPROVED, "websites[0].name": "Example Tech 官网",
                         "websites[0].observed": _seen(reachable=True, title="EXAMPLE-TECH官网 首页")}),
        Example("an unreachable site: FILED_SITE_NOT_ACCESSIBLE's", fires=False,
                changes={**_APPROVED, "websites[0].observed": _seen(reachable=False, title="示例商城")}),
        Example("no title recorded", fires=False, changes={**_APPROVED, "websites[0].observed": _seen(reachable=True)}),
        Example("a website without a number", fires=False,
                changes={"websites[0].observed": _seen(reachable=False, title="示例商城")}),
        Example("a new-website order: the filed website in the registry shows another name", fires=True,
                paths=("entity",), changes=_NEW_WEBSITE,
                registry=(_own_filing(_filed_site(reachable=True, title="示例商城 - 首页")),)),
        Example("the filed website in the registry shows its name", fires=False, changes=_NEW_WEBSITE,
                registry=(_own_filing(_filed_site(reachable=True, title="杭州示例科技官网")),)),
        Example("a registry site on an audit is not re-examined", fires=False,
                changes={**_APPROVED, "order.type": "change", "websites[0].filing_number": f"{_NUMBER}-2"},
                registry=(_own_filing(_filed_site(reachable=True, title="示例商城")),)),
    ),
)


# -- FOOTER_FILING_NUMBER ----------------------------------------------------------------------------------

_GD_NUMBER = "粤ICP备2023000777号"
_GD_APPROVED = {**_APPROVED, "entity.filing_number": _GD_NUMBER, "websites[0].filing_number": f"{_GD_NUMBER}-1"}
_DISPLAYED = "websites[0].observed.displayed_filing_number"
_MAIN_NUMBER_PROVINCES = ", ".join(code for code, p in all_parameters().items()
                                   if p.footer_number.value == "main_number")

FOOTER_FILING_NUMBER = Rule(
    code="FOOTER_FILING_NUMBER",
    kind="rejection",
    reads=("footer_number",),
    conditions=when(fact("number_display_check", "check", app=False)),
    paths=(Ref("check", "path"), Ref("check", "expected_path")),
    evidence={"name": Ref("check", "name"), "filing_number": Ref("check", "filing_number"),
              "problem": Ref("check", "problem"), "displayed": Ref("check", "displayed"),
              "expected": Ref("check", "expected"), "footer_number": Ref("check", "footer_number"),
              "checked_on": Ref("check", "checked_on")},
    message=Text(
        zh="已备案的网站「{name}」（{filing_number}）在 {checked_on} 检查时，首页底部的备案号有误："
           "{problem:display_problem}。",
        en="The filed website “{name}” ({filing_number}), checked on {checked_on}: the filing number at the bottom "
           "of its home page is wrong: {problem:display_problem}.",
    ),
    remedy=Text(
        zh="请在网站首页底部中间位置展示{footer_number:footer_number}，与工信部备案系统中的记录逐字一致，"
           "并链接到 https://beian.miit.gov.cn 。",
        en="Show {footer_number:footer_number} at the bottom centre of the home page, exactly as the MIIT record "
           "has it, linked to https://beian.miit.gov.cn.",
    ),
    doc=Doc(
        what="A website with a `filing_number` (given, not blank) whose `observed.reachable` is `true`: (a) "
             "`shows_filing_number` is `false` (path `…observed.shows_filing_number`); (b) "
             "`filing_number_links_to_miit` is `false` (path `…observed.filing_number_links_to_miit`); (c) the "
             "`displayed_filing_number` does not parse — FILING_NUMBER_FORMAT's grammar, after the repairs of "
             "FILING_NUMBER_NONCANONICAL_DISPLAY (spaces removed, a missing 号 added, a `-n` before 号 moved "
             "after it) — (path `…observed.displayed_filing_number`); (d) it parses to another number than the "
             "bureau's `footer_number` asks for: the website's own `filing_number`, or — in "
             f"{_MAIN_NUMBER_PROVINCES} (`main_number`) — the entity's main number `entity.filing_number` (paths "
             "the displayed number and the number it should be). One reason per clause. Numbers compare by "
             "bureau, form, serial, sequence and kind letter, so 蜀/川 and the other alternates of one bureau "
             "are one number. Silent: reachability not `true`; (d) when the number to show is not given or does "
             "not parse itself (FILING_NUMBER_FORMAT's). Reading: (b) is not judged where (a) says nothing is "
             "shown. Reading: a display that parses only after the repairs and is the right number is "
             "FILING_NUMBER_NONCANONICAL_DISPLAY's warning, not this error. Reading: only the document's own "
             "websites are judged — the row names no registry websites, although FORMAT 1.1 group C lists this "
             "rule among the readers of registry crawls (toward silence).",
        why="Every filed website shows its filing number at the bottom centre of its home page, linked to the "
            "MIIT filing system (REG33 Art.13; a missing number is fined 5,000–10,000 RMB); elsewhere the "
            "website's own number with its `-n`, in Guangdong the entity's main number.",
        fix="Show the right number, linked to https://beian.miit.gov.cn.",
        sources=("REG33", "EDONG", "HW-KB(doc_0033, doc_0087)", "HW-ERR(3.1, 3.2)", "TC-REJ"),
        zh=DocZh(
            what="有 `filing_number`（已给出，非空白）且 `observed.reachable` 为 `true` 的网站：(a) "
                 "`shows_filing_number` 为 `false`（路径 `…observed.shows_filing_number`）；(b) "
                 "`filing_number_links_to_miit` 为 `false`（路径 `…observed.filing_number_links_to_miit`）；(c) "
                 "`displayed_filing_number` 无法解析——按 FILING_NUMBER_FORMAT 的语法，并经过 "
                 "FILING_NUMBER_NONCANONICAL_DISPLAY 的修正（去除空格、补上缺失的“号”、将写在“号”前的 `-n` 移到其后）——"
                 "（路径 `…observed.displayed_filing_number`）；(d) 解析出的号码不是管局 `footer_number` "
                 f"要求展示的号码：网站自己的 `filing_number`，或——在 {_MAIN_NUMBER_PROVINCES}（`main_number`）——"
                 "主体备案号 `entity.filing_number`（路径为展示的号码和应展示的号码）。每个条款一条原因。号码按管局、"
                 "形式、编号、序号和类型字母比较，因此“蜀/川”及同一管局的其他别称视为同一号码。不触发：可访问性不是 "
                 "`true`；应展示的号码未给出或本身无法解析时的 (d)（属 FILING_NUMBER_FORMAT）。解读：(a) "
                 "表明未展示任何号码时，不判断 (b)。解读：只有经过修正才能解析且号码正确的展示，属 "
                 "FILING_NUMBER_NONCANONICAL_DISPLAY 的警告，而非本规则的错误。解读：只判断文档自身的网站——"
                 "该行未提及备案库中的网站，尽管 FORMAT 1.1 C 组将本规则列为备案库抓取数据的读取者之一（倾向不触发）。",
            why="每个已备案网站都须在首页底部中间位置展示其备案号，并链接到工信部备案系统（REG33 第13条；"
                "未展示备案号的，处 5,000–10,000 元罚款）；一般展示网站自己带 `-n` 的备案号，在广东展示主体备案号。",
            fix="展示正确的备案号，并链接到 https://beian.miit.gov.cn。",
        ),
    ),
    examples=(
        Example("no number at the bottom of the page", fires=True, paths=("websites[0].observed.shows_filing_number",),
                changes={**_APPROVED, "websites[0].observed": _seen(reachable=True, shows_filing_number=False)}),
        Example("the number is not linked to MIIT", fires=True,
                paths=("websites[0].observed.filing_number_links_to_miit",),
                changes={**_APPROVED,
                         "websites[0].observed": _shown(filing_number_links_to_miit=False)}),
        Example("a change order: no number shown", fires=True, paths=("websites[0].observed.shows_filing_number",),
                changes={**_CHANGE, "websites[0].observed": _seen(reachable=True, shows_filing_number=False)}),
        Example("the site's number, linked", fires=False, changes={**_APPROVED, "websites[0].observed": _shown()}),
        Example("the main number instead of the site's", fires=True, paths=(_DISPLAYED, "websites[0].filing_number"),
                changes={**_APPROVED, "websites[0].observed": _shown(_NUMBER)}),
        Example("another site's number", fires=True, paths=(_DISPLAYED, "websites[0].filing_number"),
                changes={**_APPROVED, "websites[0].observed": _shown(f"{_NUMBER}-2")}),
        Example("text that is no filing number", fires=True, paths=(_DISPLAYED,),
                changes={**_APPROVED, "websites[0].observed": _shown(f"备案号：{_SITE_NUMBER}")}),
        Example("full-width digits are not repaired", fires=True, paths=(_DISPLAYED,),
                changes={**_APPROVED, "websites[0].observed": _shown("浙ICP备２０２３000777号-1")}),
        Example("the right number, -n before 号: only the noncanonical warning", fires=False,
                changes={**_APPROVED, "websites[0].observed": _shown("浙ICP备2023000777-1号")}),
        Example("another number, -n before 号", fires=True, paths=(_DISPLAYED, "websites[0].filing_number"),
                changes={**_APPROVED, "websites[0].observed": _shown("浙ICP备2023000778-1号")}),
        Example("a wrong number, not linked: two reasons", fires=True, count=2,
                paths=(_DISPLAYED, "websites[0].filing_number", "websites[0].observed.filing_number_links_to_miit"),
                changes={**_APPROVED, "websites[0].observed": _shown(_NUMBER, filing_number_links_to_miit=False)}),
        Example("not shown and not linked: the link is not judged", fires=True,
                paths=("websites[0].observed.shows_filing_number",),
                changes={**_APPROVED, "websites[0].observed": _seen(reachable=True, shows_filing_number=False,
                                                                     filing_number_links_to_miit=False)}),
        Example("an unreachable site is not judged", fires=False,
                changes={**_APPROVED, "websites[0].observed": _seen(reachable=False, shows_filing_number=False)}),
        Example("reachability not recorded", fires=False,
                changes={**_APPROVED, "websites[0].observed": _seen(shows_filing_number=False)}),
        Example("a website without a number is not judged", fires=False,
                changes={"websites[0].observed": _seen(reachable=True, shows_filing_number=False)}),
        Example("a website number that does not parse: only (a)–(c)", fires=False,
                changes={**_APPROVED, "websites[0].filing_number": "浙ICP备 2023000777号-1",
                         "websites[0].observed": _shown(_NUMBER)}),
        Example("Guangdong: the main number", fires=False, province="GD",
                changes={**_GD_APPROVED, "websites[0].observed": _shown(_GD_NUMBER)}),
        Example("Guangdong: the site's number instead of the main number", fires=True, province="GD",
                paths=(_DISPLAYED, "entity.filing_number"),
                changes={**_GD_APPROVED, "websites[0].observed": _shown(f"{_GD_NUMBER}-1")}),
        Example("Guangdong: the main number is not given", fires=False, province="GD",
                changes={**_GD_APPROVED, "entity.filing_number": None,
                         "websites[0].observed": _shown(f"{_GD_NUMBER}-1")}),
        Example("Sichuan: 川 shown for a 蜀 number", fires=False, province="SC",
                changes={**_APPROVED, "entity.filing_number": "蜀ICP备2023000777号",
                         "websites[0].filing_number": "蜀ICP备2023000777号-1",
                         "websites[0].observed": _shown("川ICP备2023000777号-1")}),
    ),
)


# -- FILING_NUMBER_NONCANONICAL_DISPLAY ----------------------------------------------------------------------

_APP = {"name": "示例App", "platforms": ["android"], "package_names": ["cn.example.tech"], "filing_number": _APP_NUMBER}


def _app_seen(displayed: str | None = _APP_NUMBER, **fields: Any) -> dict[str, Any]:
    return {**_APP, "observed": {"checked_on": _CHECKED_ON, "displayed_filing_number": displayed,
                                 "filing_number_links_to_miit": True, **fields}}


FILING_NUMBER_NONCANONICAL_DISPLAY = Rule(
    code="FILING_NUMBER_NONCANONICAL_DISPLAY",
    kind="rectification",
    severity="warning",
    conditions=when(fact("displayed_number_repair", "shown")),
    paths=(Ref("shown", "path"),),
    evidence={"displayed": Ref("shown", "displayed"), "repaired": Ref("shown", "repaired"),
              "repairs": Ref("shown", "repairs"), "checked_on": Ref("shown", "checked_on")},
    message=Text(
        zh="{checked_on} 检查时展示的备案号“{displayed}”写法不规范，与工信部备案系统中的记录“{repaired}”"
           "不能逐字对应（需{repairs:display_repair}）。",
        en="The filing number shown when checked on {checked_on}, '{displayed}', is not written as the MIIT record "
           "has it, '{repaired}' (needed: {repairs:display_repair}).",
    ),
    remedy=Text(
        zh="请将展示的备案号改为“{repaired}”，逐字照工信部备案系统中的记录展示。",
        en="Show the number as '{repaired}', character for character as the MIIT record has it.",
    ),
    doc=Doc(
        what="A `displayed_filing_number` of a website's or an APP's `observed` does not parse as written "
             "(FILING_NUMBER_FORMAT's grammar, `beianrules.filing_number.parse_filing_number`) but does after the "
             "repairs of `parse_displayed_number`: every white space inside removed, then a missing 号 added "
             "after the serial or a `-n` written before 号 moved after it (`沪ICP备2021527689-3号` → "
             "`沪ICP备2021527689号-3`). One reason per displayed number; path "
             "`…observed.displayed_filing_number`; the evidence gives the repaired text and the repairs. A "
             "hint (warning), on orders and approved filings alike. Whether it is the right number is "
             "FOOTER_FILING_NUMBER's and APP_FILING_NUMBER_DISPLAY's. Reading: the 1.0 clause of the catalog row "
             "(footers seen malformed) has no 1.0 input — FORMAT 1.0 records no displayed number, and the "
             "order's own `filing_number` fields are FILING_NUMBER_FORMAT's errors — so the rule reads only "
             "the 1.1 `displayed_filing_number`. Reading: only these three repairs; full-width characters, "
             "extra words and a wrong abbreviation are not repaired (the text then does not parse at all).",
        why="Footers are seen with malformed numbers — the suffix before 号, spaces, a missing 号 "
            "(RULE-CATALOG §5) — which do not match the MIIT record character for character.",
        fix="Display the exact number.",
        sources=("observations (§5)",),
        zh=DocZh(
            what="网站或APP的 `observed` 中的 `displayed_filing_number` 按原样无法解析（FILING_NUMBER_FORMAT 的语法，"
                 "`beianrules.filing_number.parse_filing_number`），但经 `parse_displayed_number` 修正后可以解析："
                 "去除其中所有空白，再在编号后补上缺失的“号”，或将写在“号”前的 `-n` 移到其后（`沪ICP备2021527689-3号` "
                 "→ `沪ICP备2021527689号-3`）。每个展示的号码一条原因；路径 `…observed.displayed_filing_number`；"
                 "证据给出修正后的文字和所做的修正。属提示（警告），订单和已备案的同样适用。号码是否正确由 "
                 "FOOTER_FILING_NUMBER 和 APP_FILING_NUMBER_DISPLAY 判断。解读：目录该行的 1.0 条款"
                 "（发现页脚的备案号格式不规范）没有 1.0 输入——FORMAT 1.0 不记录展示的号码，订单自身的 `filing_number` "
                 "字段属 FILING_NUMBER_FORMAT 的错误——因此本规则只读取 1.1 的 `displayed_filing_number`。解读："
                 "只做这三种修正；全角字符、多余文字和错误的简称不作修正（此时文字根本无法解析）。",
            why="常见页脚中的备案号写法不规范——后缀写在“号”前、含有空格、缺少“号”（RULE-CATALOG §5）——"
                "与工信部的记录不能逐字对应。",
            fix="准确展示备案号。",
        ),
    ),
    examples=(
        Example("the suffix before 号", fires=True, paths=(_DISPLAYED,),
                changes={**_APPROVED, "websites[0].observed": _shown("浙ICP备2023000777-1号")}),
        Example("a space inside", fires=True, paths=(_DISPLAYED,),
                changes={**_APPROVED, "websites[0].observed": _shown("浙ICP备 2023000777号-1")}),
        Example("a space and no 号", fires=True, paths=(_DISPLAYED,),
                changes={**_APPROVED, "websites[0].observed": _shown("浙ICP备 2023000777")}),
        Example("no 号 before the suffix", fires=True, paths=(_DISPLAYED,),
                changes={**_APPROVED, "websites[0].observed": _shown("浙ICP备2023000777-1")}),
        Example("an APP's page, the suffix before 号", fires=True, paths=("apps[0].observed.displayed_filing_number",),
                changes={**_APPROVED, "apps": [_app_seen("浙ICP备2023000777-2A号")]}),
        Example("the website and the APP: one reason each", fires=True, count=2,
                paths=("apps[0].observed.displayed_filing_number", _DISPLAYED),
                changes={**_APPROVED, "websites[0].observed": _shown("浙ICP备 2023000777号-1"),
                         "apps": [_app_seen("浙ICP备 2023000777号-2A")]}),
        Example("on a change order too", fires=True, paths=(_DISPLAYED,),
                changes={**_CHANGE, "websites[0].observed": _shown("浙ICP备2023000777-1号")}),
        Example("a well-written number", fires=False, changes={**_APPROVED, "websites[0].observed": _shown()}),
        Example("spaces around the number only", fires=False,
                changes={**_APPROVED, "websites[0].observed": _shown(f" {_SITE_NUMBER} ")}),
        Example("full-width digits: not a repair", fires=False,
                changes={**_APPROVED, "websites[0].observed": _shown("浙ICP备２０２３000777号-1")}),
        Example("extra words: not a repair", fires=False,
                changes={**_APPROVED, "websites[0].observed": _shown(f"ICP备案号：{_SITE_NUMBER}")}),
        Example("no number recorded", fires=False,
                changes={**_APPROVED, "websites[0].observed": _seen(reachable=True)}),
    ),
)


# -- PSB_NUMBER_MISSING ----------------------------------------------------------------------------------------

_PSB = "浙公网安备33010602011234号"
_OPENED = {**_APPROVED, "websites[0].opened_on": "2024-03-10", "websites[0].psb_number": _PSB}


def _psb_seen(**fields: Any) -> dict[str, Any]:
    return {"websites[0].observed": _seen(reachable=True, **fields)}


PSB_NUMBER_MISSING = Rule(
    code="PSB_NUMBER_MISSING",
    kind="rectification",
    modes=_AUDITS,
    conditions=when(fact("psb_check", "psb")),
    paths=(Ref("psb", "path"),),
    evidence={"name": Ref("psb", "name"), "problem": Ref("psb", "problem"), "psb_number": Ref("psb", "psb_number"),
              "displayed": Ref("psb", "displayed"), "opened_on": Ref("psb", "opened_on"),
              "days_open": Ref("psb", "days_open")},
    message=Text(
        zh="网站「{name}」自 {opened_on} 开通已 {days_open} 天（公安联网备案应在开通后 30 日内办理）："
           "{problem:psb_problem}。",
        en="The website “{name}” went public on {opened_on}, {days_open} days ago (the public-security filing is "
           "due within 30 days of opening): {problem:psb_problem}.",
    ),
    remedy=Text(
        zh="请在全国互联网安全管理服务平台（公安联网备案）办理网站备案，并在网站首页底部按原样展示公安联网备案号。",
        en="Complete the website's public-security filing (全国互联网安全管理服务平台) and show its number, exactly "
           "as issued, at the bottom of the home page.",
    ),
    doc=Doc(
        what="Audits only (an approved filing; the public-security filing follows the site's opening). A website "
             "whose `opened_on` lies more than 30 days before `as_of` (`(as_of − opened_on).days > 30`), and: "
             "`psb_number` is not given (path `websites[i].psb_number`), or not of the form `{abbr}公网安备` + 14 "
             "digits + `号` after trimming, `{abbr}` any bureau's ICP abbreviation, alternates included (same "
             "path); `observed.shows_psb_number` is `false` (path `…observed.shows_psb_number`); "
             "`observed.displayed_psb_number` differs from `psb_number` (path `…observed.displayed_psb_number`). "
             "One reason per clause. Reading: the 30 days apply to every clause (toward silence: a site open "
             "for 30 days or less may still be filing, and shows nothing yet). Reading: the displayed number "
             "is compared after NFKC with white space removed (a space inside is no different number), only "
             "when `psb_number` is given. Silent: `opened_on` not given. Not checked: that the abbreviation is "
             "the order province's.",
        why="A website must complete its public-security filing (公安联网备案) within 30 days of going public "
            "and display its number correctly; providers' audits ask for it.",
        fix="Complete the public-security filing and display its number.",
        sources=("HW-KB(doc_0033, 3.3)",),
        zh=DocZh(
            what="仅限核查（已备案的；公安联网备案在网站开通之后办理）。网站的 `opened_on` 早于 `as_of` 超过 30 天"
                 "（`(as_of − opened_on).days > 30`），且：`psb_number` 未给出（路径 `websites[i].psb_number`），"
                 "或去除首尾空白后不符合 `{abbr}公网安备` + 14 位数字 + `号` 的形式，`{abbr}` 为任一管局的ICP简称，"
                 "含别称（路径同上）；`observed.shows_psb_number` 为 `false`（路径 `…observed.shows_psb_number`）；"
                 "`observed.displayed_psb_number` 与 `psb_number` 不同（路径 `…observed.displayed_psb_number`）。"
                 "每个条款一条原因。解读：30 天适用于每个条款（倾向不触发：开通不超过 30 天的网站可能仍在办理备案，"
                 "尚未展示任何号码）。解读：展示的号码经 NFKC 并去除空白后比较（中间有空格不算不同的号码），且仅在给出 "
                 "`psb_number` 时比较。不触发：未给出 `opened_on`。不检查：简称是否为订单所在省份的简称。",
            why="网站须在开通后 30 日内完成公安联网备案，并正确展示其备案号；接入商的核查会要求这一点。",
            fix="完成公安联网备案，并展示其备案号。",
        ),
    ),
    examples=(
        Example("open for years, no public-security number", fires=True, paths=("websites[0].psb_number",),
                changes={**_OPENED, "websites[0].psb_number": None}),
        Example("13 digits", fires=True, paths=("websites[0].psb_number",),
                changes={**_OPENED, "websites[0].psb_number": "浙公网安备3301060201123号"}),
        Example("no 号", fires=True, paths=("websites[0].psb_number",),
                changes={**_OPENED, "websites[0].psb_number": "浙公网安备33010602011234"}),
        Example("a well-formed number", fires=False, changes=_OPENED),
        Example("open 31 days", fires=True, paths=("websites[0].psb_number",),
                changes={**_OPENED, "websites[0].opened_on": "2026-10-28", "websites[0].psb_number": None}),
        Example("open 30 days", fires=False,
                changes={**_OPENED, "websites[0].opened_on": "2026-10-29", "websites[0].psb_number": None}),
        Example("the opening day not given", fires=False,
                changes={**_OPENED, "websites[0].opened_on": None, "websites[0].psb_number": None}),
        Example("the page shows no public-security number", fires=True,
                paths=("websites[0].observed.shows_psb_number",),
                changes={**_OPENED, **_psb_seen(shows_psb_number=False)}),
        Example("the page shows another number", fires=True, paths=("websites[0].observed.displayed_psb_number",),
                changes={**_OPENED, **_psb_seen(displayed_psb_number="浙公网安备33010602019999号")}),
        Example("the page shows the number with a space", fires=False,
                changes={**_OPENED, **_psb_seen(displayed_psb_number="浙公网安备 33010602011234号")}),
        Example("no number, none shown: two reasons", fires=True, count=2,
                paths=("websites[0].observed.shows_psb_number", "websites[0].psb_number"),
                changes={**_OPENED, "websites[0].psb_number": None, **_psb_seen(shows_psb_number=False)}),
        Example("open 20 days, none shown yet", fires=False,
                changes={**_OPENED, "websites[0].opened_on": "2026-11-08", "websites[0].psb_number": None,
                         **_psb_seen(shows_psb_number=False)}),
        Example("Sichuan: 川公网安备", fires=False, province="SC",
                changes={**_OPENED, "entity.filing_number": "川ICP备2023000777号",
                         "websites[0].filing_number": "川ICP备2023000777号-1",
                         "websites[0].psb_number": "川公网安备51010402001234号"}),
        Example("an order is not judged", fires=False,
                changes={**_CHANGE, "websites[0].opened_on": "2024-03-10"}),
    ),
)


# -- APP_FILING_NUMBER_DISPLAY -------------------------------------------------------------------------------

_APP_DISPLAYED = "apps[0].observed.displayed_filing_number"

APP_FILING_NUMBER_DISPLAY = Rule(
    code="APP_FILING_NUMBER_DISPLAY",
    kind="rectification",
    modes=_AUDITS,
    conditions=when(fact("number_display_check", "check", app=True)),
    paths=(Ref("check", "path"), Ref("check", "expected_path")),
    evidence={"name": Ref("check", "name"), "filing_number": Ref("check", "filing_number"),
              "problem": Ref("check", "problem"), "displayed": Ref("check", "displayed"),
              "expected": Ref("check", "expected"), "checked_on": Ref("check", "checked_on")},
    message=Text(
        zh="APP「{name}」（{filing_number}）在 {checked_on} 检查时，其页面展示的备案号有误："
           "{problem:display_problem}。",
        en="The APP “{name}” ({filing_number}), checked on {checked_on}: the filing number its page shows is "
           "wrong: {problem:display_problem}.",
    ),
    remedy=Text(
        zh="请在APP的“设置”或“关于”页面（小程序、快应用在其介绍页）展示其备案号“{filing_number}”，"
           "并链接到 https://beian.miit.gov.cn 。",
        en="Show the APP's number '{filing_number}' on its Settings or About page (a mini-program or quick app: on "
           "its profile), linked to https://beian.miit.gov.cn.",
    ),
    doc=Doc(
        what="Audits only. An APP (any `kind`) with a `filing_number` (given, not blank) and an `observed`: "
             "`shows_filing_number` `false` (path `apps[i].observed.shows_filing_number`); "
             "`filing_number_links_to_miit` `false` (path `…filing_number_links_to_miit`); a "
             "`displayed_filing_number` that does not parse (path `…displayed_filing_number`) or parses to "
             "another number than its `filing_number` (paths the displayed number and `apps[i].filing_number`). "
             "One reason per clause. Reading: as for FOOTER_FILING_NUMBER, the display is parsed after the "
             "repairs of FILING_NUMBER_NONCANONICAL_DISPLAY (which warns about them), numbers compare by bureau, "
             "form, serial, sequence and kind (蜀/川 alike), and the link is not judged where nothing is shown. "
             "Silent: the wrong-number clause when the APP's own number does not parse.",
        why="Since the 2023 APP filing notice an APP shows its filing number on its settings or about page, "
            "linked to the MIIT filing system.",
        fix="Show the number, linked to the filing system.",
        sources=("APP23", "HW-S5"),
        zh=DocZh(
            what="仅限核查。有 `filing_number`（已给出，非空白）和 `observed` 的APP（任何 `kind`）："
                 "`shows_filing_number` 为 `false`（路径 `apps[i].observed.shows_filing_number`）；"
                 "`filing_number_links_to_miit` 为 `false`（路径 `…filing_number_links_to_miit`）；"
                 "`displayed_filing_number` 无法解析（路径 `…displayed_filing_number`），或解析出的号码不是其 "
                 "`filing_number`（路径为展示的号码和 `apps[i].filing_number`）。每个条款一条原因。解读：与 "
                 "FOOTER_FILING_NUMBER 相同，展示的号码经 FILING_NUMBER_NONCANONICAL_DISPLAY 的修正后解析"
                 "（该规则会对这些修正给出警告），号码按管局、形式、编号、序号和类型比较（“蜀/川”视为相同），"
                 "未展示任何号码时不判断链接。不触发：APP自身的号码无法解析时的号码不符条款。",
            why="自 2023 年APP备案通知起，APP须在其“设置”或“关于”页面展示备案号，并链接到工信部备案系统。",
            fix="展示备案号，并链接到备案系统。",
        ),
    ),
    examples=(
        Example("the APP shows no number", fires=True, paths=("apps[0].observed.shows_filing_number",),
                changes={**_APPROVED, "apps": [_app_seen(None, shows_filing_number=False,
                                                         filing_number_links_to_miit=None)]}),
        Example("the number is not linked", fires=True, paths=("apps[0].observed.filing_number_links_to_miit",),
                changes={**_APPROVED, "apps": [_app_seen(filing_number_links_to_miit=False)]}),
        Example("the website's number instead of the APP's", fires=True,
                paths=(_APP_DISPLAYED, "apps[0].filing_number"),
                changes={**_APPROVED, "apps": [_app_seen(_SITE_NUMBER)]}),
        Example("text that is no filing number", fires=True, paths=(_APP_DISPLAYED,),
                changes={**_APPROVED, "apps": [_app_seen("备案中")]}),
        Example("its number, linked", fires=False, changes={**_APPROVED, "apps": [_app_seen()]}),
        Example("its number, -n before 号: only the noncanonical warning", fires=False,
                changes={**_APPROVED, "apps": [_app_seen("浙ICP备2023000777-2A号")]}),
        Example("an APP without a number", fires=False,
                changes={**_APPROVED, "apps": [{**_app_seen(_SITE_NUMBER), "filing_number": None}]}),
        Example("not inspected", fires=False, changes={**_APPROVED, "apps": [_APP]}),
        Example("an order is not judged", fires=False, changes={**_CHANGE, "apps": [_app_seen(_SITE_NUMBER)]}),
    ),
)


# -- SITE_EXTRA_DOCS_THRESHOLD ---------------------------------------------------------------------------------

_INDIVIDUAL = {"entity.type": "individual", "entity.legal_representative": None,
               "entity.name": own("entity.principal.name"),
               "entity.certificate": {"type": "resident_id", "number": own("entity.principal.id_document.number")}}


def _file(document: str, n: int = 0) -> dict[str, Any]:
    return {"type": document, "file": f"{document}-{n}.jpg", "size_bytes": 312345}


def _with(*files: dict[str, Any]) -> dict[str, Any]:
    """Attachments: the province's example documents, then ``files``."""
    return {"attachments": own("attachments", then=lambda base: [*base, *files])}


def _domains(count: int, start: int = 0) -> dict[str, Any]:
    """The example website with ``count`` distinct domains."""
    return {"websites[0].domains": [f"example-tech{n}.cn" for n in range(start, start + count)]}


def _websites(count: int) -> dict[str, Any]:
    """``count`` new websites, one domain each."""
    return {"websites": [{"name": f"示例科技站点{n}", "domains": [f"example-site{n}.cn"],
                          "content_categories": ["company_homepage"]} for n in range(count)]}


def _filed(province: str, count: int) -> dict[str, Any]:
    """Registry changes: the entity's own approved filing with ``count`` websites."""
    abbreviation = {"SH": "沪", "HN": "湘", "NX": "宁"}[province]
    number = f"{abbreviation}ICP备2023000777号"
    return own_filing(number, province, **{"websites": [
        {"name": f"示例科技站点{n}", "domains": [f"example-filed{n}.cn"], "filing_number": f"{number}-{n}"}
        for n in range(1, count + 1)]})


def _new_website(province: str) -> dict[str, Any]:
    abbreviation = {"SH": "沪", "HN": "湘", "NX": "宁"}[province]
    return {"order.type": "new_website", "entity.filing_number": f"{abbreviation}ICP备2023000777号"}


_THRESHOLDS = " ".join(f"{code} ({', '.join(p.site_document_thresholds.sources)}): "
                       f"{'; '.join(map(repr, p.site_document_thresholds.value))}."
                       for code, p in all_parameters().items() if p.site_document_thresholds.value)


def _threshold_zh(t: Any) -> str:
    """A threshold as ``_THRESHOLDS`` lists it, in Chinese: ``individual：domains ≥ 6 → …、每个域名一份 …``."""
    filers = f"{'/'.join(t.entity_types)}：" if t.entity_types is not None else ""
    orders = f"（仅限 {'/'.join(t.order_types)} 订单）" if t.order_types is not None else ""
    needed = [*t.documents, *(f"每个域名一份 {document}" for document in t.per_domain)]
    severity = "（警告）" if t.severity == "warning" else ""
    return f"{filers}{t.counts} ≥ {t.at_least}{orders} → {'、'.join(needed)}{severity}"


_THRESHOLDS_ZH = "".join(f"{code}（{'、'.join(p.site_document_thresholds.sources)}）："
                         f"{'；'.join(map(_threshold_zh, p.site_document_thresholds.value))}。"
                         for code, p in all_parameters().items() if p.site_document_thresholds.value)
_GD_FILES = (_file("site_construction_plan"), _file("certificate_image"), _file("access_contract"),
             *(_file("domain_certificate", n) for n in range(6)))

SITE_EXTRA_DOCS_THRESHOLD = Rule(
    code="SITE_EXTRA_DOCS_THRESHOLD",
    kind="rejection",
    modes=_ORDERS,
    reads=("site_document_thresholds",),
    conditions=any_of(
        when(fact("site_document_threshold", "needed", missing=True, severity="error")),
        when(fact("site_document_threshold", "needed", missing=True, severity="warning"), severity="warning"),
    ),
    paths=(Ref("needed", "path"),),
    evidence={"province": Ref("needed", "province"), "counts": Ref("needed", "counts"),
              "count": Ref("needed", "count"), "at_least": Ref("needed", "at_least"),
              "document": Ref("needed", "document"), "required": Ref("needed", "required"),
              "attached": Ref("needed", "attached")},
    message=Text(
        zh="{province:province}管局要求{counts:site_count}达到 {at_least} 个时提供《{document:attachment_type}》；"
           "本订单的{counts:site_count}为 {count} 个，需 {required} 份，实际上传 {attached} 份。",
        en="{province:province} asks for the {document:attachment_type} once {counts:site_count} reach {at_least}; "
           "this order has {count}, which needs {required} copy/copies, and {attached} is/are attached.",
    ),
    remedy=Text(
        zh="请按{province:province}管局的要求准备并上传《{document:attachment_type}》（{required} 份），"
           "或减少本次提交的网站或域名。",
        en="Prepare and upload the {document:attachment_type} as {province:province} asks ({required} "
           "copy/copies), or file fewer websites or domains in this order.",
    ),
    doc=Doc(
        what="Orders only (a completeness row, W11): a content order (W2; an entry may name its order types) "
             "of a filer the entry applies to reaches a threshold of the bureau's `site_document_thresholds` and "
             "carries fewer `attachments` of a needed type than needed — one copy of each `documents` type, as "
             "many copies of each `per_domain` type as the order has domains. What is counted: `domains`, the "
             "distinct domain keys (W9) of the order's websites; `filed_websites`, the entity's filed websites "
             "(W10's `F`, from the registry's approved documents of the same entity; unknown without a "
             "registry: silent); `entity_websites`, those plus the websites the order adds (W10, a lower "
             "bound). One reason per missing document type, path `attachments`. The thresholds: "
             f"{_THRESHOLDS} Reading: HN counts 2 or more filed websites (the catalog notes HW's \"more than "
             "one\" against \"at least one\"; toward silence). Reading: JS rests on a third-party page: a "
             "warning. Reading: an attachment of the type counts whatever its `for`. Not checked: GD's "
             "third-party 30-domain 方案书 (CHINACC-3P), which FORMAT 1.1's row does not take up, and the "
             "documents' content.",
        why="Some bureaus ask for more documents once an entity has many websites or an order many domains: a "
            "网站建设方案书 (SH, HN, GD, JS), a 网站情况说明书 or sealed 情况说明 (NX, SC), domain certificates "
            "(SX, GD), a copy of the certificate and the access contract (GD personal filings).",
        fix="Provide the documents.",
        sources=("HW-KB(SH, HN doc_0234)", "KS-HN", "HW-GD-P", "HW-S4(NX)", "TC-SC", "AL-SX18", "WORLDCST-3P"),
        zh=DocZh(
            what="仅限订单（完整性类规则，W11）：适用对象的备案者提交的内容类订单（W2；条目可指定其订单类型）达到管局 "
                 "`site_document_thresholds` 的某个门槛，而所需类型的 `attachments` 份数不足——`documents` "
                 "中的每种类型一份，`per_domain` 中的每种类型按订单的域名数各一份。计数对象：`domains`，"
                 "订单中各网站互不相同的域名键（W9）；`filed_websites`，该主体已备案的网站（W10 的 `F`，"
                 "取自备案库中同一主体的已批准文档；没有备案库时未知：不触发）；`entity_websites`，"
                 "上述网站加上订单新增的网站（W10，为下限）。每缺一种文件类型一条原因，路径 `attachments`。各门槛："
                 f"{_THRESHOLDS_ZH}解读：HN 计已备案网站 2 个或以上（目录注明 HW 的“多于一个”与“至少一个”不一致；"
                 "倾向不触发）。解读：JS 依据的是第三方页面：为警告。解读：该类型的附件无论其 `for` 均计入。不检查：GD "
                 "第三方资料中 30 个域名的方案书（CHINACC-3P），FORMAT 1.1 的该行未采纳；以及文件的内容。",
            why="部分管局在主体的网站较多或订单的域名较多时要求更多材料：网站建设方案书（SH、HN、GD、JS）、"
                "网站情况说明书或加盖公章的情况说明（NX、SC）、域名证书（SX、GD）、主体证件复印件和接入合同（GD "
                "个人备案）。",
            fix="提供所需材料。",
        ),
    ),
    examples=(
        Example("Shanghai: 30 websites in one order, no construction plan", fires=True, province="SH",
                paths=("attachments",), changes=_websites(30)),
        Example("Shanghai: 29 websites", fires=False, province="SH", changes=_websites(29)),
        Example("Shanghai: 29 new websites and one filed", fires=True, province="SH", paths=("attachments",),
                changes={**_new_website("SH"), **_websites(29)}, registry=(_filed("SH", 1),)),
        Example("Shanghai: 30 websites with the plan", fires=False, province="SH",
                changes={**_websites(30), **_with(_file("site_construction_plan"))}),
        Example("Hunan: a new website of an entity with two filed websites", fires=True, province="HN",
                paths=("attachments",), changes=_new_website("HN"), registry=(_filed("HN", 2),)),
        Example("Hunan: one filed website (toward silence)", fires=False, province="HN",
                changes=_new_website("HN"), registry=(_filed("HN", 1),)),
        Example("Hunan: with the construction plan", fires=False, province="HN",
                changes={**_new_website("HN"), **_with(_file("site_construction_plan"))},
                registry=(_filed("HN", 2),)),
        Example("Hunan: a change order is not a new website", fires=False, province="HN",
                changes={**_new_website("HN"), "order.type": "change"}, registry=(_filed("HN", 2),)),
        Example("Hunan: no registry", fires=False, province="HN", changes=_new_website("HN")),
        Example("Guangdong: an individual with 6 domains and none of the documents", fires=True, province="GD",
                count=4, paths=("attachments",), changes={**_INDIVIDUAL, **_domains(6)}),
        Example("Guangdong: an individual with 6 domains and every document", fires=False, province="GD",
                changes={**_INDIVIDUAL, **_domains(6), **_with(*_GD_FILES)}),
        Example("Guangdong: five domain certificates for six domains", fires=True, province="GD",
                paths=("attachments",), changes={**_INDIVIDUAL, **_domains(6), **_with(*_GD_FILES[:-1])}),
        Example("Guangdong: an individual with 5 domains", fires=False, province="GD",
                changes={**_INDIVIDUAL, **_domains(5)}),
        Example("Guangdong: www. and the bare domain are one domain", fires=False, province="GD",
                changes={**_INDIVIDUAL, "websites[0].domains": [*(f"example-tech{n}.cn" for n in range(5)),
                                                                 "www.example-tech0.cn"]}),
        Example("Guangdong: a company with 6 domains", fires=False, province="GD", changes=_domains(6)),
        Example("Ningxia: a new website of an entity with five filed websites", fires=True, province="NX",
                paths=("attachments",), changes=_new_website("NX"), registry=(_filed("NX", 5),)),
        Example("Ningxia: four filed websites", fires=False, province="NX", changes=_new_website("NX"),
                registry=(_filed("NX", 4),)),
        Example("Sichuan: 6 domains, no statement", fires=True, province="SC", paths=("attachments",),
                changes=_domains(6)),
        Example("Sichuan: 5 domains", fires=False, province="SC", changes=_domains(5)),
        Example("Sichuan: 6 domains with the statement", fires=False, province="SC",
                changes={**_domains(6), **_with(_file("site_situation_statement"))}),
        Example("Shanxi: 5 domains, 4 domain certificates", fires=True, province="SX", paths=("attachments",),
                changes={**_domains(5), **_with(*(_file("domain_certificate", n) for n in range(4)))}),
        Example("Shanxi: 5 domains, 5 certificates", fires=False, province="SX",
                changes={**_domains(5), **_with(*(_file("domain_certificate", n) for n in range(5)))}),
        Example("Shanxi: 4 domains", fires=False, province="SX", changes=_domains(4)),
        Example("Jiangsu (a third-party page): 30 domains, 29 plans, as a warning", fires=True, province="JS",
                paths=("attachments",), severity="warning",
                changes={**_domains(30), **_with(*(_file("site_construction_plan", n) for n in range(29)))}),
        Example("Jiangsu: 30 domains, 30 plans", fires=False, province="JS",
                changes={**_domains(30), **_with(*(_file("site_construction_plan", n) for n in range(30)))}),
        Example("Zhejiang has no threshold", fires=False, changes=_domains(40)),
        Example("an approved filing is not judged", fires=False, province="SC",
                changes={**_domains(6), "order.status": "approved", "order.submitted_to_authority_on": "2024-03-01"}),
    ),
)

RULES = (SITE_LIVE_BEFORE_APPROVAL, FILED_SITE_NOT_ACCESSIBLE, SITE_NAME_NOT_LIVE_NAME, FOOTER_FILING_NUMBER,
         FILING_NUMBER_NONCANONICAL_DISPLAY, PSB_NUMBER_MISSING, APP_FILING_NUMBER_DISPLAY, SITE_EXTRA_DOCS_THRESHOLD)

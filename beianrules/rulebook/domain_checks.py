"""Wave-1b rules about websites' domains (REASONS-WAVE1, table 1b): DOMAIN_EXPIRED_OR_SHORT, DOMAIN_NOT_REAL_NAME
and DOMAIN_HOLDER_MISMATCH (with their format-1.1 clauses, for APPs' domains too), DOMAIN_GOV_SUFFIX,
DOMAIN_BJ_SUFFIX_LIST (BJ), DOMAIN_BJ_NATIONAL_WORDS (BJ), DOMAIN_NX_ORG_ACCESS (NX), DOMAIN_SUBDOMAIN_FILING
and DOMAIN_HAS_FOREIGN_FILING. Their facts: ``beianrules.facts.domain_checks``."""

import datetime as _dt

from beianrules.declaration import Doc, DocZh, Effective, Example, Mode, Ref, Rule, Text, any_of, fact, when
from beianrules.examples import own, own_filing

_ORDERS_ONLY: frozenset[Mode] = frozenset({"order"})
_INDIVIDUAL = {"entity.type": "individual", "entity.legal_representative": None,
               "entity.name": own("entity.principal.name"),
               "entity.certificate": {"type": "resident_id", "number": own("entity.principal.id_document.number")}}
_AT_BUREAU = {"order.status": "authority_review", "order.submitted_to_authority_on": "2026-10-01"}
_APPROVED = {"order.status": "approved", "order.submitted_to_authority_on": "2024-03-01"}
_DOMAIN = own("websites[0].domains[0]")  # example-tech.cn, the base document's domain
_DOMAINS = "websites[0].domains"
_DOMAIN_PATH = "websites[0].domains[0]"


def _detail(**fields: object) -> dict[str, object]:
    """Changes giving the base website one ``domain_details`` entry for its domain, with ``fields``."""
    return {"websites[0].domain_details": [{"domain": _DOMAIN, **fields}]}


def _domains(*domains: str) -> dict[str, object]:
    return {_DOMAINS: list(domains)}


# -- DOMAIN_EXPIRED_OR_SHORT ------------------------------------------------------------------------------------------

_EXPIRES = "websites[0].domain_details[0].expires_on"

DOMAIN_EXPIRED_OR_SHORT = Rule(
    code="DOMAIN_EXPIRED_OR_SHORT",
    kind="rejection",
    reads=("domain_validity",),
    conditions=any_of(
        when(fact("domain_expiry", "d", expired=True)),
        when(fact("domain_expiry", "d", short=True)),
    ),
    paths=(Ref("d", "path"),),
    evidence={"domain": Ref("d", "domain"), "problem": Ref("d", "problem"), "expires_on": Ref("d", "expires_on"),
              "check_day": Ref("d", "check_day"), "bureau_day": Ref("d", "bureau_day"),
              "validity": Ref("d", "validity"), "needed_until": Ref("d", "needed_until")},
    message=Text(
        zh="网站域名 {domain} {problem:domain_expiry_problem}。",
        en="The website domain {domain} {problem:domain_expiry_problem}.",
    ),
    remedy=Text(
        zh="请在域名注册商处为该域名续费，使其到期日满足要求；不再使用的域名，请从网站信息中删除，或注销该网站、取消接入。",
        en="Renew the domain with its registrar until its expiry date is far enough away; a domain no longer used "
           "should be removed from the website, or the website or its access cancelled.",
    ),
    doc=Doc(
        what="For each `websites[i].domain_details[j]` whose `domain` is a host (W9) and whose `expires_on` is "
             "given: (a) `expires_on` is before the check day `D` — the registration has lapsed (the day itself "
             "is still within registration); orders and approved filings (a rectification there); (b) on orders "
             "only, `expires_on` is on or after `D` and the bureau's `domain_validity` is set: `three_months` "
             "(BJ TJ HE SX NM LN SH JS ZJ FJ HN GZ GS QH) — `expires_on < add_months(R, 3)`, a date exactly "
             "three months after `R` is enough; `forty_five_days` (SD) — `(expires_on − R).days < 45`. `R` is "
             "the bureau day (W4): `order.submitted_to_authority_on` for an order in `authority_review`, else "
             "`D`. One reason per `domain_details` entry. Silent: `expires_on` not given or long-term (长期); "
             "(b) when `R` is unknown (at the bureau without `submitted_to_authority_on`), in provinces "
             "without `domain_validity`, and on approved filings (HW-ERR 2.2's \"expiring soon\" gives no "
             "threshold); a `domain` that is not a host (a URL).",
        why="A domain must be within its registration to be filed, and bureaus reject one whose registration "
            "ends soon after the filing reaches them (most say three months, Shandong 45 days); a filed "
            "domain that lapses is a rectification finding.",
        fix="Renew the domain far enough ahead, or cancel the website or its access if the domain is no longer "
            "used.",
        sources=("TC-REJ", "AL-HE", "AL-LN", "AL-NM", "AL-HN-ZH", "AL-GZ", "AL-FJ", "AL-QH", "AL-SD", "HW-KB",
                 "HW-ERR(2.1, 2.2)"),
        zh=DocZh(
            what="对每个 `domain` 为主机名（W9）且填写了 `expires_on` 的 `websites[i].domain_details[j]`：(a) "
                 "`expires_on` 早于检查日 `D`——域名注册已失效（到期当天仍在注册期内）；"
                 "适用于订单和已通过的备案（对已通过的备案为整改）；(b) 仅限订单，`expires_on` 在 `D` 当天或之后，"
                 "且管局设置了 `domain_validity`：`three_months`（BJ TJ HE SX NM LN SH JS ZJ FJ HN GZ GS QH）"
                 "——`expires_on < add_months(R, 3)`，恰好为 `R` 之后三个月的日期即满足要求；`forty_five_days`（SD）"
                 "——`(expires_on − R).days < 45`。`R` 为管局日（W4）：处于 `authority_review` 的订单为 "
                 "`order.submitted_to_authority_on`，否则为 `D`。每个 `domain_details` 条目一条原因。"
                 "以下情况不触发：`expires_on` 未填写或为长期；(b) 在 `R` 未知时（已在管局但未填 "
                 "`submitted_to_authority_on`）、在未设置 `domain_validity` 的省份，以及对已通过的备案（HW-ERR 2.2 "
                 "所说的“即将到期”没有给出阈值）；`domain` 不是主机名（是 URL）。",
            why="域名须在注册有效期内才能备案；备案提交到管局后不久即到期的域名会被管局驳回（多数要求三个月，"
                "山东为 45 天）；已备案的域名过期属于整改事项。",
            fix="请提前为域名续费，留足期限；域名不再使用的，请注销该网站或取消接入。",
        ),
    ),
    examples=(
        Example("Zhejiang: a day short of three months", fires=True, paths=(_EXPIRES,),
                changes=_detail(expires_on="2027-02-27")),
        Example("Zhejiang: exactly three months left", fires=False, changes=_detail(expires_on="2027-02-28")),
        Example("expired the day before the check day", fires=True, paths=(_EXPIRES,),
                changes=_detail(expires_on="2026-11-27")),
        Example("Zhejiang: registered through the check day, so short", fires=True, paths=(_EXPIRES,),
                changes=_detail(expires_on="2026-11-28")),
        Example("Jilin sets no minimum: registered through the check day", fires=False, province="JL",
                changes=_detail(expires_on="2026-11-28")),
        Example("Jilin: expired the day before (national)", fires=True, province="JL", paths=(_EXPIRES,),
                changes=_detail(expires_on="2026-11-27")),
        Example("Shandong: 44 days left (45 required)", fires=True, province="SD", paths=(_EXPIRES,),
                changes=_detail(expires_on="2027-01-11")),
        Example("Shandong: exactly 45 days left", fires=False, province="SD",
                changes=_detail(expires_on="2027-01-12")),
        Example("month end: from 2026-11-30 three months reach 2027-02-28", fires=False, as_of="2026-11-30",
                changes=_detail(expires_on="2027-02-28")),
        Example("month end: a day earlier is short", fires=True, as_of="2026-11-30", paths=(_EXPIRES,),
                changes=_detail(expires_on="2027-02-27")),
        Example("at the bureau since 2026-10-01: measured from that day", fires=True, paths=(_EXPIRES,),
                changes={**_AT_BUREAU, **_detail(expires_on="2026-12-31")}),
        Example("at the bureau since 2026-10-01: three months from then are enough", fires=False,
                changes={**_AT_BUREAU, **_detail(expires_on="2027-01-01")}),
        Example("at the bureau, the day it got there unknown: not measured", fires=False,
                changes={**_AT_BUREAU, "order.submitted_to_authority_on": None, **_detail(expires_on="2026-12-01")}),
        Example("at the bureau, day unknown, but already expired", fires=True, paths=(_EXPIRES,),
                changes={**_AT_BUREAU, "order.submitted_to_authority_on": None, **_detail(expires_on="2026-11-01")}),
        Example("an approved filing whose domain has expired (rectification)", fires=True, paths=(_EXPIRES,),
                changes={**_APPROVED, **_detail(expires_on="2026-11-01")}),
        Example("an approved filing whose domain expires soon is not judged", fires=False,
                changes={**_APPROVED, **_detail(expires_on="2026-12-01")}),
        Example("one expired and one short: two reasons", fires=True, count=2,
                paths=(_EXPIRES, "websites[0].domain_details[1].expires_on"),
                changes={"websites[0].domain_details": [
                    {"domain": _DOMAIN, "expires_on": "2026-11-01"},
                    {"domain": "www.example-tech.cn", "expires_on": "2026-12-01"}]}),
        Example("no expiry date given", fires=False, changes=_detail(registrar="示例注册商")),
        Example("registered long-term (长期)", fires=False, changes=_detail(expires_on="长期")),
        Example("the detail's domain is a URL, not a host", fires=False,
                changes={"websites[0].domain_details": [{"domain": "https://example-tech.cn/",
                                                         "expires_on": "2026-11-01"}]}),
    ),
)

# -- DOMAIN_NOT_REAL_NAME -----------------------------------------------------------------------------------------

_VERIFIED = "websites[0].domain_details[0].real_name_verified_on"
_STATUS = "websites[0].domain_details[0].real_name_status"
_APP_STATUS = "apps[0].domain_details[0].real_name_status"


def _mini_program(**fields: object) -> dict[str, object]:
    """A WeChat mini-program entry of ``apps`` (format 1.1), with ``fields``."""
    return {"name": "示例小程序", "kind": "mini_program", "platforms": ["wechat"], "content_categories": ["tools"],
            **fields}

DOMAIN_NOT_REAL_NAME = Rule(
    code="DOMAIN_NOT_REAL_NAME",
    kind="rejection",
    severity="warning",
    conditions=any_of(
        when(fact("domain_real_name_wait", "w", too_soon=True)),
        when(fact("domain_real_name_status", "w", status="unverified"), severity="error"),
        when(fact("domain_real_name_status", "w", status="pending"), severity="error"),
    ),
    paths=(Ref("w", "path"),),
    evidence={"service": Ref("w", "service"), "domain": Ref("w", "domain"), "problem": Ref("w", "problem"),
              "verified_on": Ref("w", "verified_on"), "day": Ref("w", "day"),
              "working_days": Ref("w", "working_days"), "status": Ref("w", "status")},
    message=Text(
        zh="{service:service_kind}域名 {domain} {problem:domain_real_name_problem}",
        en="The {service:service_kind} domain {domain} {problem:domain_real_name_problem}",
    ),
    remedy=Text(
        zh="{problem:domain_real_name_remedy}",
        en="{problem:domain_real_name_remedy}",
    ),
    doc=Doc(
        what="Two clauses. (1.1) A `domain_details[j]` of a website or (1.1) an APP (`apps[i].domain_details`) "
             "whose `domain` is a host (W9) gives `real_name_status` `unverified` or `pending`: an error, on "
             "orders of every status and on approved filings (a rectification there); `verified` is silent, and "
             "so is a status not given (it is never read as unverified). "
             "(1.0) The waiting period, a warning on orders only. For each `websites[i].domain_details[j]` (and, "
             "in 1.1, `apps[i].domain_details[j]`) whose `domain` is a host (W9) and "
             "whose `real_name_verified_on` is given, on an order whose `order.status` is `draft`, `rejected` "
             "or `provider_review`: fewer than 3 working days (W4: the days `x` with `verified < x ≤ R'` that "
             "`chinese_calendar.is_workday` calls working days, holidays off, make-up working days on) lie "
             "from `real_name_verified_on` to `R'`, where `R'` is `order.submitted_to_provider_on` for "
             "`provider_review` when given, else the check day `D` (verified Monday 2026-11-23: Thursday is "
             "the first day that passes). A warning: TC says about 3 working days, HW 3–5, and the data may "
             "arrive sooner. One reason per `domain_details` entry. Silent: any day of the range the "
             "installed calendar does not cover; `real_name_verified_on` after `R'`; orders in "
             "`authority_review`, approved filings and abandoned orders; a date not given (it means \"not "
             "given\", never \"unverified\"). Not checked: \"not in the MIIT database\" (no field says it). "
             "One reason per `domain_details` entry and clause; the message says whether the domain is a "
             "website's or an APP's (`kind`). Reading: `pending` (实名审核中) is not yet verified, so it is "
             "rejected like `unverified`, as the row says; the waiting period is not added on top of it.",
        why="A domain's real-name data reach the MIIT database some working days after the registrar verifies "
            "it; an order the bureau checks before then, or for a domain whose holder was never verified, is "
            "rejected as 域名未实名认证 (and a filed domain without real-name verification must be rectified).",
        fix="Have the domain real-name verified and wait 3 working days after the verification before submitting.",
        sources=("TC-REJ", "TC-SITE", "HW-KB(doc_0003, doc_0075)"),
        zh=DocZh(
            what="两款。（1.1）网站或（1.1）APP（`apps[i].domain_details`）的某个 `domain` 为主机名（W9）的 "
                 "`domain_details[j]`，其 `real_name_status` 为 `unverified` 或 `pending`：error，"
                 "适用于各种状态的订单和已通过的备案（对已通过的备案为整改）；`verified` 不触发，"
                 "未填写状态的也不触发（从不视为未实名）。（1.0）等待期，仅对订单作警告。对每个 `domain` "
                 "为主机名（W9）且填写了 `real_name_verified_on` 的 `websites[i].domain_details[j]`（1.1 中还包括 "
                 "`apps[i].domain_details[j]`），在 `order.status` 为 `draft`、`rejected` 或 `provider_review` "
                 "的订单上：从 `real_name_verified_on` 到 `R'` 之间不足 3 个工作日（W4：满足 `verified < x ≤ R'` "
                 "且 `chinese_calendar.is_workday` 认定为工作日的日期 `x`，法定节假日不计，调休上班日计入），其中 "
                 "`R'` 在 `provider_review` 且已填写时为 `order.submitted_to_provider_on`，否则为检查日 "
                 "`D`（2026-11-23 周一完成实名认证：周四是第一个满足的日期）。仅作警告：TC 说约 3 个工作日，HW 说 "
                 "3–5 个，数据也可能更早同步。每个 `domain_details` 条目一条原因。以下情况不触发："
                 "区间内有任何一天不在已安装日历的覆盖范围内；`real_name_verified_on` 晚于 `R'`；处于 "
                 "`authority_review` 的订单、已通过的备案和已放弃的订单；未填写日期（表示“未填写”，"
                 "从不表示“未实名”）。不检查：“不在工信部数据库中”（没有字段表达这一点）。每个 `domain_details` "
                 "条目、每款一条原因；消息说明该域名属于网站还是APP（`kind`）。解读：`pending`（实名审核中）"
                 "尚未完成实名认证，因此按该行所述与 `unverified` 一样驳回；不再叠加等待期。",
            why="域名注册商完成实名核验后，实名数据要过若干个工作日才同步到工信部数据库；在此之前由管局审核的订单，"
                "或持有人从未完成实名核验的域名，会以“域名未实名认证”被驳回（已备案但未实名认证的域名须整改）。",
            fix="请为域名完成实名认证，并在认证完成 3 个工作日后再提交。",
        ),
    ),
    examples=(
        Example("verified Monday 2026-11-23, checked Wednesday: 2 working days", fires=True, as_of="2026-11-25",
                paths=(_VERIFIED,), severity="warning", changes=_detail(real_name_verified_on="2026-11-23")),
        Example("verified Monday 2026-11-23, checked Thursday: 3 working days", fires=False, as_of="2026-11-26",
                changes=_detail(real_name_verified_on="2026-11-23")),
        Example("verified on the check day itself", fires=True, paths=(_VERIFIED,),
                changes=_detail(real_name_verified_on="2026-11-28")),
        Example("verified after the check day", fires=False, changes=_detail(real_name_verified_on="2026-11-29")),
        Example("at the provider since Wednesday 2026-11-25: counted to that day", fires=True, paths=(_VERIFIED,),
                changes={"order.status": "provider_review", "order.submitted_to_provider_on": "2026-11-25",
                         **_detail(real_name_verified_on="2026-11-23")}),
        Example("at the provider, the day unknown: counted to the check day", fires=False,
                changes={"order.status": "provider_review", **_detail(real_name_verified_on="2026-11-23")}),
        Example("verified after it reached the provider", fires=False,
                changes={"order.status": "provider_review", "order.submitted_to_provider_on": "2026-11-20",
                         **_detail(real_name_verified_on="2026-11-23")}),
        Example("a rejected order sent again two days after verification", fires=True, as_of="2026-11-25",
                paths=(_VERIFIED,), changes={"order.status": "rejected",
                                             **_detail(real_name_verified_on="2026-11-23")}),
        Example("National Day: verified 2026-09-30, checked 2026-10-08 (1 working day)", fires=True,
                as_of="2026-10-08", paths=(_VERIFIED,), changes=_detail(real_name_verified_on="2026-09-30")),
        Example("National Day: checked on the make-up working Saturday 2026-10-10 (3 working days)", fires=False,
                as_of="2026-10-10", changes=_detail(real_name_verified_on="2026-09-30")),
        Example("a range beyond the installed calendar is not judged", fires=False, as_of="2027-01-04",
                changes=_detail(real_name_verified_on="2026-12-31")),
        Example("at the bureau: not judged", fires=False, as_of="2026-11-25",
                changes={**_AT_BUREAU, "order.submitted_to_authority_on": "2026-11-24",
                         **_detail(real_name_verified_on="2026-11-23")}),
        Example("an approved filing is not judged", fires=False, as_of="2026-11-25",
                changes={**_APPROVED, **_detail(real_name_verified_on="2026-11-23")}),
        Example("no verification date given", fires=False, changes=_detail(expires_on="2028-01-01")),
        Example("1.1: the holder is not real-name verified", fires=True, paths=(_STATUS,), severity="error",
                changes=_detail(real_name_status="unverified")),
        Example("1.1: the holder's verification is pending", fires=True, paths=(_STATUS,), severity="error",
                changes=_detail(real_name_status="pending")),
        Example("1.1: verified", fires=False, changes=_detail(real_name_status="verified")),
        Example("1.1: an order at the bureau whose domain is unverified", fires=True, paths=(_STATUS,),
                changes={**_AT_BUREAU, **_detail(real_name_status="unverified")}),
        Example("1.1: an approved filing whose domain is unverified (rectification)", fires=True,
                paths=(_STATUS,), changes={**_APPROVED, **_detail(real_name_status="unverified")}),
        Example("1.1: verified two working days ago, status verified: the waiting period still applies",
                fires=True, as_of="2026-11-25", paths=(_VERIFIED,), severity="warning",
                changes=_detail(real_name_verified_on="2026-11-23", real_name_status="verified")),
        Example("1.1: a mini-program's domain is unverified", fires=True, paths=(_APP_STATUS,),
                changes={"apps": [_mini_program(domain_details=[{"domain": "api.example-tech.cn",
                                                                  "real_name_status": "unverified"}])]}),
        Example("1.1: an APP's domain verified two working days ago", fires=True, as_of="2026-11-25",
                paths=("apps[0].domain_details[0].real_name_verified_on",), severity="warning",
                changes={"apps": [_mini_program(kind="app", domain_details=[
                    {"domain": "api.example-tech.cn", "real_name_verified_on": "2026-11-23"}])]}),
        Example("1.1: an APP's domain detail that is a URL is not judged", fires=False,
                changes={"apps": [_mini_program(domain_details=[{"domain": "https://api.example-tech.cn/",
                                                                  "real_name_status": "unverified"}])]}),
    ),
)

# -- DOMAIN_HOLDER_MISMATCH ---------------------------------------------------------------------------------------

_REGISTRANT = "websites[0].domain_details[0].registrant"
_HOLDER_PATHS = ("entity.name", _REGISTRANT)
_CERT_PATHS = ("entity.certificate.number", "websites[0].domain_details[0].registrant_certificate_number")


def _cert(kind: str, number: object) -> dict[str, object]:
    return {"registrant_certificate_type": kind, "registrant_certificate_number": number}
_HOLDER = "domain_registrant"

DOMAIN_HOLDER_MISMATCH = Rule(
    code="DOMAIN_HOLDER_MISMATCH",
    kind="rejection",
    reads=("domain_holder",),
    conditions=any_of(
        when(fact(_HOLDER, "h", individual=True, matches_entity=False), fact("province", "bureau")),
        when(fact(_HOLDER, "h", individual=False, matches_entity=False),
             fact("province", "bureau", domain_holder="unit_only")),
        when(fact(_HOLDER, "h", individual=False, matches_entity=False, matches_legal_rep=False),
             fact("province", "bureau", domain_holder="unit_or_legal_rep")),
    ),
    paths=(Ref("h", "path"), Ref("h", "entity_path")),
    evidence={"service": Ref("h", "service"), "domain": Ref("h", "domain"), "problem": Ref("h", "problem"),
              "registrant": Ref("h", "registrant"), "registrant_number": Ref("h", "registrant_number"),
              "expected": Ref("h", "expected"), "entity_name": Ref("h", "entity_name"),
              "entity_number": Ref("h", "entity_number"), "legal_rep": Ref("h", "legal_rep"),
              "province": Ref("bureau", "code")},
    message=Text(
        zh="{service:service_kind}域名 {domain} {problem:domain_holder_problem}。",
        en="The {service:service_kind} domain {domain} {problem:domain_holder_problem}.",
    ),
    remedy=Text(
        zh="{problem:domain_holder_remedy}",
        en="{problem:domain_holder_remedy}",
    ),
    doc=Doc(
        what="A `websites[i].domain_details[j]` whose `domain` is a host (W9) gives a `registrant` that can be "
             "compared — it contains a Han character, no `*` and not 隐私 (an English or pinyin record, or a "
             "privacy mask, is not compared) — and, by name keys (W5: NFKC, white space removed, separators "
             "read as ·, Latin letters case-folded): (a) `entity.type` is `individual` and the registrant is "
             "not `entity.name`; (b) a unit where the bureau's `domain_holder` is `unit_only` (HB HN GZ XZ NX) "
             "and the registrant is not `entity.name` — also when it is the legal representative's name "
             "(NX: \"not the legal rep\"); (c) a unit where it is `unit_or_legal_rep` (HE LN FJ SD SC QH), "
             "the registrant is not `entity.name`, and `entity.legal_representative.name` is given and is not "
             "the registrant either. One reason per `domain_details` entry; orders and approved filings (a "
             "rectification there). Silent: units in the other provinces (HW's general reading lets "
             "shareholders, the main principal or senior managers hold the domain, which the document cannot "
             "show; BJ and NM by conflicts c5 and c6); (c) without the legal representative's name; "
             "`entity.name` or the registrant blank. Reading: \"not 隐私\" is read as \"does not contain 隐私\" "
             "(隐私保护 is a mask too), the reading that compares less. "
             "(1.1) The same three clauses compare the registrant's certificate, for `domain_details` of "
             "websites and of APPs (`apps[i].domain_details`, whose name clause applies as well): a "
             "`domain_details[j]` gives both `registrant_certificate_type` and `registrant_certificate_number`, "
             "and the certificate is not (a) the individual filer's — `entity.certificate` or his principal's "
             "`id_document` —, (b) the unit's `entity.certificate` (`unit_only`), (c) the unit's certificate "
             "nor the legal representative's `id_number` (`unit_or_legal_rep`, only when that is given). A "
             "certificate is another's when the ID keys (W8: NFKC, white space and hyphens removed, upper case) "
             "differ, or when both types are given and differ (the legal representative's `id_type` is "
             "optional: without it the number alone decides). Paths: `…registrant_certificate_number` and "
             "`entity.certificate.number`. Silent without the entity's certificate number (and, individuals, "
             "his principal's ID number). Reading: the row names HE FJ QH LN SD BJ (unit or legal rep) and HN GZ "
             "NM NX (unit only); the clause reads the same `domain_holder` parameter as the name clause, so BJ "
             "and NM stay off for units (conflicts c5, c6), HB and XZ are unit-only and SC unit-or-legal-rep, "
             "and units in the other provinces are not compared (shareholders and managers may hold the "
             "domain there, HW-KB's general reading) — the reading that rejects less. Reading: both the "
             "registrant's type and number must be given (the row names both).",
        why="The domain must be held by the filer: the bureau checks the registrant's real-name record against "
            "the filing, and a domain held by someone else is rejected (for units, some bureaus accept the "
            "legal representative, others only the unit itself).",
        fix="Change the domain's holder at the registrar, or file a domain the filer holds.",
        sources=("TC-REJ", "HW-KB(doc_0209)", "AL-HE", "AL-FJ", "AL-QH", "AL-LN", "AL-SD", "AL-HN-ZH", "AL-GZ",
                 "HW-KB(doc_0239)", "HW-S3(XZ)", "TC-SC", "HW-ERR(2.3)"),
        zh=DocZh(
            what="某个 `domain` 为主机名（W9）的 `websites[i].domain_details[j]` 填写了可比较的 "
                 "`registrant`——含有汉字、不含 `*` 且不是“隐私”（英文或拼音记录，或隐私保护遮蔽，不作比较）"
                 "——按名称键（W5：NFKC、去除空白、分隔符视为 ·、拉丁字母不区分大小写）比较：(a) `entity.type` 为 "
                 "`individual`，注册人不是 `entity.name`；(b) 管局的 `domain_holder` 为 `unit_only`（HB HN GZ XZ "
                 "NX）的单位，注册人不是 `entity.name`——即使是法定代表人的姓名也一样（NX：“不能是法人”）；(c) "
                 "管局为 `unit_or_legal_rep`（HE LN FJ SD SC QH）的单位，注册人不是 `entity.name`，且已填写 "
                 "`entity.legal_representative.name`，注册人也不是该法定代表人。每个 `domain_details` "
                 "条目一条原因；适用于订单和已通过的备案（对已通过的备案为整改）。以下情况不触发："
                 "其他省份的单位（HW 的一般解读允许股东、主要负责人或高管持有域名，而文档无法体现这一点；BJ 和 NM "
                 "依冲突 c5 和 c6）；(c) 没有法定代表人姓名时；`entity.name` 或注册人为空。解读："
                 "“不是隐私”解读为“不含‘隐私’”（“隐私保护”也是遮蔽），即比较较少的解读。（1.1）"
                 "同样的三款还比较注册人的证件，适用于网站和APP的 `domain_details`（`apps[i].domain_details`，"
                 "其名称款同样适用）：某个 `domain_details[j]` 同时填写了 `registrant_certificate_type` 和 "
                 "`registrant_certificate_number`，且该证件不是(a) 个人备案者的——`entity.certificate` 或其负责人的 "
                 "`id_document`——，(b) 单位的 `entity.certificate`（`unit_only`），(c) 既不是单位的证件，"
                 "也不是法定代表人的 `id_number`（`unit_or_legal_rep`，仅在已填写时）。证件键（W8：NFKC、"
                 "去除空白和连字符、转为大写）不同，或双方都填写了类型且类型不同时，视为他人的证件（法定代表人的 "
                 "`id_type` 为选填：未填写时只按号码判断）。路径：`…registrant_certificate_number` 和 "
                 "`entity.certificate.number`。没有主体证件号码（对个人还包括其负责人的证件号码）时不触发。解读："
                 "该行列出 HE FJ QH LN SD BJ（单位或法定代表人）和 HN GZ NM NX（仅单位）；本款读取与名称款相同的 "
                 "`domain_holder` 参数，因此 BJ 和 NM 对单位仍不检查（冲突 c5、c6），HB 和 XZ 为仅单位，SC "
                 "为单位或法定代表人，其他省份的单位不作比较（按 HW-KB 的一般解读，那里股东和管理人员可以持有域名）"
                 "——即驳回较少的解读。解读：注册人的证件类型和号码都须填写（该行两者都列出了）。",
            why="域名必须由备案者持有：管局会将注册人的实名记录与备案信息核对，由他人持有的域名会被驳回（对单位，"
                "有的管局接受法定代表人持有，有的只接受单位本身）。",
            fix="请在域名注册商处将域名持有人变更为备案主体，或改用备案者本人持有的域名备案。",
        ),
    ),
    examples=(
        Example("an individual filer's domain held by someone else", fires=True, paths=_HOLDER_PATHS,
                changes={**_INDIVIDUAL, **_detail(registrant="李建国")}),
        Example("an individual filer's own domain, written with a space", fires=False,
                changes={**_INDIVIDUAL, **_detail(registrant=own("entity.principal.name",
                                                                  then=lambda n: f"{n[0]} {n[1:]}"))}),
        Example("an individual filer, a pinyin record is not compared", fires=False,
                changes={**_INDIVIDUAL, **_detail(registrant="Li Jianguo")}),
        Example("an individual filer, a masked registrant is not compared", fires=False,
                changes={**_INDIVIDUAL, **_detail(registrant="李*国")}),
        Example("an individual filer, a privacy-protected record is not compared", fires=False,
                changes={**_INDIVIDUAL, **_detail(registrant="隐私保护")}),
        Example("Zhejiang compares no unit's registrant", fires=False, changes=_detail(registrant="李建国")),
        Example("Hebei: the unit holds its domain", fires=False, province="HE",
                changes=_detail(registrant=own("entity.name"))),
        Example("Hebei: the legal representative holds it", fires=False, province="HE",
                changes=_detail(registrant=own("entity.legal_representative.name"))),
        Example("Hebei: someone else holds it", fires=True, province="HE", paths=_HOLDER_PATHS,
                changes=_detail(registrant="李建国")),
        Example("Hebei: someone else holds it, no legal representative's name to compare", fires=False,
                province="HE", changes={"entity.legal_representative.name": None, **_detail(registrant="李建国")}),
        Example("Hubei (unit only): the legal representative holds it", fires=True, province="HB",
                paths=_HOLDER_PATHS, changes=_detail(registrant=own("entity.legal_representative.name"))),
        Example("Ningxia: not the legal representative either", fires=True, province="NX", paths=_HOLDER_PATHS,
                changes=_detail(registrant=own("entity.legal_representative.name"))),
        Example("Hubei: full-width brackets in the registrant read as the name's", fires=False, province="HB",
                changes={"entity.name": "武汉示例科技(湖北)有限公司",
                         **_detail(registrant="武汉示例科技（湖北）有限公司")}),
        Example("Beijing compares no unit's registrant (conflict c5)", fires=False, province="BJ",
                changes=_detail(registrant="李建国")),
        Example("Hebei: an approved filing whose domain someone else holds (rectification)", fires=True,
                province="HE", paths=_HOLDER_PATHS, changes={**_APPROVED, **_detail(registrant="李建国")}),
        Example("no registrant given", fires=False, changes={**_INDIVIDUAL, **_detail(expires_on="2028-01-01")}),
        Example("1.1: an individual filer's domain held under another ID", fires=True, paths=_CERT_PATHS,
                changes={**_INDIVIDUAL, **_detail(**_cert("resident_id", "330106199001011234"))}),
        Example("1.1: an individual filer's own ID, lower-case x and spaced", fires=False,
                changes={**_INDIVIDUAL, "entity.certificate.number": "33010619850312123X",
                         **_detail(**_cert("resident_id", "330106 19850312123x"))}),
        Example("1.1: an individual filer's ID number under another type", fires=True, paths=_CERT_PATHS,
                changes={**_INDIVIDUAL, **_detail(**_cert("passport", own("entity.principal.id_document.number")))}),
        Example("1.1: a type without a number is not compared", fires=False,
                changes={**_INDIVIDUAL, **_detail(registrant_certificate_type="resident_id")}),
        Example("1.1: a number without a type is not compared", fires=False,
                changes={**_INDIVIDUAL, **_detail(registrant_certificate_number="330106199001011234")}),
        Example("1.1 Hebei: the unit's licence", fires=False, province="HE",
                changes=_detail(**_cert("business_license", own("entity.certificate.number")))),
        Example("1.1 Hebei: the legal representative's ID", fires=False, province="HE",
                changes=_detail(**_cert("resident_id", own("entity.legal_representative.id_number")))),
        Example("1.1 Hebei: someone else's ID", fires=True, province="HE", paths=_CERT_PATHS,
                changes=_detail(**_cert("resident_id", "130102199001011234"))),
        Example("1.1 Hebei: someone else's ID, the legal representative's ID not given", fires=False,
                province="HE", changes={"entity.legal_representative.id_number": None,
                                        **_detail(**_cert("resident_id", "130102199001011234"))}),
        Example("1.1 Hubei (unit only): the legal representative's ID", fires=True, province="HB",
                paths=_CERT_PATHS,
                changes=_detail(**_cert("resident_id", own("entity.legal_representative.id_number")))),
        Example("1.1 Hubei: the unit's number under another certificate type", fires=True, province="HB",
                paths=_CERT_PATHS,
                changes=_detail(**_cert("organization_code", own("entity.certificate.number")))),
        Example("1.1 Zhejiang compares no unit's registrant certificate", fires=False,
                changes=_detail(**_cert("resident_id", "330106199001011234"))),
        Example("1.1 Beijing compares no unit's registrant certificate (conflict c5)", fires=False, province="BJ",
                changes=_detail(**_cert("resident_id", "110101199001011234"))),
        Example("1.1 Hebei: name and certificate both wrong, two reasons", fires=True, province="HE", count=2,
                paths=("entity.certificate.number", "entity.name", _REGISTRANT,
                       "websites[0].domain_details[0].registrant_certificate_number"),
                changes=_detail(registrant="李建国", **_cert("resident_id", "130102199001011234"))),
        Example("1.1 Hebei: an APP's domain held by someone else", fires=True, province="HE",
                paths=("apps[0].domain_details[0].registrant", "entity.name"),
                changes={"apps": [_mini_program(domain_details=[{"domain": "api.example-tech.cn",
                                                                  "registrant": "李建国"}])]}),
        Example("1.1: an individual's APP domain under another ID", fires=True,
                paths=("apps[0].domain_details[0].registrant_certificate_number", "entity.certificate.number"),
                changes={**_INDIVIDUAL, "apps": [_mini_program(domain_details=[
                    {"domain": "api.example-tech.cn", **_cert("resident_id", "330106199001011234")}])]}),
        Example("1.1: an individual's APP domain under his own ID", fires=False,
                changes={**_INDIVIDUAL, "apps": [_mini_program(domain_details=[
                    {"domain": "api.example-tech.cn",
                     **_cert("resident_id", own("entity.principal.id_document.number"))}])]}),
    ),
)

# -- DOMAIN_GOV_SUFFIX --------------------------------------------------------------------------------------------

_INSTITUTION = {"entity.type": "public_institution", "entity.certificate.type": "public_institution_certificate"}
_GOVERNMENT = {"entity.type": "government", "entity.certificate.type": "other_certificate"}
_GOV_PATHS = ("entity.type", _DOMAIN_PATH)

DOMAIN_GOV_SUFFIX = Rule(
    code="DOMAIN_GOV_SUFFIX",
    kind="rejection",
    reads=("gov_domain_suffix",),
    modes=_ORDERS_ONLY,
    conditions=when(fact("website_domain", "d", wrong_gov_suffix=True),
                    fact("province", "bureau", gov_domain_suffix="on")),
    paths=(Ref("d", "path"), Ref("d", "type_path")),
    evidence={"domain": Ref("d", "domain"), "suffix": Ref("d", "suffix"), "entity_type": Ref("d", "entity_type"),
              "required": Ref("d", "required_suffix"), "province": Ref("bureau", "code")},
    message=Text(
        zh="{entity_type:entity_type}的网站域名 {domain} 的后缀为 .{suffix}；{province:province}管局要求"
           "{entity_type:entity_type}的域名以 {required:required_domain_suffix} 为后缀。",
        en="The website domain {domain} of a {entity_type:entity_type} ends in .{suffix}; {province:province} "
           "requires a {entity_type:entity_type}'s domains to end in {required:required_domain_suffix}.",
    ),
    remedy=Text(
        zh="请改用以 {required:required_domain_suffix} 为后缀的域名备案（《互联网政务应用安全管理规定》）。",
        en="File a domain ending in {required:required_domain_suffix} instead (under the 互联网政务应用安全管理规定 "
           "rules on government internet applications).",
    ),
    doc=Doc(
        what="In a province whose `gov_domain_suffix` is `on` (NM SH ZJ JS HB), for each `websites[i].domains[j]` "
             "that is a host with a known public suffix (W9, ICANN section, U-form): `entity.type` is "
             "`public_institution` and the suffix is neither `cn`, nor ends with `.cn`, nor is `公益`; or "
             "`entity.type` is `government` and the suffix is neither `gov.cn`, nor ends with `.gov.cn`, nor is "
             "`政务`. One reason per domain. Silent: other entity types; unknown suffixes (no registrable "
             "domain); approved filings (sites filed before the policy; audit: no).",
        why="Under the 互联网政务应用安全管理规定 these bureaus file public institutions' sites only under .cn or "
            ".公益 and party and government organs' only under .gov.cn or .政务.",
        fix="Use a domain with the required suffix.",
        sources=("HW-KB(doc_0218, doc_0220, doc_0222, doc_0221, doc_0233)",),
        zh=DocZh(
            what="在 `gov_domain_suffix` 为 `on` 的省份（NM SH ZJ JS HB），对每个公共后缀已知（W9，ICANN 部分，U "
                 "形式）的主机名 `websites[i].domains[j]`：`entity.type` 为 `public_institution` 而后缀既不是 "
                 "`cn`、也不以 `.cn` 结尾、也不是 `公益`；或 `entity.type` 为 `government` 而后缀既不是 `gov.cn`、"
                 "也不以 `.gov.cn` 结尾、也不是 `政务`。每个域名一条原因。以下情况不触发：其他主体类型；"
                 "未知后缀（没有可注册域名）；已通过的备案（政策出台前备案的网站；audit: no）。",
            why="依据《互联网政务应用安全管理规定》，这些管局只为事业单位备案 .cn 或 .公益 域名的网站，"
                "只为党政机关备案 .gov.cn 或 .政务 域名的网站。",
            fix="请使用带有规定后缀的域名。",
        ),
    ),
    examples=(
        Example("Zhejiang: a public institution's .com domain", fires=True, paths=_GOV_PATHS,
                changes={**_INSTITUTION, **_domains("example-tech.com")}),
        Example("Zhejiang: a public institution's .cn domain", fires=False, changes=_INSTITUTION),
        Example("Zhejiang: a public institution's .org.cn domain ends with .cn", fires=False,
                changes={**_INSTITUTION, **_domains("example-tech.org.cn")}),
        Example("Zhejiang: a public institution's .公益 domain", fires=False,
                changes={**_INSTITUTION, **_domains("示例.公益")}),
        Example("Zhejiang: a public institution's .中国 domain is not .cn", fires=True, paths=_GOV_PATHS,
                changes={**_INSTITUTION, **_domains("xn--fsqu00a.xn--fiqs8s")}),
        Example("Zhejiang: a government organ's plain .cn domain", fires=True, paths=_GOV_PATHS,
                changes={**_GOVERNMENT, **_domains("example-gov.cn")}),
        Example("Zhejiang: a government organ's .gov.cn domain", fires=False,
                changes={**_GOVERNMENT, **_domains("example.gov.cn")}),
        Example("Zhejiang: a government organ's .政务 domain", fires=False,
                changes={**_GOVERNMENT, **_domains("示例.政务")}),
        Example("Hubei: a public institution's .net domain", fires=True, province="HB", paths=_GOV_PATHS,
                changes={**_INSTITUTION, **_domains("example-tech.net")}),
        Example("Zhejiang: an enterprise's .com domain", fires=False, changes=_domains("example-tech.com")),
        Example("Guangdong has no such rule", fires=False, province="GD",
                changes={**_INSTITUTION, **_domains("example-tech.com")}),
        Example("an unknown suffix is not judged", fires=False,
                changes={**_INSTITUTION, **_domains("example-tech.invalidtld")}),
        Example("an approved filing is not judged", fires=False,
                changes={**_APPROVED, **_INSTITUTION, **_domains("example-tech.com")}),
    ),
)

# -- DOMAIN_BJ_SUFFIX_LIST ----------------------------------------------------------------------------------------

_NEW_SITE_TYPES = ("new_filing", "new_website")

DOMAIN_BJ_SUFFIX_LIST = Rule(
    code="DOMAIN_BJ_SUFFIX_LIST",
    kind="rejection",
    province="BJ",
    reads=("allowed_tlds",),
    modes=_ORDERS_ONLY,
    effective=Effective(since=_dt.date(2019, 1, 1)),
    conditions=any_of(*(when(fact("order", "o", type=order_type), fact("website_domain", "d", tld_allowed=False))
                        for order_type in _NEW_SITE_TYPES)),
    paths=(Ref("d", "path"),),
    evidence={"domain": Ref("d", "domain"), "tld": Ref("d", "tld")},
    message=Text(
        zh="北京管局自2019年1月1日起只接受指定后缀的域名备案，网站域名 {domain} 的后缀 .{tld} 不在其中。",
        en="Since 2019-01-01 the Beijing bureau files only domains with the suffixes it lists; .{tld}, the "
           "suffix of {domain}, is not one of them.",
    ),
    remedy=Text(
        zh="请改用北京管局接受的后缀（如 .com、.cn、.net、.中国 或其他中文后缀）的域名。",
        en="Use a domain with a suffix Beijing accepts (such as .com, .cn, .net, .中国 or another Chinese-character "
           "suffix).",
    ),
    doc=Doc(
        what="In force from 2019-01-01 (the check day `D`). `order.province` is BJ, `order.type` is `new_filing` "
             "or `new_website`, and the TLD (W9: the host's last label in U-form) of a `websites[i].domains[j]` "
             "is not on the bureau's `allowed_tlds` — wang ren citic xin shop ltd vip ink club site biz com cn "
             "net fun online store tech work law beer design wiki art love xyz group center chat city company "
             "cool email fund gold guru pub run show social team today video world zone life live plus info 中国 "
             "pro auto co cloud fashion fit host link luxe mobi press sohu space top website yoga cc tv icu tel — "
             "nor made only of Han characters (the list's \".中文域名\"). So .hk .tw .asia .jp .io .me .win .org "
             "fire, and so does a TLD the Public Suffix List does not know (it is not on the list either). One "
             "reason per domain. Silent: other order types (`.org` domains filed before 2018-01-01 may still be "
             "accessed or changed; which domains a change adds is not known); a `domains[j]` that is not a host; "
             "approved filings. `.icu`: TC-PROV lists it, AL-BJ-2025 (unverified) refuses it → accepted "
             "(toward silence; the conflict is written down in the BJ module).",
        why="The Beijing bureau accepts only a list of suffixes for new websites (TC-PROV); other suffixes are "
            "refused with 该域名后缀不支持备案.",
        fix="Use a domain with a listed suffix.",
        sources=("TC-PROV", "AL-BJ-2025"),
        zh=DocZh(
            what="自 2019-01-01 起施行（以检查日 `D` 计）。`order.province` 为 BJ，`order.type` 为 `new_filing` 或 "
                 "`new_website`，且某个 `websites[i].domains[j]` 的顶级域（W9：主机名 U 形式的最后一个标签）"
                 "不在管局的 `allowed_tlds` 中——wang ren citic xin shop ltd vip ink club site biz com cn net fun "
                 "online store tech work law beer design wiki art love xyz group center chat city company cool "
                 "email fund gold guru pub run show social team today video world zone life live plus info 中国 "
                 "pro auto co cloud fashion fit host link luxe mobi press sohu space top website yoga cc tv icu "
                 "tel——也不是全由汉字组成（列表中的“.中文域名”）。因此 .hk .tw .asia .jp .io .me .win .org 会触发，"
                 "公共后缀列表（Public Suffix List）不认识的顶级域也会触发（它同样不在列表中）。每个域名一条原因。"
                 "以下情况不触发：其他订单类型（2018-01-01 之前备案的 `.org` 域名仍可接入或变更；"
                 "不知道变更新增了哪些域名）；不是主机名的 `domains[j]`；已通过的备案。`.icu`：TC-PROV 列有该后缀，"
                 "AL-BJ-2025（未经核实）不接受 → 视为接受（取不触发的一侧；该冲突记录在 BJ 模块中）。",
            why="北京管局对新网站只接受列表中的后缀（TC-PROV）；其他后缀会以“该域名后缀不支持备案”被拒绝。",
            fix="请使用列表中后缀的域名。",
        ),
    ),
    examples=(
        Example("a .org domain", fires=True, paths=(_DOMAIN_PATH,), changes=_domains("example-tech.org")),
        Example("a .io domain", fires=True, paths=(_DOMAIN_PATH,), changes=_domains("example-tech.io")),
        Example("upper case and a trailing dot are read as the host", fires=True, paths=(_DOMAIN_PATH,),
                changes=_domains("EXAMPLE-TECH.ORG.")),
        Example("a .cn domain", fires=False),
        Example("a .icu domain (conflict: accepted)", fires=False, changes=_domains("example-tech.icu")),
        Example("a .中国 domain", fires=False, changes=_domains("示例.中国")),
        Example("another Chinese-character TLD, in punycode (.公司)", fires=False,
                changes=_domains("example.xn--55qx5d")),
        Example("a TLD the suffix list does not know", fires=True, paths=(_DOMAIN_PATH,),
                changes=_domains("example-tech.invalidtld")),
        Example("a new website order", fires=True, paths=(_DOMAIN_PATH,),
                changes={"order.type": "new_website", **_domains("example-tech.org")}),
        Example("a change order is not judged", fires=False,
                changes={"order.type": "change", **_domains("example-tech.org")}),
        Example("an access order is not judged", fires=False,
                changes={"order.type": "new_access", **_domains("example-tech.org")}),
        Example("checked on 2018-12-31, before the list", fires=False, as_of="2018-12-31",
                changes=_domains("example-tech.org")),
        Example("checked on 2019-01-01", fires=True, as_of="2019-01-01", paths=(_DOMAIN_PATH,),
                changes=_domains("example-tech.org")),
        Example("a URL is not a host", fires=False, changes=_domains("https://example-tech.org/")),
        Example("an approved filing is not judged", fires=False,
                changes={**_APPROVED, **_domains("example-tech.org")}),
    ),
)

# -- DOMAIN_BJ_NATIONAL_WORDS -------------------------------------------------------------------------------------

DOMAIN_BJ_NATIONAL_WORDS = Rule(
    code="DOMAIN_BJ_NATIONAL_WORDS",
    kind="rejection",
    province="BJ",
    modes=_ORDERS_ONLY,
    conditions=any_of(*(when(fact("order", "o", type=order_type),
                             fact("website_domain", "d", has_national_word=True, national_exempt=False))
                        for order_type in _NEW_SITE_TYPES)),
    paths=(Ref("d", "path"),),
    evidence={"domain": Ref("d", "domain"), "word": Ref("d", "national_word")},
    message=Text(
        zh="网站域名 {domain} 后缀前的部分含有“{word}”；北京管局规定，非国家级单位的域名不得含有“中国”或“国家”。",
        en="The website domain {domain} contains '{word}' before its suffix; in Beijing only national-level units "
           "may file domains with 中国 or 国家.",
    ),
    remedy=Text(
        zh="请改用不含“中国”“国家”的域名。",
        en="Use a domain without 中国 or 国家.",
    ),
    doc=Doc(
        what="`order.province` BJ, `order.type` `new_filing` or `new_website`, the entity is not exempt (W13: "
             "exempt when `entity.type` is `government` or the name key of `entity.name` begins with 中国, "
             "中华, 中央, 人民, 人大 or 国家; unknown, so silent, when the name is blank), and the labels of a "
             "`websites[i].domains[j]` left of its public suffix (W9, U-form, so punycode is decoded) contain "
             "中国 or 国家. One reason per domain. Silent: the words in the suffix itself (`例子.中国`); pinyin "
             "or English (`zhongguo`, `china`: not in the source); unknown suffixes; other order types; "
             "approved filings.",
        why="The Beijing bureau reserves 中国 and 国家 in domain names for national-level units (TC-PROV).",
        fix="Use another domain.",
        sources=("TC-PROV",),
        zh=DocZh(
            what="`order.province` 为 BJ，`order.type` 为 `new_filing` 或 `new_website`，主体不属于豁免情形（W13："
                 "`entity.type` 为 `government`，或 `entity.name` 的名称键以中国、中华、中央、人民、"
                 "人大或国家开头时豁免；名称为空时无法判断，因此不触发），且某个 `websites[i].domains[j]` "
                 "在公共后缀左侧的标签（W9，U 形式，因此 punycode 会被解码）含有中国或国家。每个域名一条原因。"
                 "以下情况不触发：这些词出现在后缀本身中（`例子.中国`）；拼音或英文（`zhongguo`、`china`："
                 "来源中没有）；未知后缀；其他订单类型；已通过的备案。",
            why="北京管局规定域名中的“中国”和“国家”字样仅限国家级单位使用（TC-PROV）。",
            fix="请改用其他域名。",
        ),
    ),
    examples=(
        Example("中国 in the domain", fires=True, paths=(_DOMAIN_PATH,), changes=_domains("中国示例.cn")),
        Example("国家 in the domain", fires=True, paths=(_DOMAIN_PATH,), changes=_domains("示例国家.com")),
        Example("中国 in punycode", fires=True, paths=(_DOMAIN_PATH,), changes=_domains("xn--fiqs8s.cn")),
        Example("中国 in a subdomain label", fires=True, paths=(_DOMAIN_PATH,),
                changes=_domains("中国.example-tech.cn")),
        Example("a new website order", fires=True, paths=(_DOMAIN_PATH,),
                changes={"order.type": "new_website", **_domains("中国示例.cn")}),
        Example("中国 as the suffix", fires=False, changes=_domains("例子.中国")),
        Example("pinyin is not in the source", fires=False, changes=_domains("zhongguo-tech.cn")),
        Example("a government organ is exempt", fires=False,
                changes={"entity.type": "government", **_domains("中国示例.cn")}),
        Example("an entity named 中国… is exempt", fires=False,
                changes={"entity.name": "中国示例科技有限公司", **_domains("中国示例.cn")}),
        Example("an unknown suffix is not judged", fires=False, changes=_domains("中国示例.invalidtld")),
        Example("a change order is not judged", fires=False,
                changes={"order.type": "change", **_domains("中国示例.cn")}),
        Example("an approved filing is not judged", fires=False, changes={**_APPROVED, **_domains("中国示例.cn")}),
    ),
)

# -- DOMAIN_NX_ORG_ACCESS -----------------------------------------------------------------------------------------

_ACCESS = {"order.type": "new_access", "entity.filing_number": "宁ICP备2023000777号"}

DOMAIN_NX_ORG_ACCESS = Rule(
    code="DOMAIN_NX_ORG_ACCESS",
    kind="operation_blocked",
    province="NX",
    reads=("refused_access_tlds",),
    modes=_ORDERS_ONLY,
    conditions=when(fact("order", "o", type="new_access", operation="submit"),
                    fact("website_domain", "d", access_refused=True)),
    paths=(Ref("d", "path"),),
    evidence={"domain": Ref("d", "domain"), "tld": Ref("d", "tld")},
    message=Text(
        zh="宁夏管局不受理 .{tld} 域名的接入备案（网站域名 {domain}）。",
        en="The Ningxia bureau does not accept access filings for .{tld} domains (the website domain {domain}).",
    ),
    remedy=Text(
        zh="该网站无法在宁夏办理接入备案；请改用其他后缀（如 .cn、.com）的域名。",
        en="This website cannot be access-filed in Ningxia; use a domain with another suffix (such as .cn or .com).",
    ),
    doc=Doc(
        what="`order.province` NX, `order.type` `new_access`, `order.operation` `submit`, and the TLD (W9: the "
             "host's last label in U-form) of a `websites[i].domains[j]` is on the bureau's `refused_access_tlds` "
             "(NX: `org`). One reason per domain. Silent: `.org.cn` (its TLD is `cn`); other order types and "
             "operations; a `domains[j]` that is not a host; approved filings.",
        why="The Ningxia bureau does not take access filings for .org domains (HW-S4).",
        fix="Access-file a domain with another suffix.",
        sources=("HW-S4",),
        zh=DocZh(
            what="`order.province` 为 NX，`order.type` 为 `new_access`，`order.operation` 为 `submit`，且某个 "
                 "`websites[i].domains[j]` 的顶级域（W9：主机名 U 形式的最后一个标签）在管局的 "
                 "`refused_access_tlds` 中（NX：`org`）。每个域名一条原因。以下情况不触发：`.org.cn`（其顶级域为 "
                 "`cn`）；其他订单类型和操作；不是主机名的 `domains[j]`；已通过的备案。",
            why="宁夏管局不受理 .org 域名的接入备案（HW-S4）。",
            fix="请改用其他后缀的域名办理接入备案。",
        ),
    ),
    examples=(
        Example("an access order for a .org domain", fires=True, paths=(_DOMAIN_PATH,),
                changes={**_ACCESS, **_domains("example-tech.org")}),
        Example("upper case is read as the host", fires=True, paths=(_DOMAIN_PATH,),
                changes={**_ACCESS, **_domains("Example-Tech.ORG")}),
        Example("an access order for a .org.cn domain", fires=False,
                changes={**_ACCESS, **_domains("example-tech.org.cn")}),
        Example("an access order for a .cn domain", fires=False, changes=_ACCESS),
        Example("a new website order for a .org domain", fires=False,
                changes={"order.type": "new_website", **_domains("example-tech.org")}),
        Example("an access order being modified, not submitted", fires=False,
                changes={**_ACCESS, "order.operation": "modify", **_domains("example-tech.org")}),
        Example("Zhejiang takes .org access filings", fires=False, province="ZJ",
                changes={**_ACCESS, "entity.filing_number": "浙ICP备2023000777号", **_domains("example-tech.org")}),
    ),
)

# -- DOMAIN_SUBDOMAIN_FILING --------------------------------------------------------------------------------------

DOMAIN_SUBDOMAIN_FILING = Rule(
    code="DOMAIN_SUBDOMAIN_FILING",
    kind="rejection",
    modes=_ORDERS_ONLY,
    conditions=when(fact("website_domain", "d", files_subdomain=True)),
    paths=(Ref("d", "path"),),
    evidence={"domain": Ref("d", "domain"), "registrable": Ref("d", "registrable")},
    message=Text(
        zh="网站域名 {domain} 是子域名；备案的是主域名 {registrable}，子域名不单独备案。",
        en="The website domain {domain} is a subdomain: filings are for the registrable domain {registrable}, "
           "not for its subdomains.",
    ),
    remedy=Text(
        zh="请改填主域名 {registrable}；主域名备案后，其下的子域名（如 www）无需另行备案。",
        en="Enter the registrable domain {registrable} instead; once it is filed, its subdomains (such as www) "
           "need no filing of their own.",
    ),
    doc=Doc(
        what="A `websites[i].domains[j]` has a subdomain (W9: the host's U-form differs from its registrable "
             "domain under the Public Suffix List's ICANN section: `www.example.com`, `blog.example.com.cn`) — "
             "the filing is for the registrable domain, given as evidence — unless its public suffix is `gov.cn` "
             "or `政务` or `entity.type` is `government` (government sub-domains are filed separately; CQ's "
             "third-level `.gov.cn` names need no filing at all). One reason per domain. Silent: unknown "
             "suffixes (no registrable domain); a `domains[j]` that is not a host; approved filings (audit: no).",
        why="ICP filing covers a registrable domain and every name under it; a subdomain entered as the "
            "website's domain is not what the bureau files.",
        fix="Enter the registrable domain.",
        sources=("HW-RULES", "HW-KB(doc_0005)", "HW-SPECIAL", "HW-S3(CQ)"),
        zh=DocZh(
            what="某个 `websites[i].domains[j]` 带有子域名（W9：按公共后缀列表的 ICANN 部分，主机名的 U "
                 "形式与其可注册域名不同：`www.example.com`、`blog.example.com.cn`）"
                 "——备案的是可注册域名（作为证据给出）——除非其公共后缀是 `gov.cn` 或 `政务`，或 `entity.type` 为 "
                 "`government`（政府网站的子域名单独备案；CQ 的三级 `.gov.cn` 域名完全无需备案）。"
                 "每个域名一条原因。以下情况不触发：未知后缀（没有可注册域名）；不是主机名的 `domains[j]`；"
                 "已通过的备案（audit: no）。",
            why="ICP 备案覆盖可注册域名及其下的所有名称；作为网站域名填写的子域名，并不是管局备案的对象。",
            fix="请改填主域名（可注册域名）。",
        ),
    ),
    examples=(
        Example("a www. host", fires=True, paths=(_DOMAIN_PATH,), changes=_domains("www.example-tech.cn")),
        Example("a subdomain under .com.cn", fires=True, paths=(_DOMAIN_PATH,),
                changes=_domains("blog.example.com.cn")),
        Example("a www. host in punycode", fires=True, paths=(_DOMAIN_PATH,),
                changes=_domains("www.xn--fsqu00a.xn--fiqs8s")),
        Example("the second of two domains", fires=True, paths=("websites[0].domains[1]",),
                changes=_domains("example-tech.cn", "WWW.Example-Tech.cn")),
        Example("the registrable domain itself", fires=False),
        Example("a .com.cn registrable domain", fires=False, changes=_domains("example.com.cn")),
        Example("a .gov.cn subdomain", fires=False, changes=_domains("www.example.gov.cn")),
        Example("a .政务 subdomain", fires=False, changes=_domains("www.示例.政务")),
        Example("a government organ's subdomain", fires=False,
                changes={"entity.type": "government", **_domains("www.example-gov.cn")}),
        Example("an unknown suffix is not judged", fires=False, changes=_domains("www.example-tech.invalidtld")),
        Example("a URL is not a host", fires=False, changes=_domains("https://www.example-tech.cn/")),
        Example("an approved filing is not judged", fires=False,
                changes={**_APPROVED, **_domains("www.example-tech.cn")}),
    ),
)

# -- DOMAIN_HAS_FOREIGN_FILING ------------------------------------------------------------------------------------

_LISTS_OURS = {"websites[0].domains": [_DOMAIN]}
_OTHER_CANCELS = {"order.id": "REG-ZJ-2", "order.submitted_to_authority_on": "2025-06-01"}

DOMAIN_HAS_FOREIGN_FILING = Rule(
    code="DOMAIN_HAS_FOREIGN_FILING",
    kind="rejection",
    modes=_ORDERS_ONLY,
    conditions=any_of(*(when(fact("order", "o", type=order_type),
                             fact("website_domain", "d", filed_by_other_entity=True))
                        for order_type in _NEW_SITE_TYPES)),
    paths=(Ref("d", "path"),),
    evidence={"domain": Ref("d", "domain")},
    message=Text(
        zh="网站域名 {domain} 已在另一主体的备案中（存在备案号），该备案注销前不能为本主体备案。",
        en="The website domain {domain} is on another entity's filing (it already has a filing number); it "
           "cannot be filed for this entity until that filing is cancelled.",
    ),
    remedy=Text(
        zh="请联系原备案主体注销该网站或取消接入；域名系新购、原备案未注销的，可持域名证书向原备案所在地管局申请注销，"
           "之后再提交。",
        en="Ask the previous holder to cancel the website or its access; if you bought the domain and its old "
           "filing was never cancelled, ask the bureau that holds it to cancel it, with the domain certificate, "
           "then submit again.",
    ),
    doc=Doc(
        what="`order.type` is `new_filing` or `new_website`, and the domain key (W9: the registrable domain in "
             "U-form) of a `websites[i].domains[j]` is the domain key of a website filed under another entity: "
             "an `approved` registry document of another entity (REASONS.md \"Same entity\": not sharing the "
             "certificate or the entity filing number), not a cancellation, lists it, no `approved` "
             "`cancel_website` document of that entity lists the same key or the same website number (W10's "
             "website number key, 蜀/川 alike), and no `approved` `cancel_entity` document of that entity "
             "shares the listing document's `entity.filing_number`. One reason per domain; the evidence says "
             "only that it is another entity's filing. Silent: without a registry; the entity's own "
             "documents; other order types (which domains a change adds is not known); approved filings (two "
             "approved filings of one domain: which is stale cannot be told); a `domains[j]` without a "
             "domain key. Reading: \"that entity\" is every registry document sharing the listing document's "
             "certificate or entity filing number (REASONS.md \"Same entity\"); a website number that does not "
             "parse as one (or is an APP's) is compared as written, so a cancellation naming it still counts — "
             "both readings find more cancellations, so the row fires less.",
        why="A domain can be filed once: a newly bought domain whose old filing was never cancelled still "
            "carries that filing number, and the bureau refuses it (存在备案号).",
        fix="Have the old filing cancelled, then file.",
        sources=("TC-NUM", "JVSTIN-GD-3P"),
        zh=DocZh(
            what="`order.type` 为 `new_filing` 或 `new_website`，且某个 `websites[i].domains[j]` 的域名键（W9：U "
                 "形式的可注册域名）是另一主体已备案网站的域名键：另一主体（REASONS.md“Same entity”："
                 "证件和主体备案号均不相同）的一份非注销类 `approved` 备案库文档列有该域名，"
                 "该主体没有列出同一域名键或同一网站备案号（W10 的网站备案号键，蜀/川 视为相同）的 `approved` "
                 "`cancel_website` 文档，也没有与该列表文档 `entity.filing_number` 相同的 `approved` "
                 "`cancel_entity` 文档。每个域名一条原因；证据只说明这是另一主体的备案。以下情况不触发："
                 "没有备案库；本主体自己的文档；其他订单类型（不知道变更新增了哪些域名）；"
                 "已通过的备案（同一域名有两份已通过的备案时，无法判断哪一份已过时）；没有域名键的 `domains[j]`。"
                 "解读：“该主体”指与该列表文档证件或主体备案号相同的所有备案库文档（REASONS.md“Same entity”）；"
                 "无法解析为网站备案号（或是APP备案号）的号码按原文比较，"
                 "因此点名该号码的注销仍然计入——两种解读都会找到更多的注销，因此本行触发得更少。",
            why="一个域名只能备案一次：新购入的域名如果原备案从未注销，仍带有原备案号，管局会拒绝（存在备案号）。",
            fix="请先注销原备案，然后再备案。",
        ),
    ),
    examples=(
        Example("another company's approved filing lists the domain", fires=True, paths=(_DOMAIN_PATH,),
                registry=(_LISTS_OURS,)),
        Example("it lists a subdomain of it (same domain key)", fires=True, paths=(_DOMAIN_PATH,),
                registry=({"websites[0].domains": ["WWW.Example-Tech.cn."]},)),
        Example("a new website order", fires=True, paths=(_DOMAIN_PATH,), changes={"order.type": "new_website"},
                registry=(_LISTS_OURS,)),
        Example("another company's filing of another domain", fires=False, registry=({},)),
        Example("the entity's own filing lists it", fires=False,
                registry=(own_filing("浙ICP备2023000777号", None, **_LISTS_OURS),)),
        Example("that company cancelled the website by its domain", fires=False,
                registry=(_LISTS_OURS, {**_OTHER_CANCELS, "order.type": "cancel_website", **_LISTS_OURS})),
        Example("that company cancelled the website by its number", fires=False,
                registry=(_LISTS_OURS, {**_OTHER_CANCELS, "order.type": "cancel_website",
                                        "websites[0].domains": ["other-trade.cn"]})),
        Example("that company cancelled its whole filing", fires=False,
                registry=(_LISTS_OURS, {**_OTHER_CANCELS, "order.type": "cancel_entity", "websites": []})),
        Example("that company's cancellation is still at the bureau", fires=True, paths=(_DOMAIN_PATH,),
                registry=(_LISTS_OURS, {**_OTHER_CANCELS, "order.type": "cancel_website",
                                        "order.status": "authority_review", **_LISTS_OURS})),
        Example("a third company's cancellation does not cancel it", fires=True, paths=(_DOMAIN_PATH,),
                registry=(_LISTS_OURS, {**_OTHER_CANCELS, "order.type": "cancel_website",
                                        "entity.certificate.number": "91330106MA3ZE6F7G1",
                                        "entity.filing_number": "浙ICP备2023000888号",
                                        "websites[0].filing_number": "浙ICP备2023000888号-1", **_LISTS_OURS})),
        Example("the other company's order is not approved", fires=False,
                registry=({"order.status": "provider_review", "entity.filing_number": None,
                           "websites[0].filing_number": None, **_LISTS_OURS},)),
        Example("the listing document is itself a cancellation", fires=False,
                registry=({"order.type": "cancel_website", **_LISTS_OURS},)),
        Example("a change order is not judged", fires=False, changes={"order.type": "change"},
                registry=(_LISTS_OURS,)),
        Example("no registry", fires=False),
        Example("an approved filing is not judged", fires=False, changes=_APPROVED, registry=(_LISTS_OURS,)),
    ),
)

RULES = (DOMAIN_EXPIRED_OR_SHORT, DOMAIN_NOT_REAL_NAME, DOMAIN_HOLDER_MISMATCH, DOMAIN_GOV_SUFFIX,
         DOMAIN_BJ_SUFFIX_LIST, DOMAIN_BJ_NATIONAL_WORDS, DOMAIN_NX_ORG_ACCESS, DOMAIN_SUBDOMAIN_FILING,
         DOMAIN_HAS_FOREIGN_FILING)

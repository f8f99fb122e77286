"""Wave-1b rules about signed documents and pre-approval keywords (REASONS-WAVE1, table 1b):
GD_COMMITMENT_LETTER_STALE and VERIFICATION_FORM_AGE (Guangdong), PREAPPROVAL_KEYWORD_SCREEN (national, with
the SC, SH and JS lists). Their facts: ``beianrules.facts.document_checks``. Every row here is ``audit: no``."""

from beianrules.declaration import Doc, DocZh, Effective, Example, Mode, Ref, Rule, Text, any_of, fact, when
from beianrules.examples import own
from beianrules.facts.document_checks import NATIONAL_KEYWORD_SOURCES, NATIONAL_KEYWORDS
from beianrules.provinces import all_parameters
from beianrules.provinces._schema import PreApprovalKeyword
from beianrules.provinces.gd import COMMITMENT_LETTER

_ORDERS: frozenset[Mode] = frozenset({"order"})

# An individual filer: the entity is the principal himself, with his ID as the certificate.
_INDIVIDUAL = {"entity.type": "individual", "entity.legal_representative": None,
               "entity.name": own("entity.principal.name"),
               "entity.certificate": {"type": "resident_id", "number": own("entity.principal.id_document.number")}}


def _at_bureau(day: str | None) -> dict[str, object]:
    return {"order.status": "authority_review", "order.submitted_to_authority_on": day}


def _letter(signed_on: str | None) -> dict[str, object]:
    return {"type": "service_commitment_letter", "file": "service_commitment_letter.jpg", "size_bytes": 812345,
            "signed_on": signed_on}


def _form(signed_on: str | None) -> dict[str, object]:
    return {"type": "authenticity_check_form", "file": "authenticity_check_form.jpg", "size_bytes": 712345,
            "signed_on": signed_on}


# -- GD_COMMITMENT_LETTER_STALE ------------------------------------------------------------------

_LIMIT = COMMITMENT_LETTER.valid_working_days
_SINCE = COMMITMENT_LETTER.since
_STALE_LETTER: dict[str, str | bool] = {"requirement": COMMITMENT_LETTER.code, "applies": True,
                                        "every_copy_stale": True}
_SIGNED = "attachments[0].signed_on"  # Guangdong's example order carries the letter first

GD_COMMITMENT_LETTER_STALE = Rule(
    code="GD_COMMITMENT_LETTER_STALE",
    kind="rejection",
    province="GD",
    reads=("documents",),  # the letter's start date and its signature validity (DocumentRequirement)
    modes=_ORDERS,
    effective=Effective(since=_SINCE),
    conditions=any_of(
        when(fact("signed_document_age", "letter", **_STALE_LETTER, individual=True)),
        when(fact("signed_document_age", "letter", **_STALE_LETTER, individual=False), severity="warning"),
    ),
    paths=(Ref("letter", "path"),),
    evidence={"document": Ref("letter", "document"), "signed_on": Ref("letter", "signed_on"),
              "bureau_day": Ref("letter", "bureau_day"), "working_days": Ref("letter", "working_days"),
              "limit": Ref("letter", "limit"), "uncounted_days": Ref("letter", "uncounted_days")},
    message=Text(
        zh="《{document:attachment_type}》的签字日期为 {signed_on}，至 {bureau_day}（已提交管局的为提交管局之日，"
           "否则为检查日）已至少过去 {working_days} 个工作日，超过广东管局规定的 {limit} 个工作日有效期。",
        en="The {document:attachment_type} was signed on {signed_on}: by {bureau_day} (the day the order reached "
           "the bureau, else the check day) at least {working_days} working days have passed, more than the "
           "{limit} working days for which the Guangdong bureau accepts the signature.",
    ),
    remedy=Text(
        zh="请重新下载模板（不得修改），由法定代表人（个人为本人）重新签字并注明当天日期，上传新的承诺书；"
           "签字日期 {limit} 个工作日内有效，请在有效期内提交。",
        en="Download the template again (not to be altered), have the legal representative (an individual: "
           "himself) sign it anew with the current date, and upload the new letter; the signature is valid for "
           "{limit} working days, so submit within them.",
    ),
    doc=Doc(
        what=f"In force from {_SINCE.isoformat()} (`D`; no warning before it, unlike GD_COMMITMENT_LETTER). Fires "
             "when `order.province` is GD, `order.commercial` is false, GD_COMMITMENT_LETTER's start-date reading "
             "applies (REASONS.md \"Start dates\": orders not yet at the bureau, and rejected ones to be sent "
             f"again, always; an order at the bureau only if it got there on or after {_SINCE.isoformat()}), at "
             "least one `service_commitment_letter` is attached, every copy gives `signed_on`, and for every "
             f"copy more than {_LIMIT} working days lie from `signed_on` to the bureau day `R` — the "
             f"{(_LIMIT or 0) + 1}st working day after signing is too late. `R` (W4) is "
             "`order.submitted_to_authority_on` for an order in `authority_review`, else `D`. Working days "
             "(W4): the days `x` with `signed_on < x <= R` that the Chinese statutory calendar "
             "(`chinese-calendar`) calls working days (public holidays off, make-up working days on). One "
             "reason per stale copy; severity **error** for an individual filer, **warning** for a unit. Silent: "
             "no letter (GD_COMMITMENT_LETTER's); any copy without `signed_on`, or one within the limit or "
             "signed after `R` (a valid copy may be among them); `R` unknown (at the bureau without "
             "`submitted_to_authority_on`); `order.commercial` true or not given; approved filings (audit: "
             "no). Reading: a day the installed calendar does not cover is not counted, so the count is a "
             "lower bound (W4, a row that fires on a large count): it fires only when the working days the "
             f"calendar knows already exceed {_LIMIT}. Reading: the validity is on the GD *personal* page "
             "(HW-GD-P) only, hence the warning for units. The limit is `valid_working_days` of GD's "
             "`DocumentRequirement` (provinces/gd.py).",
        why="The Guangdong bureau accepts a commitment letter whose signature date is at most 60 working days "
            "old when it receives the order; an older signature is rejected and the letter must be signed "
            "again.",
        fix="Have the letter signed again with the current date and upload it.",
        sources=("HW-GD-P", "SEED:L17"),
        zh=DocZh(
            what=f"自 {_SINCE.isoformat()} 起施行（以检查日 `D` 计；此前不作警告，这一点与 GD_COMMITMENT_LETTER "
                 "不同）。触发条件：`order.province` 为 GD，`order.commercial` 为 false，适用 GD_COMMITMENT_LETTER "
                 "的起始日期解读（REASONS.md“Start dates”：尚未提交管局的订单以及被驳回待重新提交的订单一律适用；"
                 f"已在管局的订单仅当其于 {_SINCE.isoformat()} 当日或之后提交管局时适用），至少上传了一份 "
                 "`service_commitment_letter`，每一份均填写了 `signed_on`，且每一份从 `signed_on` 到管局日 `R` "
                 f"之间都超过 {_LIMIT} 个工作日——签字后第 {(_LIMIT or 0) + 1} 个工作日即已超期。`R`（W4）：处于 "
                 "`authority_review` 的订单为 `order.submitted_to_authority_on`，否则为 `D`。工作日（W4）：满足 "
                 "`signed_on < x <= R` 且中国法定日历（`chinese-calendar`）认定为工作日的日期 `x`（法定节假日不计，"
                 "调休上班日计入）。每份超期的承诺书一条原因；个人备案为 **error**，单位为 **warning**。不触发："
                 "未上传承诺书（属 GD_COMMITMENT_LETTER）；任一份未填 `signed_on`，"
                 "或任一份仍在期限内或签字日期晚于 `R`（其中可能有一份有效）；`R` 未知（已在管局但未填 "
                 "`submitted_to_authority_on`）；`order.commercial` 为 true 或未填写；已通过的备案（audit: no）。"
                 "解读：已安装日历未覆盖的日期不计入，因此所计天数是下限（W4，按大数触发的行）："
                 f"仅当日历已知的工作日已超过 {_LIMIT} 个时才触发。解读：该有效期仅见于广东*个人*页面（HW-GD-P），"
                 "故对单位仅作警告。期限取自广东 `DocumentRequirement` 的 `valid_working_days`（provinces/gd.py）。",
            why="广东管局接受的承诺书，其签字日期在管局收到订单时距今不得超过 60 个工作日；签字更早的将被驳回，"
                "须重新签署承诺书。",
            fix="请重新签署承诺书并注明当天日期，然后重新上传。",
        ),
    ),
    examples=(
        Example("a unit's letter signed 61 working days before the check day (warning)", fires=True,
                province="GD", paths=(_SIGNED,), severity="warning", changes={_SIGNED: "2026-08-30"}),
        Example("signed exactly 60 working days before", fires=False, province="GD",
                changes={_SIGNED: "2026-08-31"}),
        Example("an individual filer's letter signed 61 working days before (error)", fires=True, province="GD",
                paths=(_SIGNED,), severity="error", changes={**_INDIVIDUAL, _SIGNED: "2026-08-30"}),
        Example("an individual filer's letter, exactly 60 working days", fires=False, province="GD",
                changes={**_INDIVIDUAL, _SIGNED: "2026-08-31"}),
        Example("a recent letter", fires=False, province="GD"),
        Example("the letter gives no signature date", fires=False, province="GD", changes={_SIGNED: None}),
        Example("two stale copies: one reason each", fires=True, province="GD", count=2,
                paths=("attachments[0].signed_on", "attachments[1].signed_on"),
                changes={"attachments": [_letter("2026-08-30"), _letter("2026-05-06")]}),
        Example("a stale copy and a recent one", fires=False, province="GD",
                changes={"attachments": [_letter("2026-08-30"), _letter("2026-11-20")]}),
        Example("a stale copy and one without a date", fires=False, province="GD",
                changes={"attachments": [_letter("2026-08-30"), _letter(None)]}),
        Example("at the bureau since 2026-10-01 (National Day): 61 working days from 2026-07-07", fires=True,
                province="GD", paths=(_SIGNED,), changes={**_at_bureau("2026-10-01"), _SIGNED: "2026-07-07"}),
        Example("at the bureau since 2026-10-01: 60 working days from 2026-07-08", fires=False, province="GD",
                changes={**_at_bureau("2026-10-01"), _SIGNED: "2026-07-08"}),
        Example("at the bureau since 2026-10-01: a stale copy and one signed after that day", fires=False,
                province="GD", changes={**_at_bureau("2026-10-01"),
                                        "attachments": [_letter("2026-06-01"), _letter("2026-11-20")]}),
        Example("at the bureau, the day it got there not given", fires=False, province="GD",
                changes={**_at_bureau(None), _SIGNED: "2026-06-01"}),
        Example("rejected and to be sent again: measured at the check day", fires=True, province="GD",
                paths=(_SIGNED,), changes={"order.status": "rejected", "order.submitted_to_authority_on": "2026-10-01",
                                           _SIGNED: "2026-08-30"}),
        Example("a commercial filing", fires=False, province="GD",
                changes={"order.commercial": True, _SIGNED: "2026-06-01"}),
        Example("commercial or not is not given", fires=False, province="GD",
                changes={"order.commercial": None, _SIGNED: "2026-06-01"}),
        Example("reached the bureau before the start date: exempt", fires=False, province="GD", as_of="2021-09-30",
                changes={**_at_bureau("2021-06-18"), _SIGNED: "2021-03-01"}),
        Example("reached the bureau on the start date, signed 77 working days before", fires=True, province="GD",
                as_of="2021-09-30", paths=(_SIGNED,), changes={**_at_bureau("2021-06-21"), _SIGNED: "2021-03-01"}),
        Example("checked the day before the rule is in force: no warning", fires=False, province="GD",
                as_of="2021-06-20", changes={_SIGNED: "2021-03-01"}),
        Example("beyond the calendar: 83 known working days already exceed the limit", fires=True, province="GD",
                as_of="2027-01-20", paths=(_SIGNED,), changes={_SIGNED: "2026-09-01"}),
        Example("beyond the calendar: 29 known working days (the unknown days are not counted)", fires=False,
                province="GD", as_of="2027-03-01"),
        Example("an approved filing is not judged", fires=False, province="GD",
                changes={"order.status": "approved", "order.submitted_to_authority_on": "2022-03-02",
                         _SIGNED: "2021-12-01"}),
        Example("a Zhejiang order is not judged", fires=False, province="ZJ",
                changes={"attachments": [_letter("2026-01-05")]}),
    ),
)

# -- VERIFICATION_FORM_AGE -----------------------------------------------------------------------

_FORM = "attachments[1].signed_on"  # after Guangdong's commitment letter
_RECENT_LETTER = _letter("2026-11-20")


def _with_forms(*signed: str | None) -> dict[str, object]:
    return {"attachments": [_RECENT_LETTER, *(_form(day) for day in signed)]}


VERIFICATION_FORM_AGE = Rule(
    code="VERIFICATION_FORM_AGE",
    kind="rejection",
    severity="warning",
    province="GD",
    reads=("check_form_months",),
    modes=_ORDERS,
    conditions=when(fact("check_form_age", "form", stale=True, every_copy_stale=True)),
    paths=(Ref("form", "path"),),
    evidence={"signed_on": Ref("form", "signed_on"), "valid_through": Ref("form", "valid_through"),
              "bureau_day": Ref("form", "bureau_day"), "months": Ref("form", "months")},
    message=Text(
        zh="《网站备案信息真实性核验单》的签字日期为 {signed_on}，仅在 {months} 个月内（至 {valid_through}）有效，"
           "而 {bureau_day}（已提交管局的为提交管局之日，否则为检查日）已超过有效期。",
        en="The website filing authenticity check form was signed on {signed_on} and is valid for {months} months "
           "(through {valid_through}); {bureau_day} (the day the order reached the bureau, else the check day) is "
           "later.",
    ),
    remedy=Text(
        zh="请重新打印核验单，签字并注明当天日期后重新上传；核验单签字后 {months} 个月内有效。",
        en="Print the check form again, sign it with the current date and upload it anew; a signed form is valid "
           "for {months} months.",
    ),
    doc=Doc(
        what="`order.province` is GD, at least one `authenticity_check_form` is attached, every copy gives "
             "`signed_on`, and for every copy `R > add_months(signed_on, 3)` (W4: the same day three months "
             "later, clamped to the month's last day; a form exactly three months old is still valid). `R` is "
             "`order.submitted_to_authority_on` for an order in `authority_review`, else the check day `D`. "
             "One reason per copy; a warning (a third-party page only). Silent: a copy without `signed_on` or "
             "one still valid (a valid copy may be among them); `R` unknown; no check form attached (not a "
             "completeness row: the catalog does not say GD requires the form); approved filings (audit: no). "
             "Commercial and non-commercial orders alike. Not checked: that GD personal filings use the "
             "GD-specific form (one attachment type for both forms). The three months are GD's "
             "`check_form_months`.",
        why="A third-party provider page says the Guangdong bureau accepts a signed authenticity check form "
            "only within three months of its signature.",
        fix="Sign a fresh check form and upload it.",
        sources=("CHINACC-3P",),
        zh=DocZh(
            what="`order.province` 为 GD，至少上传了一份 `authenticity_check_form`，每一份均填写了 `signed_on`，"
                 "且每一份都满足 `R > add_months(signed_on, 3)`（W4：三个月后的同一天，该月无此日的取当月最后一天；"
                 "恰好满三个月的核验单仍有效）。`R`：处于 `authority_review` 的订单为 "
                 "`order.submitted_to_authority_on`，否则为检查日 `D`。每一份一条原因；"
                 "仅作警告（依据只有第三方页面）。不触发：任一份未填 `signed_on` "
                 "或仍在有效期内（其中可能有一份有效）；`R` 未知；未上传核验单（不是完整性检查："
                 "目录未说明广东要求提供核验单）；已通过的备案（audit: no）。经营性与非经营性订单同样适用。不检查："
                 "广东个人备案是否使用广东专用的核验单（两种核验单同属一个附件类型）。三个月取自广东的 "
                 "`check_form_months`。",
            why="据一家第三方服务商页面所述，广东管局只接受签字后三个月内的《网站备案信息真实性核验单》。",
            fix="请重新签署一份核验单并上传。",
        ),
    ),
    examples=(
        Example("a form signed three months and a day before the check day", fires=True, province="GD",
                paths=(_FORM,), changes=_with_forms("2026-08-27")),
        Example("a form signed exactly three months before", fires=False, province="GD",
                changes=_with_forms("2026-08-28")),
        Example("month end: signed 2026-08-31, valid through 2026-11-30", fires=False, province="GD",
                as_of="2026-11-30", changes=_with_forms("2026-08-31")),
        Example("month end: signed 2026-08-31, checked 2026-12-01", fires=True, province="GD", as_of="2026-12-01",
                paths=(_FORM,), changes=_with_forms("2026-08-31")),
        Example("clamped to February: signed 2026-11-30, valid through 2027-02-28", fires=False, province="GD",
                as_of="2027-02-28", changes=_with_forms("2026-11-30")),
        Example("clamped to February: checked 2027-03-01", fires=True, province="GD", as_of="2027-03-01",
                paths=(_FORM,), changes=_with_forms("2026-11-30")),
        Example("no signature date", fires=False, province="GD", changes=_with_forms(None)),
        Example("two old copies: one reason each", fires=True, province="GD", count=2,
                paths=("attachments[1].signed_on", "attachments[2].signed_on"),
                changes=_with_forms("2026-08-27", "2026-05-10")),
        Example("an old copy and a recent one", fires=False, province="GD",
                changes=_with_forms("2026-08-27", "2026-11-20")),
        Example("an old copy and one without a date", fires=False, province="GD",
                changes=_with_forms("2026-08-27", None)),
        Example("at the bureau since 2026-10-01: three months and a day", fires=True, province="GD",
                paths=(_FORM,), changes={**_at_bureau("2026-10-01"), **_with_forms("2026-06-30")}),
        Example("at the bureau since 2026-10-01: exactly three months", fires=False, province="GD",
                changes={**_at_bureau("2026-10-01"), **_with_forms("2026-07-01")}),
        Example("at the bureau, the day it got there not given", fires=False, province="GD",
                changes={**_at_bureau(None), **_with_forms("2026-01-05")}),
        Example("a commercial order too", fires=True, province="GD", paths=(_FORM,),
                changes={"order.commercial": True, **_with_forms("2026-08-27")}),
        Example("no check form attached", fires=False, province="GD"),
        Example("an approved filing is not judged", fires=False, province="GD",
                changes={"order.status": "approved", "order.submitted_to_authority_on": "2026-03-02",
                         **_with_forms("2025-10-01")}),
        Example("a Zhejiang order is not judged", fires=False, province="ZJ",
                changes={"attachments": [_form("2026-01-05")]}),
    ),
)

# -- PREAPPROVAL_KEYWORD_SCREEN ------------------------------------------------------------------


def _terms(keywords: tuple[PreApprovalKeyword, ...]) -> str:
    by_industry: dict[str, list[str]] = {}
    for keyword in keywords:
        term = keyword.term + (f" (not followed by {'/'.join(keyword.not_followed_by)})"
                               if keyword.not_followed_by else "")
        by_industry.setdefault(keyword.industry, []).append(term)
    return "; ".join(f"{' '.join(terms)} → `{industry}`" for industry, terms in by_industry.items())


_PROVINCE_LISTS = " ".join(f"{code} ({', '.join(p.pre_approval_keywords.sources)}): "
                           f"{_terms(p.pre_approval_keywords.value)}."
                           for code, p in all_parameters().items() if p.pre_approval_keywords.value)


def _terms_zh(keywords: tuple[PreApprovalKeyword, ...]) -> str:
    by_industry: dict[str, list[str]] = {}
    for keyword in keywords:
        term = keyword.term + (f"（其后不接{'/'.join(keyword.not_followed_by)}）" if keyword.not_followed_by else "")
        by_industry.setdefault(keyword.industry, []).append(term)
    return "；".join(f"{' '.join(terms)} → `{industry}`" for industry, terms in by_industry.items())


_PROVINCE_LISTS_ZH = " ".join(f"{code}（{'、'.join(p.pre_approval_keywords.sources)}）："
                              f"{_terms_zh(p.pre_approval_keywords.value)}。"
                              for code, p in all_parameters().items() if p.pre_approval_keywords.value)

_FINANCE_APPROVAL = {"industry": "finance", "number": "浙金监〔2026〕12号", "issued_by": "浙江省地方金融管理局",
                     "valid_until": "2028-12-31", "attachment": "finance-approval.pdf"}
_APP = {"name": "示例钱包", "platforms": ["android"], "package_names": ["cn.example.wallet"],
        "content_categories": ["tools"], "pre_approvals": []}
_SCOPE = "entity.business_registration.business_scope"
_COMMITMENT = {"type": "no_pre_approval_commitment", "file": "no_pre_approval_commitment.pdf", "size_bytes": 312345}


def _registration(scope: str | None) -> dict[str, object]:
    """A format-1.1 business registration snapshot with ``scope`` (None: not given)."""
    return {"retrieved_on": "2026-11-27", "business_scope": scope}

PREAPPROVAL_KEYWORD_SCREEN = Rule(
    code="PREAPPROVAL_KEYWORD_SCREEN",
    kind="rejection",
    severity="warning",
    reads=("pre_approval_keywords",),
    modes=_ORDERS,
    conditions=when(fact("name_keyword", "name", content_order=True, declared=False, approved=False,
                         committed=False)),
    paths=(Ref("name", "path"),),
    evidence={"name": Ref("name", "name"), "keywords": Ref("name", "keywords"), "industry": Ref("name", "industry"),
              "province": Ref("name", "province"), "field": Ref("name", "field")},
    message=Text(
        zh="{field:keyword_field}「{name}」含有“{keywords}”，可能涉及需前置审批的{industry:industry}行业，"
           "但订单未申报该行业的服务内容，也未提供该行业的前置审批。",
        en="{field:keyword_field} “{name}” contains “{keywords}”, which suggests {industry:industry}, an industry "
           "that needs a pre-approval; the order declares no such content and gives no pre-approval of that "
           "industry.",
    ),
    remedy=Text(
        zh="如确实从事该行业，请先到相关批复单位（{industry:industry_authority}）办理前置审批"
           "（{industry:industry_approval}），在对应网站或APP中勾选该服务内容、填写审批号并上传审批文件；如不涉及，"
           "请修改名称，或按管局要求签署《不涉及前置审批承诺书》随备案提交。",
        en="If the service does involve this industry, first obtain the pre-approval ({industry:industry_approval}) "
           "from the approving authority ({industry:industry_authority}), declare the content on the website or "
           "APP, enter the approval number and upload the document; if it does not, change the name, or sign the "
           "bureau's commitment that no pre-approval is involved (《不涉及前置审批承诺书》) and submit it with "
           "the filing.",
    ),
    doc=Doc(
        what="Names: `entity.name`, `websites[i].name`, `apps[i].name`, and (format 1.1) "
             "`entity.business_registration.business_scope`, in a content order (W2: "
             "`order.type` `new_filing`, `new_website`, `new_app` or `change`). Fires when a name contains "
             "(W5: NFKC, white space removed, Latin letters case-folded) a keyword of a list that applies in "
             "`order.province` and the industry it implies is neither declared nor approved: for a website or "
             "APP name, that service's `content_categories` do not imply it (declared content is "
             "PREAPPROVAL_MISSING's) and its `pre_approvals` hold no entry of it; for `entity.name`, no "
             "service of the order implies it or holds an entry of it; the business scope is read like "
             "`entity.name` (any service of the order), and no `no_pre_approval_commitment` is attached "
             "(format 1.1: any copy, whatever its `for`). One reason per name and industry "
             "(several keywords of one industry give one reason); the evidence names the keywords found and, "
             "where one of them is on the bureau's own list, the bureau (`province`, W3). National list "
             f"({', '.join(NATIONAL_KEYWORD_SOURCES)}): {_terms(NATIONAL_KEYWORDS)}. The bureau's "
             f"`pre_approval_keywords` add: {_PROVINCE_LISTS} A warning throughout. Silent: other order types; "
             "the scope not given (or no `business_registration`); approved filings (audit: no). Under 1.0 the "
             "不涉及前置审批承诺书 has no attachment type, so the remedy names it; under 1.1 an attached "
             "`no_pre_approval_commitment` silences every name. Reading: the 1.1 table's kind "
             "(\"advice; SC: rejection, error\") is not taken over: a rule has one kind, the 1.0 verdicts "
             "(REASONS-WAVE1: rejection, warning) must stay, and the scope clause follows them — a warning in "
             "every province, the reading that rejects less. Reading: the 1.1 row says \"no service declares "
             "that industry\"; for a website or APP name that service's own content and approvals are read, "
             "as in 1.0 (REASONS-WAVE1), for the entity name and the scope any service's. Reading: Guangdong's "
             "`finance_commitment_letter` (not to offer financial services online before approval) counts as a "
             "not-involved commitment for the finance industry, in every province. Reading: a "
             "content token implies an industry as for PREAPPROVAL_MISSING (`forum` implies "
             "`bulletin_board`); a `pre_approvals` entry counts whatever its state. Reading: 教育培训 fires in "
             "SC although PREAPPROVAL_MISSING is silent for education content, since TC-SC lists it.",
        why="Providers and bureaus screen names for words of industries that need a pre-approval (finance "
            "everywhere; Sichuan, Shanghai and Jiangsu add their own lists) and reject a filing that neither "
            "declares the industry nor shows the approval or a commitment that none is involved.",
        fix="Declare the content with its approval, change the name or scope, or sign the bureau's 不涉及 "
            "commitment and attach it as `no_pre_approval_commitment`.",
        sources=("TC-PRE", "TC-SC", "RENWEN-SH-3P", "HW-KB(doc_0257)"),
        zh=DocZh(
            what="检查的名称：`entity.name`、`websites[i].name`、`apps[i].name`，以及（1.1 格式）"
                 "`entity.business_registration.business_scope`，仅限内容类订单（W2：`order.type` 为 `new_filing`、"
                 "`new_website`、`new_app` 或 `change`）。当名称中含有（W5：NFKC 规范化、去除空白、"
                 "拉丁字母不区分大小写）适用于 `order.province` 的某一关键词表中的关键词，"
                 "且该关键词所指向的行业既未申报也未获审批时触发：对网站或APP名称，该服务的 `content_categories` "
                 "不指向该行业（已申报的内容属 PREAPPROVAL_MISSING），且其 `pre_approvals` 中没有该行业的条目；对 "
                 "`entity.name`，订单中没有任何服务指向该行业或持有该行业的条目；经营范围按 `entity.name` "
                 "的方式判断（订单中任一服务），且未上传 `no_pre_approval_commitment`（1.1 格式：任意一份，不论其 "
                 "`for`）。每个名称、每个行业一条原因（同一行业的多个关键词只给一条）；证据列出命中的关键词，"
                 "其中有关键词出自管局自己的关键词表时还列出该管局（`province`，W3）。"
                 f"全国关键词表（{', '.join(NATIONAL_KEYWORD_SOURCES)}）：{_terms_zh(NATIONAL_KEYWORDS)}。各管局的 "
                 f"`pre_approval_keywords` 另增：{_PROVINCE_LISTS_ZH} 一律为警告。不触发：其他订单类型；"
                 "未填写经营范围（或没有 `business_registration`）；已通过的备案（audit: no）。1.0 "
                 "格式下《不涉及前置审批承诺书》没有对应的附件类型，因此在整改建议中提及；1.1 格式下上传 "
                 "`no_pre_approval_commitment` 即对所有名称不再提示。解读：不采用 1.1 表中的类型（“advice; SC: "
                 "rejection, error”）：一条规则只有一种类型，1.0 的结论（REASONS-WAVE1：rejection，warning）"
                 "必须保留，经营范围条款随之处理——各省均为警告，即驳回较少的解读。解读：1.1 "
                 "行写的是“没有任何服务申报该行业”；对网站或APP名称，与 1.0（REASONS-WAVE1）"
                 "一样只看该服务自身的内容和审批，对主体名称和经营范围则看任一服务。解读：广东的 "
                 "`finance_commitment_letter`（获批前不在网上提供金融服务的承诺）在各省均视为金融行业的不涉及承诺。"
                 "解读：内容类别对行业的指向与 PREAPPROVAL_MISSING 相同（`forum` 指向 `bulletin_board`）；"
                 "`pre_approvals` 条目不论其状态均计入。解读：虽然 PREAPPROVAL_MISSING 对教育类内容不触发，但因 "
                 "TC-SC 列有“教育培训”，该词在 SC 仍会触发。",
            why="接入商和管局会筛查名称中涉及需前置审批行业的词语（金融各地均查；四川、上海、江苏另有各自的词表），"
                "对既未申报该行业、也未提供审批或不涉及前置审批承诺的备案予以驳回。",
            fix="申报该服务内容并提供其前置审批，修改名称或经营范围，或签署管局的《不涉及前置审批承诺书》并作为 "
                "`no_pre_approval_commitment` 上传。",
        ),
    ),
    examples=(
        Example("a company name with 金融", fires=True, paths=("entity.name",),
                changes={"entity.name": "杭州示例金融信息服务有限公司"}),
        Example("a website name with 理财", fires=True, paths=("websites[0].name",),
                changes={"websites[0].name": "示例理财资讯网"}),
        Example("an APP name with 支付", fires=True, paths=("apps[0].name",),
                changes={"apps": [{**_APP, "name": "示例支付助手"}]}),
        Example("P2P in lower case, full-width and spaced", fires=True, paths=("websites[0].name",),
                changes={"websites[0].name": "示例 ｐ２ｐ 资讯"}),
        Example("several finance words in one name: one reason", fires=True, paths=("entity.name",),
                changes={"entity.name": "杭州示例股权投资基金管理有限公司"}),
        Example("金融 in the company and the site name: one reason each", fires=True, count=2,
                paths=("entity.name", "websites[0].name"),
                changes={"entity.name": "杭州示例金融科技有限公司", "websites[0].name": "示例金融科技官网"}),
        Example("a foundation (基金会) is no fund", fires=False,
                changes={"entity.name": "杭州示例公益基金会", "websites[0].name": "示例公益基金会官网"}),
        Example("基金 not followed by 会 still counts", fires=True, paths=("entity.name",),
                changes={"entity.name": "杭州示例基金会基金销售有限公司"}),
        Example("the website declares finance content: PREAPPROVAL_MISSING's", fires=False,
                changes={"websites[0].name": "示例理财资讯网", "websites[0].content_categories": ["finance"]}),
        Example("the website holds a finance approval", fires=False,
                changes={"websites[0].name": "示例理财资讯网", "websites[0].pre_approvals": [_FINANCE_APPROVAL]}),
        Example("the company name is covered by an APP's finance content", fires=False,
                changes={"entity.name": "杭州示例金融科技有限公司",
                         "apps": [{**_APP, "content_categories": ["finance"]}]}),
        Example("the company name is covered by the website's approval", fires=False,
                changes={"entity.name": "杭州示例金融科技有限公司", "websites[0].pre_approvals": [_FINANCE_APPROVAL]}),
        Example("another service's finance content does not cover a site name", fires=True,
                paths=("websites[0].name",),
                changes={"websites[0].name": "示例理财资讯网", "apps": [{**_APP, "content_categories": ["finance"]}]}),
        Example("Sichuan: 游戏 in a site name", fires=True, province="SC", paths=("websites[0].name",),
                changes={"websites[0].name": "成都示例游戏官网"}),
        Example("Sichuan: 游戏 declared as games content", fires=False, province="SC",
                changes={"websites[0].name": "成都示例游戏官网", "websites[0].content_categories": ["games"]}),
        Example("Zhejiang has no games list", fires=False, changes={"websites[0].name": "杭州示例游戏官网"}),
        Example("Sichuan: 金融 is on both lists, one reason", fires=True, province="SC", paths=("entity.name",),
                changes={"entity.name": "成都示例金融服务有限公司"}),
        Example("Sichuan: two industries in one name, two reasons", fires=True, province="SC", count=2,
                paths=("websites[0].name",), changes={"websites[0].name": "成都示例金融新闻网"}),
        Example("Sichuan: 教育培训", fires=True, province="SC", paths=("entity.name",),
                changes={"entity.name": "成都示例教育培训有限公司"}),
        Example("Shanghai (3P): 文化艺术交流", fires=True, province="SH", paths=("entity.name",),
                changes={"entity.name": "上海示例文化艺术交流有限公司"}),
        Example("Shanghai: culture content declared", fires=False, province="SH",
                changes={"entity.name": "上海示例文化艺术交流有限公司", "websites[0].content_categories": ["culture"]}),
        Example("Jiangsu: 融资", fires=True, province="JS", paths=("entity.name",),
                changes={"entity.name": "南京示例融资租赁有限公司"}),
        Example("融资 elsewhere is not on a list", fires=False, changes={"entity.name": "杭州示例融资租赁有限公司"}),
        Example("a change order is screened", fires=True, paths=("websites[0].name",),
                changes={"order.type": "change", "websites[0].name": "示例理财资讯网"}),
        Example("a new_access order is not a content order", fires=False,
                changes={"order.type": "new_access", "websites[0].name": "示例理财资讯网"}),
        Example("an approved filing is not judged", fires=False,
                changes={"order.status": "approved", "order.submitted_to_authority_on": "2024-03-01",
                         "entity.name": "杭州示例金融信息服务有限公司"}),
        Example("no keyword", fires=False),
        # -- format 1.1: business scope and the commitment --
        Example("the business scope names 投资管理", fires=True, paths=(_SCOPE,),
                changes={"entity.business_registration": _registration("投资管理；企业管理咨询")}),
        Example("the business scope without a keyword", fires=False,
                changes={"entity.business_registration": _registration("软件开发；信息技术咨询服务")}),
        Example("no scope in the snapshot", fires=False, changes={"entity.business_registration": _registration(None)}),
        Example("the scope's finance covered by the website's approval", fires=False,
                changes={"entity.business_registration": _registration("投资管理"),
                         "websites[0].pre_approvals": [_FINANCE_APPROVAL]}),
        Example("the scope's finance covered by an APP's content", fires=False,
                changes={"entity.business_registration": _registration("投资管理"),
                         "apps": [{**_APP, "content_categories": ["finance"]}]}),
        Example("金融 in the name and the scope: one reason each", fires=True, count=2,
                paths=("entity.business_registration.business_scope", "entity.name"),
                changes={"entity.name": "杭州示例金融信息服务有限公司",
                         "entity.business_registration": _registration("金融信息服务")}),
        Example("a no_pre_approval_commitment silences name and scope", fires=False,
                changes={"entity.name": "杭州示例金融信息服务有限公司", "websites[0].name": "示例理财资讯网",
                         "entity.business_registration": _registration("金融信息服务"),
                         "attachments": [_COMMITMENT]}),
        Example("a commitment whose `for` is the entity counts for a website name too", fires=False,
                changes={"websites[0].name": "示例理财资讯网", "attachments": [{**_COMMITMENT, "for": "entity"}]}),
        Example("Guangdong's finance commitment covers finance words", fires=False, province="GD",
                changes={"entity.name": "广州示例金融信息服务有限公司",
                         "attachments": [{"type": "finance_commitment_letter", "file": "f.pdf"}]}),
        Example("Sichuan: the finance commitment does not cover 游戏", fires=True, province="SC",
                paths=("websites[0].name",),
                changes={"websites[0].name": "成都示例游戏官网",
                         "attachments": [{"type": "finance_commitment_letter", "file": "f.pdf"}]}),
        Example("Sichuan: 新闻 in the business scope", fires=True, province="SC", paths=(_SCOPE,),
                changes={"entity.business_registration": _registration("新闻资讯服务；软件开发")}),
        Example("a new_access order: the scope is not screened", fires=False,
                changes={"order.type": "new_access", "entity.business_registration": _registration("投资管理")}),
    ),
)

RULES = (GD_COMMITMENT_LETTER_STALE, VERIFICATION_FORM_AGE, PREAPPROVAL_KEYWORD_SCREEN)

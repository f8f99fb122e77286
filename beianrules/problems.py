"""The problems an input can have: a stable code for each, with its message in Chinese and English.

A portal shows :class:`~beianrules.errors.InputIssue` objects beside its form
fields; it needs to tell them apart without parsing English (pydantic's
``type``, Django's ``code``), and to show them in the user's language. Each
problem here is declared once — code, zh and en templates, meaning — and
:func:`issue` renders both texts from the same parameters. Values taken from
the input are cut to a short excerpt (:func:`excerpt`) before they reach a
message: a 10 MB value must not be copied into an error.
"""

from __future__ import annotations

import json
import string
from collections.abc import Mapping
from typing import Any, Final

import attrs

from beianrules.errors import InputIssue, Source

__all__ = ["PROBLEMS", "Problem", "excerpt", "got", "issue"]


@attrs.frozen
class Problem:
    """One kind of input problem: its stable ``code``, its message templates in ``zh`` and ``en`` (the same
    ``{parameters}``) and a one-line ``meaning`` for the docs."""

    code: str
    zh: str
    en: str
    meaning: str


def _declare(*problems: Problem) -> dict[str, Problem]:
    declared = {p.code: p for p in problems}
    for p in problems:  # both texts read the same parameters, `x_zh` in zh where en reads `x_en`
        names_zh = {n.removesuffix("_zh") for _, n, _, _ in string.Formatter().parse(p.zh) if n}
        names_en = {n.removesuffix("_en") for _, n, _, _ in string.Formatter().parse(p.en) if n}
        if names_zh != names_en:
            raise ValueError(f"problem {p.code}: zh reads {sorted(names_zh)}, en reads {sorted(names_en)}")
    return declared


PROBLEMS: Final[dict[str, Problem]] = _declare(
    # -- the shape of the document (beianrules.convert) --
    Problem("not_json", "不是有效的 JSON：第 {at_line} 行第 {at_column} 列，{reason}",
            "not valid JSON: {reason} at line {at_line} column {at_column}", "the text does not parse as JSON"),
    Problem("not_an_object", "应为一个 JSON 对象（一份备案），实际为{got_zh}",
            "expected a JSON object (one filing), got "
            "{got_en}", "the document is a list, text, a number … instead of an object"),
    Problem("too_deep", "嵌套层级过深（超过 {limit} 层），无法读取", "nested more than {limit} levels deep: not read",
            "lists and objects nested deeper than any filing is"),
    Problem("unknown_key", "未知的键（请检查拼写；额外数据请放在 extensions 下）",
            "unknown key (check the spelling; extra data belongs under 'extensions')",
            "a key the format does not define"),
    Problem("missing", "必填项缺失", "required but missing", "a required key is absent or null"),
    Problem("wrong_type", "应为{expected_zh}，实际为{got_zh}", "expected {expected_en}, got {got_en}",
            "a value of another JSON type than the field's"),
    Problem("not_a_string_phone", "电话号码应写成文本（加引号），实际为{got_zh}：数字会丢失固定电话开头的 0",
            "expected the phone number as text, got {got_en} (numbers lose a landline's leading zero; write it "
            "in quotes)", "a phone number written as a JSON number"),
    Problem("bad_token", "应为以下之一：{allowed}；实际为 {value}", "expected one of {allowed}; got {value}",
            "a value outside the field's enumeration"),
    Problem("bad_date", "日期应按年月日书写（2026-11-28、2026/11/28 或 2026年11月28日），实际为 {value}",
            "expected a date written year first (2026-11-28, 2026/11/28 or 2026年11月28日), got {value}",
            "a date in another order or form (day- and month-first forms are refused, not guessed)"),
    Problem("bad_date_range", "起始日 {first} 晚于结束日 {last}", "the first day {first} is after the last day {last}",
            "a range of days given last day first"),
    Problem("code_or_all", "请给出一个规则代码，或用 --all 显示全部规则（二者只能选一）",
            "give one rule code, or --all for every rule (not both)", "`beianrules explain` given neither or both"),
    Problem("not_a_calendar_date", "{value} 不是真实存在的日期", "{value} is not a real calendar date",
            "a date such as 2026-02-30"),
    Problem("bad_province", "未知的省份 {value}：应为 {codes} 之一（或单字简称如“苏”，或行政区划代码如 32、320000）",
            "unknown province {value}: expected one of {codes} (or the one-character abbreviation such as 苏, "
            "or the GB/T 2260 code such as 32 or 320000)", "`order.province` names no bureau"),
    Problem("bad_server_region", "应为大陆省份（写法同 order.province）或 outside_mainland，实际为 {value}",
            "expected a mainland province (as order.province accepts it) or 'outside_mainland', got {value}",
            "`websites[].ips[].region` names no province"),
    Problem("bad_country", "{value} 不是正式分配的 ISO 3166-1 二位字母代码"
            "（CN 为中国大陆；HK、MO、TW；或国家代码如 SG）",
            "{value} is not an officially assigned ISO 3166-1 alpha-2 code (CN mainland China; HK, MO, TW; or "
            "a country's code such as SG)", "a nationality or place of issue no country has"),
    Problem("bad_path", "应为本文档中主体、人员或服务的路径（entity、entity.principal、entity.legal_representative、"
            "websites[i]、websites[i].principal、apps[i]、apps[i].principal），实际为 {value}",
            "expected a path to the entity, a person or a service of this document (entity, entity.principal, "
            "entity.legal_representative, websites[i], websites[i].principal, apps[i], apps[i].principal), "
            "got {value}", "`attachments[].for` or an identity check's `person` is not a path of that form"),
    Problem("bad_division", "应为六位行政区划代码（如 \"320102\"，写成文本）或名称（如 \"玄武区\"），实际为 {value}",
            "expected a six-digit GB/T 2260 code as text (\"320102\") or a name (\"玄武区\"), got {value}",
            "a region part that is neither a six-digit code nor a name"),
    Problem("division_not_text", "应为文本形式的六位行政区划代码（\"320102\"）或名称（\"玄武区\"），实际为{got_zh}"
            "（数字会丢失代码的形式：请加引号）", "expected a six-digit code as text (\"320102\") or a name "
            "(\"玄武区\"), got {got_en} (a number loses the code's form: write it in quotes)",
            "a region part written as a JSON number"),
    Problem("bad_ip", "{value} 不是 IPv4 或 IPv6 地址", "{value} is not an IPv4 or IPv6 address",
            "an address that does not parse"),
    Problem("bad_uscc", "{value} 不是统一社会信用代码：应为 GB 32100 字符集的 18 位"
            "（数字和除 I、O、S、V、Z 外的大写字母，"
            "第 3–8 位为数字）", "{value} is not a unified social credit code: 18 characters of the GB 32100 set "
            "(digits and capitals without I, O, S, V, Z; characters 3–8 digits)",
            "a registry USCC of the wrong shape (its check digit is the rules' to judge)"),
    Problem("empty_text", "不能为空文本（未知时请省略该键或写 null）",
            "expected non-empty text (leave the key out, or write null, when it is not known)",
            "blank text where a value is required when the key is given"),
    Problem("negative_size", "文件大小应为零或正整数（字节），实际为 {value}",
            "expected a size in bytes (zero or more), got {value}", "a negative byte count"),
    Problem("format_version_not_text", "格式版本应写成文本（\"1.1\"），实际为{got_zh}；本库可读版本为 {versions}",
            "expected the format version as text (\"1.1\"), got {got_en}; this library reads format versions "
            "{versions}", "`format_version` written as a number"),
    Problem("bad_format_version", "本库不能读取格式版本 {value}：可读版本为 {versions}",
            "format version {value} is not one this library reads: it reads {versions}",
            "`format_version` names a version the library does not read"),
    Problem("invalid", "无效的值：{reason}", "invalid value: {reason}",
            "a problem no more specific code covers (reported as the library found it, in English)"),
    # -- what spans fields (beianrules.coherence) --
    Problem("target_not_in_document", "指向 {target}，但本文档没有该项", "names {target}, which this document does "
            "not have", "a `for` or `person` path to a service or person the document lacks"),
    Problem("target_not_a_person", "{attachment} 是人员的材料：应指向 {targets}",
            "{attachment} is a person's document: name {targets}", "a person's file given `for` a service"),
    Problem("target_not_entity", "{attachment} 是主体的材料：应指向 entity", "{attachment} is the entity's "
            "document: name entity", "an entity's file given `for` a person or service"),
    Problem("check_not_of_a_person", "身份核验的对象应为人员：应指向 {targets}",
            "an identity check is of a person: name {targets}", "an identity check's `person` names a service"),
    Problem("nationality_disagrees", "国籍或地区 {nationality} 与 {field} {id_type} 不符（该证件适用于 {admitted}）",
            "{nationality} does not agree with {field} {id_type}, which admits {admitted}",
            "a nationality the person's ID type is never issued to"),
    Problem("certificate_issued_abroad", "外国（地区）企业常驻代表机构登记证由大陆机关颁发（CN），不是 {issued_in}",
            "a foreign_representative_office_certificate is issued in the mainland (CN), not {issued_in}",
            "a representative office certificate said to be issued abroad"),
    Problem("valid_from_long_term", "应为证件有效期的起始日，不能是 long_term",
            "expected the first day of validity, not long_term", "`valid_from` written as long_term"),
    Problem("valid_from_after_until", "{valid_from} 晚于有效期截止日 {valid_until}",
            "{valid_from} is after valid_until {valid_until}", "an ID valid from after it expires"),
    Problem("not_a_url", "{value} 不是网址", "{value} is not a URL", "an inspected URL that does not parse"),
    Problem("url_not_http", "应为 http 或 https 网址，实际为 {value}", "expected an http or https URL, got {value}",
            "an inspected URL of another scheme, or without a host"),
    Problem("url_not_of_the_site", "主机 {host} 不是该网站的域名（{domains}），也不是其子域名",
            "the host {host} is none of the website's domains ({domains}) nor a subdomain of one",
            "an inspection of another site than the website's"),
    Problem("shown_but_false", "为 false，但 displayed_{number} 记录了所显示的号码",
            "false, but displayed_{number} records the number shown",
            "a number said not to be shown, recorded as shown"),
    Problem("after_as_of", "{day} 晚于检查日期（as_of）{as_of}", "{day} is after the check date (as_of) {as_of}",
            "an inspection dated after the check day: the check cannot know what was seen later"),
    Problem("deadline_before_notice", "{deadline} 早于通知下发日 {issued_on}", "{deadline} is before issued_on "
            "{issued_on}", "a rectification deadline before its notice"),
    Problem("region_not_a_code", "{value} 不是{level_zh}代码（{rule_zh}）", "{value} is not a {level_en} code "
            "({rule_en})", "a code of another level than the region part's"),
    Problem("region_unknown_code", "{value} 不是区划表中的代码", "{value} is not a division code the table knows",
            "a code of the right form that no division has"),
    Problem("region_not_nested", "{value} 不在{within_zh} {within} 内（{nest_zh}）",
            "{value} is not in the {within_en} {within} ({nest_en})",
            "a city outside the province, or a district outside the city, given beside it"),
    Problem("region_unknown_name", "{value} 在{where_zh}没有对应的{level_zh}",
            "{value} names no {level_en} in {where_en}",
            "a division name the table does not know there"),
    Problem("region_ambiguous_name", "{value} 在{where_zh}对应多个{level_zh}（{found}）：请填写六位代码",
            "{value} names more than one {level_en} in {where_en} ({found}): give the six-digit code",
            "a name several divisions share"),
    Problem("region_not_filing_province",
            "{division}（{name}）不在备案省份 {bureau}（{bureau_name}）：所选地区须为备案省份的",
            "{division} ({name}) is not in order.province {bureau} ({bureau_name}): the region must be the filing "
            "province's", "a region in another province than the bureau's"),
    # -- the client adapters (beianrules.clients): a platform request, its code tables, the caller's facts --
    Problem("request_not_an_object", "请求应为一个 JSON 对象", "the request must be a JSON object",
            "a WeChat or Douyin request that is not an object"),
    Problem("request_not_json", "{what_zh}不是有效的 JSON：{reason}", "{what_en} is not JSON: {reason}",
            "a request or platform response given as text that does not parse"),
    Problem("request_unknown_key", "未知的字段（拼写错误？字段名应与平台的一致）",
            "unknown field (a typo? the field names are the platform's)", "a request field the platform lacks"),
    Problem("request_required", "必填（{what_zh}）", "required ({what_en})",
            "a request field that must be given (the plain case is `missing`)"),
    Problem("required_when_true", "{field} 为 true 时必填", "required: {field} is true",
            "a field another field's true makes required"),
    Problem("province_required_with_region", "给出城市或区县时必填", "required with a city or district",
            "a city or district without its province"),
    Problem("name_without_code", "给出了名称，却没有 {field}", "given without {field}",
            "a division name without its code"),
    Problem("long_term_not_an_end", "“长期”只能用作截止日期", "长期 is only allowed as an end date",
            "长期 as the first day of validity"),
    Problem("bad_request_date", "应为 YYYYmmdd 形式的日期（20230815）{or_long_term_zh}，实际为 {value}",
            "must be a date written YYYYmmdd (20230815){or_long_term_en}, got {value}",
            "a WeChat date in another form"),
    Problem("bad_unix_time", "{value} 不是日历能表示的时间", "{value} is not a time a calendar can hold",
            "Unix seconds out of any calendar's range"),
    Problem("not_a_directory", "{file} 不是目录", "{file} is not a directory",
            "code tables given as a path that is no directory"),
    Problem("response_not_an_object", "应为{platform_zh}返回的 JSON 对象",
            "must be the JSON object {platform_en} returned",
            "a platform response that is not an object"),
    Problem("platform_call_failed", "接口调用失败（{key} {value}）：请传入调用成功的返回",
            "the call failed ({key} {value}): pass a successful response",
            "a platform response carrying an error code"),
    Problem("response_field_missing", "缺失或不是{expected_zh}", "missing or not {expected_en}",
            "a platform response without a field it always has"),
    Problem("code_table_duplicate_id", "id {value} 出现了两次", "the id {value} is listed twice",
            "a code table listing one id twice"),
    Problem("code_table_missing", "需要 {endpoint} 列表的返回（代码表中的 {endpoint}.json）才能读取 id {value}",
            "needs the {endpoint} list response ({endpoint}.json in the code tables) to read the id {value}",
            "an id whose code table the caller did not pass"),
    Problem("unknown_code_table_id", "id {value} 不在 {endpoint} 列表中（{tables}）",
            "the id {value} is not in the {endpoint} list ({tables})", "an id the platform's list lacks"),
    Problem("credentials_not_of_corp_type",
            "id {value} 不在 query_corp_type_list 中主体类型 {corp_type}（{corp_name}）的 credentials_type_list 中",
            "the id {value} is not in the credentials_type_list of corp type {corp_type} ({corp_name}) in "
            "query_corp_type_list", "a Douyin certificate type not listed for the corp type"),
    Problem("unmapped_code_table_name", "id {value} 为 {name}：{kind_zh}在适配器中没有对应的{target_zh}"
            "（CLIENTS.md {section}）{advice_zh}",
            "the id {value} is {name}, {kind_en} the adapter has no {target_en} for (CLIENTS.md {section})"
            "{advice_en}", "a list entry whose name the adapter maps to no FORMAT token"),
    Problem("not_a_person_id", "id {value} 为 {name}，不是个人证件", "the id {value} is {name}, which is not a "
            "person's ID", "a person's ID type that is an organisation's certificate"),
    Problem("certificate_not_of_subject_type", "证件类型 {certificate}（{certificate_name}）适用于主体类型 {listed}，"
            "而不是 icp_subject.base_info.type {given}", "the certificate type {certificate} ({certificate_name}) "
            "is for subject type {listed}, not icp_subject.base_info.type {given}",
            "a certificate type listed for another subject type"),
    Problem("not_involved_with_others", "“以上都不涉及”与其他前置审批类型同时给出",
            "以上都不涉及 together with another pre-approval type", "以上都不涉及 beside a pre-approval"),
    Problem("pre_approval_list_empty", "为空，但 involve_pre_approval 为 true",
            "empty although involve_pre_approval is true", "pre-approvals said to be involved, none listed"),
    Problem("pre_approval_not_involved", "为 false，但 pre_approval_list 不为空",
            "false although pre_approval_list is not empty", "pre-approvals listed, said not to be involved"),
    Problem("one_app_per_filing", "每份备案只有一个小程序，实际为 {count} 个",
            "one mini-program per filing, got {count}",
            "getOnlineIcpOrder's icp_applets with other than one entry"),
    Problem("bad_division_code", "应为六位{kind_zh}，实际为 {value}", "must be a six-digit {kind_en}, got {value}",
            "a province or division code that is not six digits"),
    Problem("province_without_bureau", "{division} 没有 ICP 备案管局", "{division} has no ICP filing bureau",
            "Taiwan, Hong Kong or Macao as the province"),
    Problem("division_not_within", "{division} 不在 {above}（{above_path}）内",
            "{division} does not lie in {above} ({above_path})", "a city or district outside the level above"),
    Problem("division_listed_elsewhere", "列表中 {division} 属于 {listed}，而不是 {above}",
            "{division} is listed under {listed}, not {above}", "a division the list nests elsewhere"),
    Problem("division_name_mismatch", "{value} 不是 {division} 的名称：列表中为 {listed}",
            "{value} is not the name of {division}: the list says {listed}", "a division name the code contradicts"),
    Problem("bad_fact_path", "不是文档路径：{value}", "not a document path: {value}",
            "a fact whose key is not a FORMAT path"),
    Problem("fact_null", "事实应给出一个值；null 会删除值", "a fact gives a value; null would remove one",
            "a fact of null"),
    Problem("fact_contradicts_request", "请求已给出 {value}{said_zh}；事实只能补充请求缺少的内容",
            "the request already gives {value}{said_en}; a fact may only add what it lacks",
            "a fact that would replace what the request says"),
    Problem("fact_no_such_place", "转换后的文档中没有该位置（列表下标超出末尾？）",
            "no such place in the adapted document (a list index past the end?)",
            "a fact at a path the document cannot hold"),
    Problem("answer_required", "请求中没有：{ask_zh}", "not in the request: {ask_en}",
            "a required FORMAT field only the caller can give"),
    Problem("unknown_platform_value", "未知的{what_zh} {value}（已知：{known}）", "unknown {what_en} {value} (known: "
            "{known})", "a status code the adapter does not know"),
    Problem("fact_contradicts_status", "{value} 与 getIcpEntranceInfo 的状态 {status}（{order_status}）矛盾",
            "{value} contradicts getIcpEntranceInfo status {status} ({order_status})",
            "an order.status fact against the status response"),
    Problem("status_never_reached_bureau", "状态 3（平台审核驳回）：该订单从未提交到管局",
            "status 3 (平台审核驳回): the order never reached the bureau",
            "a submission day to the bureau of an order the platform rejected"),
    Problem("status_needs_authority_day", "状态 5（管局审核驳回）需要首次看到状态 4 的日期",
            "status 5 (管局审核驳回) needs the day status 4 was first seen",
            "a bureau rejection without the day the bureau got the order"),
    Problem("unknown_verify_task", "请求中没有该任务的 verify_task_id", "no verify_task_id of the request is this task",
            "a queryIcpVerifyTask response of a task the request does not carry"),
    Problem("bad_verify_task_response", "需要 is_finish（true/false）和 face_status（0、1、2 或 3）",
            "needs is_finish (true/false) and face_status (0, 1, 2 or 3)", "a malformed queryIcpVerifyTask response"),
    Problem("face_check_without_token", "给出了人脸核验结果，但请求中没有 facial_recognition_token",
            "a face-check result was given, but the request has no token", "a face check of no token"),
    Problem("bad_face_check_result", "result 应为 {allowed} 之一，实际为 {value}",
            "result must be one of {allowed}, got {value}", "a face-check result outside the enumeration"),
    # -- reading files and arguments --
    Problem("unreadable_file", "无法读取{what_zh} {file}：{reason}", "cannot read {what_en} {file}: {reason}",
            "a file that cannot be opened"),
    Problem("not_utf8", "{what_zh} {file} 不是 UTF-8 文本", "{what_en} {file} is not UTF-8 text",
            "a file in another encoding"),
    Problem("bad_argument", "参数无效：{reason}", "invalid argument: {reason}",
            "an argument of a call or of the command line that is not what it must be"),
    Problem("unknown_province_argument", "未知的省份 {value}：应为 {codes} 之一", "unknown province {value}: "
            "expected one of {codes}", "a province argument that names no bureau"),
    Problem("unknown_rule", "没有规则 {value}{suggestion_zh}；`beianrules rules` 列出全部规则",
            "no rule {value}{suggestion_en}; `beianrules rules` lists them", "a rule code the rulebook lacks"),
)
"""Every input problem by code, the codes an :class:`~beianrules.InputIssue` carries."""

_EXCERPT: Final = 60

# The inputs a file problem may name (``what=``), in zh and en.
_WHATS: Final[dict[str, tuple[str, str]]] = {
    "document": ("文档", "document"), "registry": ("登记库", "registry"), "filings": ("备案文件", "filings"),
    "line": ("行", "line"), "request": ("请求", "request"), "filing": ("备案文件", "filing"),
    "code_table": ("代码表", "code table"),
}

# JSON types and expected kinds of value, as messages name them.
_KINDS: Final[dict[str, tuple[str, str]]] = {
    "object": ("对象", "an object"), "list": ("列表", "a list"), "text": ("文本", "text"),
    "number": ("数字", "a number"), "boolean": ("布尔值", "a boolean"), "null": ("null", "null"),
    "object_with_fields": ("带字段名的对象", "an object with named fields"),
    "whole_number": ("整数", "a whole number"), "list_id": ("整数（列表中的 id）", "a whole number (a list id)"),
    "unix_seconds": ("整数（Unix 秒数）", "Unix seconds (a whole number)"),
    "true_or_false": ("true 或 false", "true or false"),
    "date_text": ("文本形式的日期（2026-11-28）", "a date as text (2026-11-28)"),
    "code_text": ("文本形式的二位代码（CN、HK、MO、TW、SG…）", "a two-letter code as text (CN, HK, MO, TW, SG, …)"),
    "ip_text": ("文本形式的 IP 地址", "an IP address as text"),
    "uscc_text": ("文本形式的统一社会信用代码", "the USCC as text"),
    "version_text": ("文本形式的版本号（\"1.1\"）", "the format version as text (\"1.1\")"),
}


def excerpt(value: Any) -> str:
    """``value`` as JSON, cut to a short excerpt when long: safe to show in a message."""
    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        text = repr(value)
    if len(text) <= _EXCERPT:
        return text
    return text[:_EXCERPT] + "…"


def json_kind(value: Any) -> str:
    """The JSON type of a value, as a key of the kinds messages name."""
    return {bool: "boolean", int: "number", float: "number", str: "text", list: "list", tuple: "list",
            dict: "object", type(None): "null"}.get(type(value), "object")


def got(value: Any) -> dict[str, Any]:
    """The ``got_zh``/``got_en`` parameters for a value: its JSON type and an excerpt of it."""
    zh, en = _KINDS[json_kind(value)]
    shown = "" if value is None else f" {excerpt(value)}"
    return {"got_zh": zh + shown, "got_en": en + shown}


def expected(kind: str) -> dict[str, Any]:
    zh, en = _KINDS[kind]
    return {"expected_zh": zh, "expected_en": en}


def issue(path: str, code: str, *, value: Any = attrs.NOTHING, source: Source = "document",
          line: int | None = None, item: int | None = None, **params: Any) -> InputIssue:
    """The issue ``code`` at ``path``, its message rendered in both languages.

    ``value`` (the offending input, when there is one) is shown as ``{value}``,
    cut to an excerpt, and kept on the issue as that excerpt.
    """
    problem = PROBLEMS[code]
    if "what" in params:  # which input, named in each language
        what = params.pop("what")
        params["what_zh"], params["what_en"] = _WHATS.get(what, (what, what))
    shown: Mapping[str, Any] = params
    value_text = None
    if value is not attrs.NOTHING:
        value_text = excerpt(value)
        shown = {**params, "value": value_text}
    return InputIssue(path, problem.en.format(**shown), code=code, problem_zh=problem.zh.format(**shown),
                      value=value_text, source=source, line=line, item=item)

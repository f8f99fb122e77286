"""Format-1.1 rules about the business-registration snapshot, the selected region and the entity's certificate
(FORMAT 1.1 groups B, H, I): ENTITY_STATUS_ABNORMAL, ENTITY_NAME_REGISTRY_MISMATCH, ENTITY_CERT_ADDRESS_MISMATCH,
LICENCE_NOT_LATEST (HA, SC), ENTITY_INDIVIDUAL_BUSINESS_FORM (ZJ TJ HL HI HE NX BJ),
ENTITY_MAILING_ADDRESS_OUTSIDE_REGION and ENTITY_NAME_AND_CERT_CHANGED. Their facts:
``beianrules.facts.registration`` (LICENCE_NOT_LATEST's: ``beianrules.facts.identity_checks``). The 1.1 clauses of
ENTITY_CERT_NUMBER_NOT_USCC, ENTITY_ADDRESS_CROSS_CITY, ID_FOREIGN_PERSONAL and ID_HMT_DOCS are in
``beianrules.rulebook.identity_checks``; ORDER_FIELD_NOT_EDITABLE's allowance in ``beianrules.rulebook.operations``."""

from typing import Any

from beianrules.declaration import Doc, DocZh, Example, Mode, Ref, Rule, Text, any_of, fact, when
from beianrules.examples import own, own_filing

_ORDERS: frozenset[Mode] = frozenset({"order"})
_RETRIEVED_ON = "2026-11-27"  # the day before the examples' check day
_AUDIT = {"order.status": "approved", "order.submitted_to_authority_on": "2024-03-01"}


def _snapshot(**fields: Any) -> dict[str, Any]:
    """Changes: an `entity.business_registration` with ``fields``, retrieved the day before the check day."""
    return {"entity.business_registration": {"retrieved_on": _RETRIEVED_ON, **fields}}


# -- ENTITY_STATUS_ABNORMAL ----------------------------------------------------------------------

_STATUS = "entity.business_registration.status"
_LISTED = "entity.business_registration.on_abnormal_list"

ENTITY_STATUS_ABNORMAL = Rule(
    code="ENTITY_STATUS_ABNORMAL",
    kind="rejection",
    conditions=when(fact("registration_abnormal", "abnormal")),
    paths=(Ref("abnormal", "path"),),
    evidence={"problem": Ref("abnormal", "problem"), "status": Ref("abnormal", "status"),
              "retrieved_on": Ref("abnormal", "retrieved_on")},
    message=Text(
        zh="国家企业信用信息公示系统显示（{retrieved_on} 查询），该主体{problem:registration_abnormality}，"
           "不能办理备案。",
        en="The national enterprise credit information publicity system shows (retrieved {retrieved_on}) that "
           "{problem:registration_abnormality}: such an entity cannot hold a filing.",
    ),
    remedy=Text(
        zh="请先到登记机关（市场监督管理部门）恢复正常登记状态、申请移出经营异常名录，再提交备案；网站已改由其他单位运营的，"
           "请变更或转移备案（以管局允许为限）；单位已注销的，请注销备案。",
        en="Have the registration authority (market regulation) restore the normal status or remove the entity "
           "from the abnormal-operations list before filing; if another unit now runs the site, change or migrate "
           "the filing (where the bureau allows it); if the unit no longer exists, cancel the filing.",
    ),
    doc=Doc(
        what="The document's own `entity.business_registration` gives a `status` other than `active` "
             "(`suspended`, `liquidating`, `revoked`, `deregistered`, `cancelled`, `moved_out`, `not_found`), "
             "or an `on_abnormal_list` that is `true`. One reason per clause (path: the field). National, "
             "for every filer type; on orders and, as a rectification, on approved filings (the standing can "
             "change after approval: HW-ERR lists it as a rectification finding). Silent: no snapshot, "
             "`status` not given, `on_abnormal_list` not given or `false`. Reading: `moved_out` (迁出) counts "
             "as abnormal, as the catalog's \"migrated\" does; a registry document's snapshot is never read.",
        why="Bureaus and providers check the filer against the national enterprise credit register: an entity "
            "that is revoked, deregistered, suspended or not found, or that is on the abnormal-operations list, "
            "cannot file (Chongqing says so explicitly; a Guangdong third-party page too).",
        fix="Restore the registration status first, or cancel the filing.",
        sources=("HW-ERR(1.1)", "HW-S3(CQ)", "CHINACC-3P(GD)", "VHOST-3P"),
        zh=DocZh(
            what="文档自身的 `entity.business_registration` 给出的 `status` 不是 `active`（而是 `suspended`、"
                 "`liquidating`、`revoked`、`deregistered`、`cancelled`、`moved_out`、`not_found` 之一），或 "
                 "`on_abnormal_list` 为 `true`。每种情形一条原因（路径：该字段）。全国适用，适用于各类备案主体；"
                 "适用于订单，也适用于已通过的备案（作为整改：登记状态在备案通过后仍可能变化，HW-ERR "
                 "将其列为整改事项）。以下情况不触发：没有登记快照；未给出 `status`；`on_abnormal_list` 未给出或为 "
                 "`false`。解读：`moved_out`（迁出）视为异常，与目录中的“migrated”一致；"
                 "从不读取备案库中文档的登记快照。",
            why="管局和接入商会对照国家企业信用信息公示系统核验备案主体：被吊销、已注销、停业或查无此主体的，"
                "以及被列入经营异常名录的主体，不能办理备案（重庆管局对此有明确说明，广东的一个第三方页面也这样说）。",
            fix="请先恢复正常登记状态，或注销备案。",
        ),
    ),
    examples=(
        Example("the licence was revoked", fires=True, paths=(_STATUS,), changes=_snapshot(status="revoked")),
        Example("an active entity", fires=False, changes=_snapshot(status="active", on_abnormal_list=False)),
        Example("the registry has no such subject", fires=True, paths=(_STATUS,),
                changes=_snapshot(status="not_found")),
        Example("moved to another registration authority", fires=True, paths=(_STATUS,),
                changes=_snapshot(status="moved_out")),
        Example("on the abnormal-operations list", fires=True, paths=(_LISTED,),
                changes=_snapshot(status="active", on_abnormal_list=True)),
        Example("deregistered and listed: two reasons", fires=True, count=2, paths=(_LISTED, _STATUS),
                changes=_snapshot(status="deregistered", on_abnormal_list=True)),
        Example("Chongqing: on the list", fires=True, province="CQ", paths=(_LISTED,),
                changes=_snapshot(on_abnormal_list=True)),
        Example("a snapshot without status or list", fires=False, changes=_snapshot(name="杭州示例科技有限公司")),
        Example("an approved filing audited (rectification)", fires=True, paths=(_STATUS,),
                changes={**_AUDIT, **_snapshot(status="deregistered")}),
        Example("no snapshot", fires=False),
    ),
)

# -- ENTITY_NAME_REGISTRY_MISMATCH ---------------------------------------------------------------

_NAME_PATHS = ("entity.business_registration.name", "entity.name")

ENTITY_NAME_REGISTRY_MISMATCH = Rule(
    code="ENTITY_NAME_REGISTRY_MISMATCH",
    kind="rejection",
    conditions=when(fact("registered_name", "name", differs=True)),
    paths=(Ref("name", "path"), Ref("name", "registry_path")),
    evidence={"case": Ref("name", "case"), "name": Ref("name", "name"),
              "registered_name": Ref("name", "registered_name"), "retrieved_on": Ref("name", "retrieved_on")},
    message=Text(zh="{case:registry_name_case}。", en="{case:registry_name_case}."),
    remedy=Text(
        zh="请按营业执照和国家企业信用信息公示系统登记的名称填写主办单位名称；单位已更名的，请提交变更备案，"
           "填写新名称并上传名称变更证明（如准予变更登记通知书），同时使用最新的营业执照。",
        en="Enter the entity name as the licence and the national enterprise credit information publicity system "
           "register it; if the unit was renamed, file a change with the new name and the current licence and "
           "upload the name change certificate (准予变更登记通知书 or the like).",
    ),
    doc=Doc(
        what="A unit (`entity.type` not `individual`) gives `entity.name` and the document's own "
             "`entity.business_registration.name`, and their keys differ: W5's name key (NFKC — which unifies "
             "full- and half-width brackets — white space removed, Latin letters case-folded, name separators "
             "read as `·`) after W5's hyphens are read as `-`. When `entity.name` is among "
             "`business_registration.former_names` (same key), the message says the unit was renamed. One "
             "reason; on orders and, as a rectification, on approved filings (a renaming after approval is the "
             "typical finding). Silent: no snapshot or no registered name; individuals. Reading: the brackets' "
             "content counts; the comparison with the domain registrant's name is DOMAIN_HOLDER_MISMATCH's.",
        why="The bureau checks the entity name against the national enterprise credit register; after a "
            "renaming the filed name no longer matches and the filing must be changed.",
        fix="Enter the registered name; after a renaming, file a change with the name change certificate.",
        sources=("HW-ERR(1.2)", "AL-CHECK-FAQ", "VHOST-3P"),
        zh=DocZh(
            what="单位（`entity.type` 不是 `individual`）填写了 `entity.name`，文档自身也给出了 "
                 "`entity.business_registration.name`，且二者的比较键不同：比较键为 W5 "
                 "的名称键（NFKC——全角与半角括号由此统一——去除空白，拉丁字母不区分大小写，名称分隔符读作 `·`），"
                 "并先按 W5 将连字符读作 `-`。`entity.name` 在 `business_registration.former_names` 之中（比较键相同）"
                 "时，提示信息说明该单位已更名。一条原因；适用于订单，也适用于已通过的备案（作为整改："
                 "备案通过后更名是典型的核查发现）。以下情况不触发：没有登记快照或快照中没有登记名称；个人主体。解读："
                 "括号内的内容也参与比较；与域名注册人名称的比较属于 DOMAIN_HOLDER_MISMATCH。",
            why="管局会对照国家企业信用信息公示系统核验主办单位名称；单位更名后，已备案的名称不再一致，"
                "须办理变更备案。",
            fix="请填写登记的名称；单位已更名的，请提交变更备案并上传名称变更证明。",
        ),
    ),
    examples=(
        Example("the registered name differs", fires=True, paths=_NAME_PATHS,
                changes=_snapshot(name="杭州示例网络科技有限公司")),
        Example("the same name", fires=False, changes=_snapshot(name="杭州示例科技有限公司")),
        Example("brackets and spaces are not differences", fires=False,
                changes={"entity.name": "杭州示例科技（浙江）有限公司",
                         **_snapshot(name=" 杭州示例科技(浙江) 有限公司")}),
        Example("the bracketed part counts", fires=True, paths=_NAME_PATHS,
                changes={"entity.name": "杭州示例科技有限公司", **_snapshot(name="杭州示例科技（浙江）有限公司")}),
        Example("renamed: the order gives a former name", fires=True, paths=_NAME_PATHS,
                changes=_snapshot(name="杭州示例数字科技有限公司", former_names=["杭州示例科技有限公司"])),
        Example("former names listed, the current name given", fires=False,
                changes=_snapshot(name="杭州示例科技有限公司", former_names=["杭州旧名贸易有限公司"])),
        Example("a snapshot without a name", fires=False, changes=_snapshot(status="active")),
        Example("an individual filer is not judged", fires=False,
                changes={"entity.type": "individual", "entity.legal_representative": None,
                         "entity.name": own("entity.principal.name"),
                         "entity.certificate": {"type": "resident_id",
                                                "number": own("entity.principal.id_document.number")},
                         **_snapshot(name="杭州示例科技有限公司")}),
        Example("an approved filing audited after a renaming (rectification)", fires=True, paths=_NAME_PATHS,
                changes={**_AUDIT,
                         **_snapshot(name="杭州示例数字科技有限公司", former_names=["杭州示例科技有限公司"])}),
    ),
)

# -- ENTITY_CERT_ADDRESS_MISMATCH ----------------------------------------------------------------

_ADDRESS_PATHS = ("entity.business_registration.address", "entity.certificate.address")

ENTITY_CERT_ADDRESS_MISMATCH = Rule(
    code="ENTITY_CERT_ADDRESS_MISMATCH",
    kind="rejection",
    conditions=when(fact("registered_address", "address", differs=True)),
    paths=(Ref("address", "path"), Ref("address", "registry_path")),
    evidence={"address": Ref("address", "address"), "registered_address": Ref("address", "registered_address"),
              "retrieved_on": Ref("address", "retrieved_on")},
    message=Text(
        zh="证件住所“{address}”与国家企业信用信息公示系统登记的住所“{registered_address}”"
           "（{retrieved_on} 查询）不一致。",
        en="The certificate address “{address}” differs from the address registered in the national enterprise "
           "credit information publicity system, “{registered_address}” (retrieved {retrieved_on}).",
    ),
    remedy=Text(
        zh="请按证件上的住所逐字填写（含括号及括号内的内容）；住所已变更的，请上传最新证件并提交变更备案。",
        en="Enter the certificate address exactly as printed, brackets and their content included; if the "
           "address changed, upload the current certificate and file a change.",
    ),
    doc=Doc(
        what="A unit (`entity.type` not `individual`) gives `entity.certificate.address` and the document's own "
             "`entity.business_registration.address`, and their keys differ (as ENTITY_NAME_REGISTRY_MISMATCH: "
             "NFKC, white space removed, Latin letters case-folded, W5 hyphens; brackets and their content "
             "count). One reason; on orders and, as a rectification, on approved filings. Silent: no snapshot, "
             "either address not given. Reading: an individual's certificate is his ID, whose address is not "
             "the registered 住所 (a 个体工商户 filing as an individual gives both), so individuals are not "
             "judged.",
        why="The certificate address must reproduce the registered address (住所) verbatim, bracketed parts "
            "included; a moved unit files a change with its current certificate.",
        fix="Copy the address from the certificate, or change the filing after a move.",
        sources=("KS-FIELDS", "HW-ERR(1.4)", "EFILING-3P"),
        zh=DocZh(
            what="单位（`entity.type` 不是 `individual`）填写了 `entity.certificate.address`，文档自身也给出了 "
                 "`entity.business_registration.address`，且二者的比较键不同（与 ENTITY_NAME_REGISTRY_MISMATCH 相同："
                 "NFKC、去除空白、拉丁字母不区分大小写、按 W5 处理连字符；括号及其中内容参与比较）。一条原因；"
                 "适用于订单，也适用于已通过的备案（作为整改）。以下情况不触发：没有登记快照；任一住所未给出。解读："
                 "个人的证件是其身份证件，上面的地址不是登记的住所（以个人名义备案的个体工商户两者都会填写），"
                 "因此不判断个人主体。",
            why="证件住所须与登记的住所逐字一致，括号内的部分也不例外；单位迁址后，须以最新证件提交变更备案。",
            fix="请按证件抄写住所；单位迁址后，请提交变更备案。",
        ),
    ),
    examples=(
        Example("another registered address", fires=True, paths=_ADDRESS_PATHS,
                changes=_snapshot(address="浙江省杭州市西湖区文三路5号")),
        Example("the same address", fires=False, changes=_snapshot(address=own("entity.certificate.address"))),
        Example("a bracketed part left out", fires=True, paths=_ADDRESS_PATHS,
                changes=_snapshot(address="浙江省杭州市西湖区示例路1号（示例大厦）")),
        Example("full-width brackets, digits and spaces are no difference", fires=False,
                changes={"entity.certificate.address": "浙江省杭州市西湖区示例路１号（示例大厦）",
                         **_snapshot(address="浙江省杭州市西湖区 示例路1号(示例大厦)")}),
        Example("a snapshot without an address", fires=False, changes=_snapshot(status="active")),
        Example("no certificate address", fires=False,
                changes={"entity.certificate.address": None, **_snapshot(address="浙江省杭州市西湖区文三路5号")}),
        Example("an approved filing audited (rectification)", fires=True, paths=_ADDRESS_PATHS,
                changes={**_AUDIT, **_snapshot(address="浙江省杭州市西湖区文三路5号")}),
    ),
)

# -- LICENCE_NOT_LATEST --------------------------------------------------------------------------

_LICENCE_PATHS = ("entity.business_registration.uscc", "entity.certificate.number")


def _old_licence(province: str, order_type: str = "new_filing") -> dict[str, Any]:
    """Changes: a 15-digit 注册号 while the snapshot gives the unit's USCC."""
    return {"order.type": order_type, "entity.certificate.number": f"{_district_code(province)}000012345",
            **_snapshot(uscc=own("entity.certificate.number"))}


def _district_code(province: str) -> str:
    return {"HA": "410102", "SC": "510104", "ZJ": "330106"}[province]


LICENCE_NOT_LATEST = Rule(
    code="LICENCE_NOT_LATEST",
    kind="rejection",
    reads=("latest_licence_order_types",),
    conditions=when(fact("licence_number", "licence", latest_licence_required=True)),
    paths=(Ref("licence", "path"), Ref("licence", "registry_path")),
    evidence={"number": Ref("licence", "number"), "registered_uscc": Ref("licence", "registered_uscc"),
              "retrieved_on": Ref("licence", "retrieved_on"), "province": Ref("licence", "province")},
    message=Text(
        zh="{province:province}管局要求使用最新的“三证合一”营业执照备案：营业执照号码“{number}”不是统一社会信用代码，"
           "而国家企业信用信息公示系统显示（{retrieved_on} 查询）该单位的统一社会信用代码为“{registered_uscc}”。",
        en="{province:province} requires the newest (三证合一) business licence: the licence number '{number}' is "
           "not a unified social credit code, and the national enterprise credit information publicity system "
           "shows (retrieved {retrieved_on}) the unit's code '{registered_uscc}'.",
    ),
    remedy=Text(
        zh="请上传最新的营业执照，并将证件号码改为统一社会信用代码“{registered_uscc}”（已备案的请提交变更备案）。",
        en="Upload the newest licence and enter the unified social credit code '{registered_uscc}' as the "
           "certificate number (for an approved filing, file a change).",
    ),
    doc=Doc(
        what="A unit's `entity.certificate.type` is `business_license`, its `number` does not have the USCC "
             "shape (W8: an old 注册号), the document's own `entity.business_registration.uscc` is given, and "
             "`order.type` is one of the bureau's `latest_licence_order_types` — HA: every order type; SC: "
             "`new_filing` and `change` (Sichuan accepts the old licence for `new_access` and `new_website`, "
             "to be changed afterwards). Paths: the number and the snapshot's `uscc`. Where this fires, "
             "ENTITY_CERT_NUMBER_NOT_USCC is not reported for the number. On orders and, as a rectification, "
             "on approved filings. Silent: no snapshot USCC (then ENTITY_CERT_NUMBER_NOT_USCC's 1.0 clause "
             "judges the number); a USCC-shaped number; other provinces. Reading: \"a newer licence exists\" is "
             "read as the register giving the unit a USCC.",
        why="Henan and Sichuan want filings made with the newest, 三证合一 licence; the register showing a "
            "unified code means such a licence has been issued.",
        fix="Upload the newest licence and its unified social credit code.",
        sources=("HW-S1(HA)", "TC-SC"),
        zh=DocZh(
            what="单位的 `entity.certificate.type` 为 `business_license`，其 `number` "
                 "不具有统一社会信用代码的格式（W8：旧的注册号），文档自身给出了 `entity.business_registration.uscc`，"
                 "且 `order.type` 属于该管局的 `latest_licence_order_types`——HA：所有订单类型；SC：`new_filing` 和 "
                 "`change`（四川允许 `new_access` 和 `new_website` 使用旧营业执照，之后再变更）。路径："
                 "证件号码和登记快照的 `uscc`。本规则触发时，不再对该号码报告 ENTITY_CERT_NUMBER_NOT_USCC。"
                 "适用于订单，也适用于已通过的备案（作为整改）。以下情况不触发："
                 "登记快照中没有统一社会信用代码（此时由 ENTITY_CERT_NUMBER_NOT_USCC 的 1.0 条款判断该号码）；"
                 "号码具有统一社会信用代码的格式；其他省份。解读：“存在更新的营业执照”"
                 "理解为登记系统已为该单位赋予统一社会信用代码。",
            why="河南和四川管局要求使用最新的“三证合一”营业执照备案；登记系统显示统一社会信用代码，"
                "说明这样的营业执照已经核发。",
            fix="请上传最新的营业执照，并填写其统一社会信用代码。",
        ),
    ),
    examples=(
        Example("Henan: an old number while the register gives the USCC", fires=True, province="HA",
                paths=_LICENCE_PATHS, changes=_old_licence("HA")),
        Example("Henan: a new website too", fires=True, province="HA", paths=_LICENCE_PATHS,
                changes=_old_licence("HA", "new_website")),
        Example("Henan: without the registered USCC", fires=False, province="HA",
                changes={"entity.certificate.number": "410102000012345", **_snapshot(status="active")}),
        Example("Henan: the USCC itself", fires=False, province="HA",
                changes=_snapshot(uscc=own("entity.certificate.number"))),
        Example("Henan: an approved filing audited (rectification)", fires=True, province="HA",
                paths=_LICENCE_PATHS, changes={**_AUDIT, **_old_licence("HA")}),
        Example("Sichuan: a first filing", fires=True, province="SC", paths=_LICENCE_PATHS,
                changes=_old_licence("SC")),
        Example("Sichuan: a change order", fires=True, province="SC", paths=_LICENCE_PATHS,
                changes=_old_licence("SC", "change")),
        Example("Sichuan: a new website may use the old licence", fires=False, province="SC",
                changes=_old_licence("SC", "new_website")),
        Example("Sichuan: a new access may use the old licence", fires=False, province="SC",
                changes=_old_licence("SC", "new_access")),
        Example("Zhejiang: ENTITY_CERT_NUMBER_NOT_USCC's", fires=False, changes=_old_licence("ZJ")),
    ),
)

# -- ENTITY_INDIVIDUAL_BUSINESS_FORM -------------------------------------------------------------


def _trader(*, trade_name: bool | None = False, operator: str | None = None, **fields: Any) -> dict[str, Any]:
    """Changes: the snapshot of a 个体工商户 (operator: the base principal unless given)."""
    snapshot: dict[str, Any] = {"kind": "individual_business", "has_trade_name": trade_name,
                                "legal_representative": operator or own("entity.principal.name")}
    return _snapshot(**{key: value for key, value in snapshot.items() if value is not None}, **fields)


def _trader_name(principal: Any) -> str:
    return f"{principal}（个体工商户）"


_OPERATOR_NAME = own("entity.principal.name", then=_trader_name)
_AS_INDIVIDUAL = {"entity.type": "individual", "entity.legal_representative": None,
                  "entity.name": own("entity.principal.name"),
                  "entity.certificate": {"type": "resident_id", "number": own("entity.principal.id_document.number")}}

ENTITY_INDIVIDUAL_BUSINESS_FORM = Rule(
    code="ENTITY_INDIVIDUAL_BUSINESS_FORM",
    kind="rejection",
    reads=("individual_business_form", "individual_business_remark"),
    modes=_ORDERS,
    conditions=when(fact("individual_business_form", "form")),
    paths=(Ref("form", "path"),),
    evidence={"problem": Ref("form", "problem"), "entity_type": Ref("form", "entity_type"),
              "expected_name": Ref("form", "expected_name"), "operator": Ref("form", "operator"),
              "remark_words": Ref("form", "remark_words"), "province": Ref("form", "province")},
    message=Text(
        zh="国家企业信用信息公示系统登记该主体为个体工商户；{province:province}管局要求：{problem:individual_business_problem}。",
        en="The national enterprise credit information publicity system registers the entity as a 个体工商户 "
           "(individual business); in {province:province} {problem:individual_business_problem}.",
    ),
    remedy=Text(
        zh="请按{province:province}管局对个体工商户的要求填写：主体性质、主办单位名称、公章情况、主体负责人和备注须与"
           "营业执照及经营者信息相符。",
        en="Fill the order in as {province:province} wants it from a 个体工商户: its nature, name, seal, principal "
           "and remark must fit the licence and its operator.",
    ),
    doc=Doc(
        what="The document's own `business_registration.kind` is `individual_business` and the order breaks a "
             "clause of the bureau's `individual_business_form`: `enterprise` (ZJ TJ HL) — `entity.type` is not "
             "`enterprise`; `operator_name` (ZJ TJ) — `has_trade_name` is `false`, "
             "`business_registration.legal_representative` is given and the key of `entity.name` is not that "
             "of `{legal_representative}（个体工商户）` (W5 name keys: half-width brackets and spaces are no "
             "difference); `seal` (ZJ BJ) — `entity.has_seal` is `false`; `operator_principal` (HL) — "
             "`entity.principal.name` is not the registered operator (`legal_representative`, name keys); "
             "`personal` (HI NX HE) — `has_trade_name` is `false` and `entity.type` is not `individual`; "
             "`remark` (HI NX HE) — `has_trade_name` is `false` and `entity.remark` is blank, or does not "
             "contain (W5) the bureau's `individual_business_remark` words (HE: 个体工商户无工商字号). One "
             "reason per clause (its path). Orders only: the row prescribes how the form is filled in, and "
             "stored records of approved filings often lack form-only data (`has_seal`, the remark). Silent: "
             "no snapshot or another `kind`; `has_trade_name` or `has_seal` not given (not known); no operator "
             "name for the clauses that need it; other provinces (HB's signature and HL's thumbprint are not "
             "data). Reading: `remark` asks for a remark when the 个体工商户 files as an individual too, as "
             "the row names both clauses apart.",
        why="Bureaus prescribe how a registered 个体工商户 files: Zhejiang, Tianjin and Heilongjiang as an "
            "enterprise (without a trade name under the operator's name with （个体工商户）), Zhejiang and "
            "Beijing only with a seal, Heilongjiang with the operator as principal; Hainan, Ningxia and Hebei "
            "file one without a trade name as an individual, with a remark (Hebei: 个体工商户无工商字号).",
        fix="Follow the province's form for a 个体工商户.",
        sources=("HW-KB(ZJ)", "AL-TJ-NOTE", "HW-S1(HL)", "HW-HAINAN", "HW-S7(HE)", "HELPW-NX-3P", "AL-BJ-2025"),
        zh=DocZh(
            what="文档自身的 `business_registration.kind` 为 `individual_business`，且订单违反了该管局 "
                 "`individual_business_form` 中的某项条款：`enterprise`（ZJ TJ HL）——`entity.type` 不是 `enterprise`；"
                 "`operator_name`（ZJ TJ）——`has_trade_name` 为 `false`，给出了 "
                 "`business_registration.legal_representative`，且 `entity.name` 的比较键与 "
                 "`{legal_representative}（个体工商户）` 的不同（W5 名称键：半角括号和空格不算差异）；`seal`（ZJ BJ）"
                 "——`entity.has_seal` 为 `false`；`operator_principal`（HL）——`entity.principal.name` "
                 "不是登记的经营者（`legal_representative`，按名称键比较）；`personal`（HI NX HE）——`has_trade_name` "
                 "为 `false` 且 `entity.type` 不是 `individual`；`remark`（HI NX HE）——`has_trade_name` 为 `false`，"
                 "且 `entity.remark` 为空，或不包含（W5）该管局 `individual_business_remark` 规定的文字（HE："
                 "个体工商户无工商字号）。每项条款一条原因（路径为该条款的字段）。仅适用于订单："
                 "目录该行规定的是表单如何填写，而已通过备案的存档记录往往缺少仅在表单中填写的数据（`has_seal`、"
                 "备注）。以下情况不触发：没有登记快照或 `kind` 为其他值；`has_trade_name` 或 `has_seal` "
                 "未给出（情况不明）；需要经营者姓名的条款缺少该姓名；其他省份（HB 的签字和 HL 的手印不是数据）。"
                 "解读：个体工商户以个人名义备案时，`remark` 条款同样要求填写备注，因为该行将这两项条款分开列出。",
            why="各管局对已登记的个体工商户如何备案有各自的规定：浙江、天津和黑龙江要求以企业性质备案（无字号的，"
                "以经营者姓名加“（个体工商户）”为名称），浙江和北京要求须有公章，黑龙江要求以经营者为主体负责人；"
                "海南、宁夏和河北要求无字号的个体工商户以个人名义备案并填写备注（河北：个体工商户无工商字号）。",
            fix="请按该省对个体工商户的要求填写备案信息。",
        ),
    ),
    examples=(
        Example("Zhejiang: the operator's name with （个体工商户）", fires=False,
                changes={"entity.name": _OPERATOR_NAME, "entity.has_seal": True, **_trader()}),
        Example("Zhejiang: a name without a trade name that is not the operator's", fires=True,
                paths=("entity.name",), changes={"entity.has_seal": True, **_trader()}),
        Example("Zhejiang: half-width brackets and a space are the same name", fires=False,
                changes={"entity.name": own("entity.principal.name", then=lambda n: f"{n} (个体工商户)"),
                         **_trader()}),
        Example("Zhejiang: a trade name of its own", fires=False, changes=_trader(trade_name=True)),
        Example("Zhejiang: whether it has a trade name is not known", fires=False, changes=_trader(trade_name=None)),
        Example("Zhejiang: no seal", fires=True, paths=("entity.has_seal",),
                changes={"entity.has_seal": False, **_trader(trade_name=True)}),
        Example("Zhejiang: filed as an individual", fires=True, paths=("entity.type",),
                changes={**_AS_INDIVIDUAL, "entity.name": _OPERATOR_NAME, **_trader()}),
        Example("Zhejiang: filed as an individual under a plain name, no seal: three reasons", fires=True, count=3,
                paths=("entity.has_seal", "entity.name", "entity.type"),
                changes={**_AS_INDIVIDUAL, "entity.has_seal": False, **_trader()}),
        Example("Zhejiang: a company is not judged", fires=False,
                changes={"entity.has_seal": False, **_snapshot(kind="company", has_trade_name=False)}),
        Example("Tianjin: filed as an individual", fires=True, province="TJ", paths=("entity.type",),
                changes={**_AS_INDIVIDUAL, "entity.name": _OPERATOR_NAME, **_trader()}),
        Example("Tianjin: no seal is not judged", fires=False, province="TJ",
                changes={"entity.has_seal": False, **_trader(trade_name=True)}),
        Example("Heilongjiang: the principal is not the operator", fires=True, province="HL",
                paths=("entity.principal.name",), changes=_trader(trade_name=True, operator="李建国")),
        Example("Heilongjiang: the operator is the principal", fires=False, province="HL",
                changes=_trader(trade_name=True)),
        Example("Hainan: no trade name, filed as an enterprise without a remark: two reasons", fires=True,
                province="HI", count=2, paths=("entity.remark", "entity.type"), changes=_trader()),
        Example("Hainan: filed as an individual with a remark", fires=False, province="HI",
                changes={**_AS_INDIVIDUAL, "entity.remark": "无字号个体工商户，以经营者个人名义备案", **_trader()}),
        Example("Ningxia: filed as an individual, the remark blank", fires=True, province="NX",
                paths=("entity.remark",), changes={**_AS_INDIVIDUAL, "entity.remark": "  ", **_trader()}),
        Example("Hebei: the remark lacks 个体工商户无工商字号", fires=True, province="HE", paths=("entity.remark",),
                changes={**_AS_INDIVIDUAL, "entity.remark": "个体户", **_trader()}),
        Example("Hebei: the remark says it", fires=False, province="HE",
                changes={**_AS_INDIVIDUAL, "entity.remark": "本人为个体工商户无工商字号", **_trader()}),
        Example("Hebei: with a trade name nothing is asked", fires=False, province="HE",
                changes=_trader(trade_name=True)),
        Example("Beijing: no seal", fires=True, province="BJ", paths=("entity.has_seal",),
                changes={"entity.has_seal": False, **_trader()}),
        Example("Beijing: a seal", fires=False, province="BJ", changes={"entity.has_seal": True, **_trader()}),
        Example("Beijing: whether it has a seal is not known", fires=False, province="BJ", changes=_trader()),
        Example("Jiangsu has no such form", fires=False, province="JS",
                changes={**_AS_INDIVIDUAL, "entity.has_seal": False, **_trader()}),
        Example("an approved filing is not judged", fires=False,
                changes={**_AUDIT, "entity.has_seal": False, **_trader()}),
        Example("no snapshot", fires=False, changes={"entity.has_seal": False}),
    ),
)

# -- ENTITY_MAILING_ADDRESS_OUTSIDE_REGION -------------------------------------------------------

_MAILING = "entity.mailing_address"
_WEST_LAKE = {"province": "330000", "city": "330100", "district": "330106"}  # the base address: 杭州市西湖区

ENTITY_MAILING_ADDRESS_OUTSIDE_REGION = Rule(
    code="ENTITY_MAILING_ADDRESS_OUTSIDE_REGION",
    kind="rejection",
    modes=_ORDERS,
    conditions=when(fact("region_mismatch", "region")),
    paths=(Ref("region", "path"), Ref("region", "region_path")),
    evidence={"level": Ref("region", "level"), "named": Ref("region", "named"),
              "selected": Ref("region", "selected")},
    message=Text(
        zh="通信地址写明的{level:region_level}“{named}”与所选所属区域的{level:region_level}“{selected}”不一致。",
        en="The mailing address names the {level:region_level} {named}, but the selected region's "
           "{level:region_level} is {selected}.",
    ),
    remedy=Text(
        zh="请按通信地址所在地重新选择所属区域（省、市、区县），或更正通信地址。",
        en="Select the region (province, city, district) where the mailing address lies, or correct the address.",
    ),
    doc=Doc(
        what="`entity.region` is given and `entity.mailing_address`'s leading text names a place outside it: "
             "its province (`regions.address_province`) is not the region's; else its prefecture (W12, "
             "`regions.address_prefecture`) is not the region's city (a municipality is one prefecture; a city "
             "part `XX90` places nothing without its district, a county-level unit directly under the province "
             "being its own prefecture); else, with `entity.region.district` given, the county-level unit named "
             "right after the province and prefecture names (full or short: 浙江省杭州市, 杭州) — the longest "
             "current or former county-level name of that prefecture — is not the region's district (a former "
             "name of the district counts as its own). One reason, for the most general level that differs "
             "(paths: the address and that region part; when the region omits the part, the next one given). "
             "National, every filer type; orders only: the region is what the order's form selects. Silent: "
             "the address names no place the look-ups can read (a bare district, a county-level start, an "
             "ambiguous name), or none at that level; no region. Reading: a district is read only after a "
             "prefecture named in the text, and by its full name (西湖区, not 西湖), toward silence.",
        why="Every provider's form selects the entity's region (WeChat's filing API validates it): the mailing "
            "address must lie inside the selected province, city and district.",
        fix="Select the region of the mailing address, or correct the address.",
        sources=("WX-API",),
        zh=DocZh(
            what="给出了 `entity.region`，且 `entity.mailing_address` 开头的文字写明的地点在该区域之外："
                 "其省份（`regions.address_province`）不是所选区域的省份；否则，其地级行政区（W12，"
                 "`regions.address_prefecture`）不是所选区域的市（直辖市视为一个地级行政区；市一级为 `XX90` 的，"
                 "没有区县就无法定位，省直辖的县级行政区自成一个地级行政区）；否则，在给出 `entity.region.district` "
                 "时，紧接省名和地级市名（全称或简称：浙江省杭州市、杭州）"
                 "之后写明的县级行政区——取该地级行政区现有或曾用的县级名称中最长的一个——不是所选区域的区县（区县的曾用"
                 "名视同其本名）。一条原因，针对不一致的最高一级（路径：通信地址和所选区域的该级；所选区域缺少该级时，"
                 "取其后已给出的一级）。全国适用，适用于各类备案主体；仅适用于订单：所属区域是订单表单中选择的。"
                 "以下情况不触发：通信地址中没有查表能识别的地点（只写区县、以县级行政区开头、名称有歧义），"
                 "或该级没有写明地点；未选择所属区域。解读：只有在文字中写明了地级市之后才识别区县，"
                 "且只按全称识别（西湖区，而非西湖），宁可不触发。",
            why="各接入商的备案表单都要选择主体的所属区域（微信的备案接口会对其校验）：通信地址必须位于所选的省、市、"
                "区县之内。",
            fix="请选择通信地址所在的区域，或更正通信地址。",
        ),
    ),
    examples=(
        Example("the address in the selected district", fires=False, changes={"entity.region": _WEST_LAKE}),
        Example("the region given by names", fires=False,
                changes={"entity.region": {"province": "浙江省", "city": "杭州市", "district": "西湖区"}}),
        Example("another district of Hangzhou selected", fires=True, paths=(_MAILING, "entity.region.district"),
                changes={"entity.region": {**_WEST_LAKE, "district": "330102"}}),
        Example("an abbreviated city before the district", fires=True, paths=(_MAILING, "entity.region.district"),
                changes={_MAILING: "浙江杭州西湖区示例路1号", "entity.region": {**_WEST_LAKE, "district": "330102"}}),
        Example("Ningbo selected", fires=True, paths=(_MAILING, "entity.region.city"),
                changes={"entity.region": {"province": "330000", "city": "330200"}}),
        Example("a district of Ningbo selected without its city", fires=True,
                paths=(_MAILING, "entity.region.district"),
                changes={"entity.region": {"district": "330203"}}),
        Example("an address in Jiangsu", fires=True, paths=(_MAILING, "entity.region.province"),
                changes={_MAILING: "江苏省南京市玄武区示例路1号", "entity.region": _WEST_LAKE}),
        Example("the address names no district", fires=False,
                changes={_MAILING: "浙江省杭州市文三路5号", "entity.region": {**_WEST_LAKE, "district": "330102"}}),
        Example("a bare district names no province", fires=False,
                changes={_MAILING: "上城区示例路1号", "entity.region": _WEST_LAKE}),
        Example("Beijing: the selected district", fires=False, province="BJ",
                changes={"entity.region": {"province": "110000", "city": "110100", "district": "110105"}}),
        Example("Beijing: another district selected", fires=True, province="BJ",
                paths=(_MAILING, "entity.region.district"),
                changes={"entity.region": {"province": "110000", "city": "110100", "district": "110101"}}),
        Example("an individual filer too", fires=True, paths=(_MAILING, "entity.region.city"),
                changes={**_AS_INDIVIDUAL, "entity.region": {"city": "330200"}}),
        Example("no region selected", fires=False),
        Example("an approved filing is not judged", fires=False,
                changes={**_AUDIT, "entity.region": {"city": "330200"}}),
    ),
)

# -- ENTITY_NAME_AND_CERT_CHANGED ----------------------------------------------------------------

_CHANGE = fact("name_and_certificate_change", "change")
_CHANGED_PATHS = ("entity.certificate.number", "entity.name")
_NAME_CHANGE_CERTIFICATE = {"type": "name_change_certificate", "file": "name_change_certificate.pdf",
                            "size_bytes": 312345, "for": "entity"}


def _renamed(province: str, abbreviation: str, *, certificate: bool = False, name: bool = True,
             number: bool = True, **extra: Any) -> dict[str, Any]:
    """Changes: a change order of the base entity filed under ``{abbreviation}ICP备2023000777号``, with a new name
    and / or certificate number, and the name change certificate when asked."""
    changes: dict[str, Any] = {"order.type": "change", "entity.filing_number": f"{abbreviation}ICP备2023000777号"}
    if name:
        changes["entity.name"] = own("entity.name", province=province, then=lambda n: n.replace("科技", "数字科技"))
    if number:
        changes["entity.certificate.number"] = own("entity.certificate.number", province=province,
                                                   then=lambda n: n[:8] + "MA1XC4D5XX")
    if certificate:
        changes["attachments"] = [_NAME_CHANGE_CERTIFICATE]
    return {**changes, **extra}


def _filed(province: str, abbreviation: str) -> tuple[dict[str, Any], ...]:
    return (own_filing(f"{abbreviation}ICP备2023000777号", province),)


def _example(title: str, fires: bool, province: str, abbreviation: str, **options: Any) -> Example:
    severity = options.pop("severity", None)
    changes = _renamed(province, abbreviation, **options)
    return Example(title, fires=fires, province=province, changes=changes, registry=_filed(province, abbreviation),
                   paths=_CHANGED_PATHS if fires else None, severity=severity)


_FORMER = {"entity.business_registration": {"retrieved_on": _RETRIEVED_ON,
                                            "former_names": [own("entity.name", province="SX")]}}
_UNRELATED = {"entity.business_registration": {"retrieved_on": _RETRIEVED_ON, "former_names": ["太原旧名贸易有限公司"]}}

ENTITY_NAME_AND_CERT_CHANGED = Rule(
    code="ENTITY_NAME_AND_CERT_CHANGED",
    kind="operation_blocked",
    reads=("name_and_certificate_change",),
    modes=_ORDERS,
    conditions=any_of(
        when(_CHANGE, fact("province", "bureau", name_and_certificate_change="refused")),
        when(fact("name_and_certificate_change", "change", former_name_listed=False),
             fact("province", "bureau", name_and_certificate_change="former_name")),
        when(fact("name_and_certificate_change", "change", name_change_certificate=False),
             fact("province", "bureau", name_and_certificate_change="certificate")),
        when(fact("name_and_certificate_change", "change", name_change_certificate=False),
             fact("province", "bureau", name_and_certificate_change="certificate_advice"), severity="warning",
             kind="advice"),
    ),
    paths=(Ref("change", "path"), Ref("change", "certificate_path")),
    evidence={"filing_number": Ref("change", "filing_number"), "province": Ref("bureau", "code"),
              "policy": Ref("bureau", "name_and_certificate_change")},
    message=Text(
        zh="本变更备案同时变更了主办单位名称和主体证件号码（与该主体已备案的 {filing_number} 均不同）；"
           "{province:province}管局：{policy:name_and_certificate_change}。",
        en="This change order alters both the entity name and the certificate number (both differ from the "
           "entity's filing {filing_number}); {province:province}: {policy:name_and_certificate_change}.",
    ),
    remedy=Text(
        zh="新旧主体无关联的，请注销原备案后以新主体重新备案；属同一单位更名并换发证件的，请按管局要求上传名称变更证明"
           "（如准予变更登记通知书、工商更名函）后再提交。",
        en="If the old and new entities are unrelated, cancel the filing and file anew as the new entity; if the "
           "same unit was renamed and received a new certificate, upload the name change certificate (准予变更登记"
           "通知书, 工商更名函) as the bureau asks, then submit.",
    ),
    doc=Doc(
        what="A `change` order gives `entity.filing_number`, the registry holds approved filings under it (the "
             "same entity: REASONS.md), and both the order's `entity.name` (W5 name keys) and its "
             "`entity.certificate.number` (ID keys) differ from every one of them. By the bureau's "
             "`name_and_certificate_change`: `refused` (BJ, AH) — always; `former_name` (SX) — unless a filed "
             "name is among the order's `business_registration.former_names`; `certificate` (SD, NM) — unless a "
             "`name_change_certificate` counts for `entity`; `certificate_advice` (JS, ZJ, TJ; third-party "
             "pages) — the same, as advice (kind `advice`, severity warning). Paths: the name and the number; "
             "the filed name and number are never shown (only the order's own filing number). Where an allowance "
             "holds, "
             "ORDER_FIELD_NOT_EDITABLE does not block the certificate-number change. Orders only (a change "
             "being submitted). Silent: no registry, no filing under the number, only one of the two changed "
             "(a number alone is ORDER_FIELD_NOT_EDITABLE's), other provinces. Reading: in SX the allowance "
             "is unknown, and the rule silent, when the order gives no former names (a 1.0 document never "
             "fires there); the 1.0 clause is the same test without the allowances' inputs, so a 1.0 change "
             "order fires in BJ, AH, SD, NM (and warns in JS, ZJ, TJ).",
        why="Several bureaus refuse a change that swaps both the name and the certificate number — the filing "
            "would pass to another entity: Beijing and Anhui never allow it (cancel and refile), Shanxi only "
            "when the names are related, Shandong and Inner Mongolia (and, on third-party pages, Jiangsu, "
            "Zhejiang, Tianjin) only with the registry's change certificate.",
        fix="Cancel and refile, or attach the name change certificate.",
        sources=("AL-BJ18", "AL-SX18", "AL-SD", "HW-KB(AH)", "MUCHS-NM-3P", "WORLDCST-3P", "XIAOSB-ZJ-3P",
                 "93SG-TJ-3P"),
        zh=DocZh(
            what="`change` 订单填写了 `entity.filing_number`，备案库中有该备案号下已通过的备案（即同一主体："
                 "REASONS.md），且订单的 `entity.name`（W5 名称键）和 `entity.certificate.number`（证件号码键）"
                 "与其中每一份都不同。按该管局的 `name_and_certificate_change`：`refused`（BJ、AH）——一律触发；"
                 "`former_name`（SX）——除非某个已备案的名称在订单的 `business_registration.former_names` 之中；"
                 "`certificate`（SD、NM）——除非附件中有算作 `entity` 的 `name_change_certificate`；"
                 "`certificate_advice`（JS、ZJ、TJ；来自第三方页面）——条件相同，但仅作提示（类别 `advice`，"
                 "严重程度为警告）。路径：名称和证件号码；已备案的名称和号码从不显示（只显示订单自身的备案号）。"
                 "允许条件成立时，ORDER_FIELD_NOT_EDITABLE 不阻止证件号码的变更。仅适用于订单（正在提交的变更）。"
                 "以下情况不触发：没有备案库；该备案号下没有备案；二者只变更了其一（只变更号码属于 "
                 "ORDER_FIELD_NOT_EDITABLE）；其他省份。解读：在 SX，订单没有给出曾用名时，无法确定是否符合允许条件，"
                 "本规则不触发（1.0 文档在那里从不触发）；1.0 条款是同样的判断，只是没有允许条件所需的输入，因此 1.0 "
                 "的变更订单在 BJ、AH、SD、NM 会触发（在 JS、ZJ、TJ 给出警告）。",
            why="多个管局不接受同时更换名称和证件号码的变更——那样备案就转到了另一个主体名下："
                "北京和安徽一律不允许（须注销后重新备案），山西仅在新旧名称有关联时允许，山东和内蒙古（据第三方页面，"
                "还有江苏、浙江、天津）仅在提供登记机关出具的变更证明时允许。",
            fix="请注销后重新备案，或上传名称变更证明。",
        ),
    ),
    examples=(
        _example("Beijing: a new name and a new number", True, "BJ", "京"),
        _example("Beijing: the certificate does not help", True, "BJ", "京", certificate=True),
        _example("Beijing: the name alone", False, "BJ", "京", number=False),
        _example("Beijing: the number alone (ORDER_FIELD_NOT_EDITABLE's)", False, "BJ", "京", name=False),
        _example("Anhui: both changed", True, "AH", "皖"),
        _example("Shanxi: the filed name is a registered former name", False, "SX", "晋", **_FORMER),
        _example("Shanxi: former names that do not hold the filed name", True, "SX", "晋", **_UNRELATED),
        _example("Shanxi: no former names given", False, "SX", "晋"),
        _example("Shandong: without the name change certificate", True, "SD", "鲁"),
        _example("Shandong: with it", False, "SD", "鲁", certificate=True),
        _example("Inner Mongolia: without the certificate", True, "NM", "蒙"),
        _example("Jiangsu (third-party pages): a warning", True, "JS", "苏", severity="warning"),
        _example("Zhejiang (third-party pages): with the certificate", False, "ZJ", "浙", certificate=True),
        _example("Henan documents nothing", False, "HA", "豫"),
        Example("Beijing: a new-website order is no change", fires=False, province="BJ",
                changes={**_renamed("BJ", "京"), "order.type": "new_website"}, registry=_filed("BJ", "京")),
        Example("Beijing: no registry", fires=False, province="BJ", changes=_renamed("BJ", "京")),
        Example("Beijing: nothing filed under the number", fires=False, province="BJ",
                changes={**_renamed("BJ", "京"), "entity.filing_number": "京ICP备2024000888号"},
                registry=_filed("BJ", "京")),
    ),
)

RULES = (ENTITY_STATUS_ABNORMAL, ENTITY_NAME_REGISTRY_MISMATCH, ENTITY_CERT_ADDRESS_MISMATCH, LICENCE_NOT_LATEST,
         ENTITY_INDIVIDUAL_BUSINESS_FORM, ENTITY_MAILING_ADDRESS_OUTSIDE_REGION, ENTITY_NAME_AND_CERT_CHANGED)

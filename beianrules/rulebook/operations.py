"""National rules about what an order's state allows (submit, withdraw, abandon, modify).

What each state allows, as the sources say it (SEED:L4, L6, L14; TC-CANCEL;
HW-S6), and nothing beyond:

| status | withdraw (撤销) | abandon (放弃) | modify (修改) | submit |
|---|---|---|---|---|
| draft, rejected | — | allowed | allowed | one order per entity in flight |
| provider_review | not cancellations | allowed | withdraw first | one order per entity in flight |
| authority_review | no | not cancellations | no (cannot be withdrawn) | one order per entity in flight |
| approved, abandoned | — | nothing in progress | nothing in progress | — |

Where no source says whether an operation is allowed (abandoning an ordinary
order at the bureau, withdrawing a draft) the rules stay silent. A change
order may not alter what has no edit entry (ORDER_FIELD_NOT_EDITABLE, facts in
:mod:`beianrules.facts.entity`).
"""

from typing import Any

from beianrules.declaration import (
    Condition,
    Doc,
    DocZh,
    Example,
    Ref,
    Rule,
    Text,
    any_of,
    fact,
    when,
)
from beianrules.examples import order_itself as _itself
from beianrules.examples import own_filing as _filed

_NUMBER = "浙ICP备2023000777号"  # the other entity's number in the Zhejiang examples
_OTHER_CERTIFICATE = "91330106MA1XC4D5XX"  # a certificate number the base entity does not have
_OTHER_SD_CERTIFICATE = "91370102MA1XC4D5XX"
_OTHER_SX_CERTIFICATE = "91140105MA1XC4D5XX"
_OTHER_BJ_CERTIFICATE = "91110105MA1XC4D5XX"
_NAME_CHANGE_CERTIFICATE = {"type": "name_change_certificate", "file": "name_change_certificate.pdf",
                            "size_bytes": 312345, "for": "entity"}


def _in_flight(status: str, order_id: str | None) -> dict[str, Any]:
    """Registry changes: another order of the base entity (no filing number yet) at ``status``."""
    return _itself(**{"order.status": status, "order.id": order_id, "order.type": "new_filing"})

ORDER_WITHDRAW_IN_BUREAU_REVIEW = Rule(
    code="ORDER_WITHDRAW_IN_BUREAU_REVIEW",
    kind="operation_blocked",
    modes=frozenset({"operation"}),
    conditions=when(fact("order", "order", operation="withdraw", status="authority_review")),
    paths=(Ref("order", "operation_path"), Ref("order", "status_path")),
    evidence={"status": Ref("order", "status")},
    message=Text(
        zh="订单处于“管局审核中”，无法撤销。",
        en="The order is under the bureau's review and cannot be withdrawn.",
    ),
    remedy=Text(
        zh="请等待管局审核结果；如被驳回，可修改后重新提交。",
        en="Wait for the bureau's decision; if it is rejected, correct and resubmit.",
    ),
    doc=Doc(
        what="`order.operation` is `withdraw` while `order.status` is `authority_review`.",
        why="An order at the bureau (管局审核中) cannot be withdrawn (撤销).",
        fix="Wait for the bureau's result.",
        sources=("SEED:L4",),
        zh=DocZh(
            what="`order.status` 为 `authority_review` 时，`order.operation` 为 `withdraw`。",
            why="处于管局审核中的订单不能撤销。",
            fix="请等待管局审核结果。",
        ),
    ),
    examples=(
        Example("withdraw during bureau review", fires=True, paths=("order.operation", "order.status"),
                changes={"order.status": "authority_review", "order.operation": "withdraw",
                         "order.submitted_to_provider_on": "2026-11-20",
                         "order.submitted_to_authority_on": "2026-11-26"}),
        Example("withdraw during the provider's review", fires=False,
                changes={"order.status": "provider_review", "order.operation": "withdraw",
                         "order.submitted_to_provider_on": "2026-11-20"}),
        Example("submit during bureau review", fires=False,
                changes={"order.status": "authority_review", "order.submitted_to_authority_on": "2026-11-26"}),
    ),
)

ORDER_CANCEL_TYPES_NOT_WITHDRAWABLE = Rule(
    code="ORDER_CANCEL_TYPES_NOT_WITHDRAWABLE",
    kind="operation_blocked",
    modes=frozenset({"operation"}),
    conditions=when(fact("order", "order", operation="withdraw", is_cancellation=True)),
    paths=(Ref("order", "operation_path"), Ref("order", "type_path")),
    evidence={"type": Ref("order", "type")},
    message=Text(
        zh="“{type:order_type}”订单无法撤销：“取消接入”“注销网站”“注销APP”“注销主体”类订单在任何阶段都不能撤销。",
        en="This {type:order_type} order cannot be withdrawn: cancellation orders cannot be withdrawn at any stage.",
    ),
    remedy=Text(
        zh="如需终止，请在提交管局前“放弃备案”（删除进行中的订单）。",
        en="To stop it, abandon the order (放弃备案) before it is sent to the bureau.",
    ),
    doc=Doc(
        what="`order.operation` is `withdraw` and `order.type` is `cancel_access`, `cancel_website`, "
             "`cancel_app` or `cancel_entity`, in any state.",
        why="Cancellation orders cannot be withdrawn at any stage; they can only be abandoned (放弃备案), "
            "and once sent to the bureau they cannot be revoked.",
        fix="Abandon the order before bureau submission.",
        sources=("SEED:L4", "TC-CANCEL"),
        zh=DocZh(
            what="`order.operation` 为 `withdraw`，且 `order.type` 为 `cancel_access`、`cancel_website`、`cancel_app` "
                 "或 `cancel_entity`，无论订单处于何种状态。",
            why="取消接入、注销类订单在任何阶段都不能撤销，只能放弃备案；一旦提交管局，就无法再撤回。",
            fix="请在提交管局前放弃备案。",
        ),
    ),
    examples=(
        Example("withdraw a cancel-website order", fires=True, paths=("order.operation", "order.type"),
                changes={"order.type": "cancel_website", "order.operation": "withdraw",
                         "order.status": "provider_review"}),
        Example("withdraw a cancel-entity draft", fires=True, paths=("order.operation", "order.type"),
                changes={"order.type": "cancel_entity", "order.operation": "withdraw"}),
        Example("abandon a cancel-access order", fires=False,
                changes={"order.type": "cancel_access", "order.operation": "abandon",
                         "order.status": "provider_review"}),
        Example("withdraw a change order", fires=False,
                changes={"order.type": "change", "order.operation": "withdraw", "order.status": "provider_review"}),
    ),
)

_NOT_EDITABLE_FIELDS = ("certificate_type", "certificate_number", "entity_type", "province")

def _not_editable(field: str) -> tuple[Condition, ...]:
    # FORMAT 1.1 ENTITY_NAME_AND_CERT_CHANGED: where the bureau's allowance holds, the certificate number may change.
    allowance = {"change_allowed": False} if field == "certificate_number" else {}
    return when(fact("order", "order", type="change", submits_content=True),
                fact("filed_difference", "diff", field=field, differs_from_filing=True, **allowance))


ORDER_FIELD_NOT_EDITABLE = Rule(
    code="ORDER_FIELD_NOT_EDITABLE",
    kind="operation_blocked",
    reads=("name_and_certificate_change",),
    conditions=any_of(*(_not_editable(field) for field in _NOT_EDITABLE_FIELDS)),
    paths=(Ref("diff", "path"),),
    evidence={"field": Ref("diff", "field")},
    message=Text(
        zh="变更备案不能修改{field:compared_field}：本单与该主体已备案的信息不同，而该项没有修改入口。",
        en="A change order cannot alter the {field:compared_field}: it differs from the entity's filing, and the field "
           "has no edit entry.",
    ),
    remedy=Text(
        zh="对于没有修改入口的信息，系统不支持修改。如需修改，请单击“放弃备案”，并新建备案申请。",
        en="Fields without an edit entry cannot be changed. To change it, abandon this order (放弃备案) and "
           "create a new filing application.",
    ),
    doc=Doc(
        what="A `change` order being submitted or modified gives a certificate type, certificate number, "
             "`entity.type` or `order.province` that differs from every approved filing of the entity in the "
             "registry. The filing is found by the order's `entity.filing_number` (蜀/川 etc. alike) when it "
             "gives one, else by its certificate (then the certificate cannot differ, but the type and province "
             "can). Only approved documents are the filing: orders in flight or rejected, the order itself "
             "among them, are not. Silent without a registry, when no approved filing is found, and when the "
             "order is being withdrawn or abandoned (abandoning is the remedy). Note: RULE-CATALOG §1.1 "
             "ENTITY_NATURE_CHANGE_RULES reports that GD and HN (2018) allow personal ↔ unit changes; "
             "REASONS.md lists `type` as not editable everywhere, and this rule follows REASONS.md. FORMAT 1.1: "
             "the certificate number may change where the bureau's allowance of ENTITY_NAME_AND_CERT_CHANGED "
             "holds (`name_and_certificate_change`): in SX when a filed name is among the order's "
             "`business_registration.former_names`; in SD, NM and — on third-party pages — JS, ZJ, TJ when a "
             "`name_change_certificate` counts for `entity`. Reading: the allowance holds whether or not the "
             "name changes too (a 注册号 replaced by the USCC under an unchanged name is the common case).",
        why="Fields without an edit entry (修改入口) cannot be modified in the order; the system does not "
            "support it. The certificate identifies the entity, and the bureau is the one of its province.",
        fix="Abandon the order and create a new one (or cancel and refile).",
        sources=("SEED:L4",),
        zh=DocZh(
            what="正在提交或修改的 `change` 订单所填的证件类型、证件号码、`entity.type` 或 `order.province`，"
                 "与备案库中该主体的每一份已通过的备案都不同。订单填写了 `entity.filing_number` "
                 "时按该备案号查找备案（蜀/川等视为相同），否则按证件查找（此时证件不可能不同，"
                 "但主体性质和省份可能不同）。只有已通过的文档才算备案：进行中或被驳回的订单（包括本订单自身）都不算。"
                 "以下情况不触发：没有备案库，找不到已通过的备案，以及订单正在撤销或放弃（放弃备案正是处理办法）。注："
                 "RULE-CATALOG §1.1 ENTITY_NATURE_CHANGE_RULES 记载 GD 和 HN（2018）允许个人 ↔ 单位之间的变更；"
                 "REASONS.md 将 `type` 列为各地均不可修改，本规则以 REASONS.md 为准。FORMAT 1.1：在该管局 "
                 "ENTITY_NAME_AND_CERT_CHANGED 的允许条件（`name_and_certificate_change`）成立时，证件号码可以变更："
                 "SX 为某个已备案的名称在订单的 `business_registration.former_names` 之中；SD、NM "
                 "以及——据第三方页面——JS、ZJ、TJ 为附件中有算作 `entity` 的 `name_change_certificate`。解读："
                 "无论名称是否同时变更，允许条件都成立（名称不变、以统一社会信用代码替换注册号是常见情形）。",
            why="没有修改入口的信息不能在订单中修改，系统不支持。证件标识主体，而受理的管局是其所在省份的管局。",
            fix="请放弃该订单并新建备案申请（或注销后重新备案）。",
        ),
    ),
    examples=(
        Example("a change order with another certificate number, found by filing number", fires=True,
                paths=("entity.certificate.number",),
                changes={"order.type": "change", "entity.filing_number": _NUMBER,
                         "entity.certificate.number": _OTHER_CERTIFICATE},
                registry=(_filed(),)),
        Example("a change order with another certificate type", fires=True, paths=("entity.certificate.type",),
                changes={"order.type": "change", "entity.filing_number": _NUMBER,
                         "entity.certificate.type": "organization_code"},
                registry=(_filed(),)),
        Example("a change order with another entity type, found by certificate", fires=True, paths=("entity.type",),
                changes={"order.type": "change", "entity.type": "other_organization"},
                registry=(_filed(),)),
        Example("a change order moving to another province", fires=True, paths=("order.province",),
                changes={"order.type": "change", "order.status": "rejected", "order.operation": "modify",
                         "entity.filing_number": _NUMBER, "order.province": "JS"},
                registry=(_filed(),)),
        Example("a change order changing the name only", fires=False,
                changes={"order.type": "change", "entity.filing_number": _NUMBER,
                         "entity.name": "杭州示例网络有限公司"},
                registry=(_filed(), _itself(**{"order.type": "change", "order.status": "provider_review",
                                                "entity.filing_number": _NUMBER,
                                                "entity.name": "杭州示例网络有限公司"}))),
        Example("abandoning the change order", fires=False,
                changes={"order.type": "change", "order.operation": "abandon", "entity.filing_number": _NUMBER,
                         "entity.certificate.number": _OTHER_CERTIFICATE},
                registry=(_filed(),)),
        Example("the registry holds only the order itself", fires=False,
                changes={"order.type": "change", "entity.filing_number": _NUMBER,
                         "entity.certificate.number": _OTHER_CERTIFICATE},
                registry=(_itself(**{"order.type": "change", "order.status": "provider_review",
                                     "entity.filing_number": _NUMBER,
                                     "entity.certificate.number": _OTHER_CERTIFICATE}),)),
        Example("the filing number is not in the registry", fires=False,
                changes={"order.type": "change", "entity.filing_number": "浙ICP备2024000888号",
                         "entity.type": "other_organization"},
                registry=(_filed(),)),
        Example("a new-website order is not a change", fires=False,
                changes={"order.type": "new_website", "entity.filing_number": _NUMBER,
                         "entity.type": "other_organization"},
                registry=(_filed(),)),
        Example("no registry given", fires=False,
                changes={"order.type": "change", "entity.filing_number": _NUMBER,
                         "entity.certificate.number": _OTHER_CERTIFICATE}),
        Example("1.1 Shandong: the name change certificate allows the new number", fires=False, province="SD",
                changes={"order.type": "change", "entity.filing_number": "鲁ICP备2023000777号",
                         "entity.certificate.number": _OTHER_SD_CERTIFICATE,
                         "attachments": [_NAME_CHANGE_CERTIFICATE]},
                registry=(_filed("鲁ICP备2023000777号"),)),
        Example("1.1 Shandong: without it the number is not editable", fires=True, province="SD",
                paths=("entity.certificate.number",),
                changes={"order.type": "change", "entity.filing_number": "鲁ICP备2023000777号",
                         "entity.certificate.number": _OTHER_SD_CERTIFICATE},
                registry=(_filed("鲁ICP备2023000777号"),)),
        Example("1.1 Shandong: the certificate does not make the entity type editable", fires=True, province="SD",
                paths=("entity.type",),
                changes={"order.type": "change", "entity.filing_number": "鲁ICP备2023000777号",
                         "entity.type": "other_organization", "attachments": [_NAME_CHANGE_CERTIFICATE]},
                registry=(_filed("鲁ICP备2023000777号"),)),
        Example("1.1 Shanxi: the filed name is a registered former name", fires=False, province="SX",
                changes={"order.type": "change", "entity.filing_number": "晋ICP备2023000777号",
                         "entity.name": "太原示例数字科技有限公司",
                         "entity.certificate.number": _OTHER_SX_CERTIFICATE,
                         "entity.business_registration": {"retrieved_on": "2026-11-27",
                                                          "former_names": ["太原示例科技有限公司"]}},
                registry=(_filed("晋ICP备2023000777号"),)),
        Example("1.1 Shanxi: former names that do not hold the filed name", fires=True, province="SX",
                paths=("entity.certificate.number",),
                changes={"order.type": "change", "entity.filing_number": "晋ICP备2023000777号",
                         "entity.certificate.number": _OTHER_SX_CERTIFICATE,
                         "entity.business_registration": {"retrieved_on": "2026-11-27",
                                                          "former_names": ["太原旧名贸易有限公司"]}},
                registry=(_filed("晋ICP备2023000777号"),)),
        Example("1.1 Beijing allows nothing: the certificate does not help", fires=True, province="BJ",
                paths=("entity.certificate.number",),
                changes={"order.type": "change", "entity.filing_number": "京ICP备2023000777号",
                         "entity.certificate.number": _OTHER_BJ_CERTIFICATE,
                         "attachments": [_NAME_CHANGE_CERTIFICATE]},
                registry=(_filed("京ICP备2023000777号"),)),
        Example("1.1 Shandong: a certificate without `for` counts for the entity", fires=False, province="SD",
                changes={"order.type": "change", "entity.filing_number": "鲁ICP备2023000777号",
                         "entity.certificate.number": _OTHER_SD_CERTIFICATE,
                         "attachments": [{**_NAME_CHANGE_CERTIFICATE, "for": None}]},
                registry=(_filed("鲁ICP备2023000777号"),)),
    ),
)

ORDER_ONE_IN_FLIGHT = Rule(
    code="ORDER_ONE_IN_FLIGHT",
    kind="operation_blocked",
    # Submitting a cancellation is submitting an order too; approved filings submit nothing.
    modes=frozenset({"order", "operation"}),
    conditions=when(fact("order", "order", operation="submit"),
                    fact("entity_filings", "filings", other_order_in_flight=True)),
    paths=(Ref("order", "operation_path"),),
    evidence={"order_id": Ref("filings", "in_flight_order_id"),
              "status": Ref("filings", "in_flight_status")},
    message=Text(
        zh="该主体已有进行中的备案订单（{order_id}，{status:order_status}）；同一主体一次只能提交一个备案订单，审核期间不能提交新的备案。",
        en="The entity already has an order in progress ({order_id}, {status:order_status}); an entity may submit only "
           "one order at a time, and none while another is under review.",
    ),
    remedy=Text(
        zh="请继续完成正在备案中的订单，或先放弃该订单（放弃备案），再提交本订单。",
        en="Finish the order in progress, or abandon it (放弃备案), then submit this one.",
    ),
    doc=Doc(
        what="`order.operation` is `submit` and the registry holds another order of the same entity — sharing "
             "the certificate (type + number) or the entity filing number — in `provider_review` or "
             "`authority_review`. Orders are told apart by `order.id`: a document with the same id is the order "
             "itself; when either id is missing the document may be the order itself, so it blocks nothing. "
             "Another entity's orders never block. Not checked on approved filings; silent without a registry.",
        why="Under one entity only one filing order can be submitted at a time; during review no new order may "
            "be submitted (different entities are not affected). Providers hide the filing entries while an "
            "order is in progress.",
        fix="Finish or abandon (放弃) the existing order.",
        sources=("SEED:L6", "SEED:L14", "TC-SITE", "TC-CAN", "AL-ORDER", "HW-KB(doc_0028)", "KEPAI-3P"),
        zh=DocZh(
            what="`order.operation` 为 `submit`，且备案库中有同一主体——证件（类型 + 号码）"
                 "或主体备案号相同——的另一份订单处于 `provider_review` 或 `authority_review`。订单以 `order.id` 区分："
                 "id 相同的文档就是本订单自身；任一方缺少 id 时，该文档可能就是本订单，因此不阻止任何操作。"
                 "其他主体的订单从不构成阻止。已通过的备案不检查；没有备案库时不触发。",
            why="同一主体一次只能提交一个备案订单；审核期间不能提交新的订单（不同主体之间互不影响）。"
                "有订单正在备案中时，接入商会隐藏备案入口。",
            fix="请完成或放弃（放弃备案）现有的订单。",
        ),
    ),
    examples=(
        Example("another order of the entity under the provider's review", fires=True, paths=("order.operation",),
                registry=(_in_flight("provider_review", "EX-ZJ-0"),)),
        Example("another order of the entity at the bureau, found by filing number", fires=True,
                paths=("order.operation",),
                changes={"order.type": "new_website", "entity.filing_number": _NUMBER},
                registry=(_filed(), _filed(**{"order.status": "authority_review", "order.id": "REG-ZJ-2",
                                               "order.type": "change",
                                               "entity.certificate.number": _OTHER_CERTIFICATE}))),
        Example("the registry holds the order itself under review and the entity's filing", fires=False,
                changes={"order.type": "new_website", "order.status": "provider_review",
                         "entity.filing_number": _NUMBER},
                registry=(_filed(), _itself(**{"order.type": "new_website", "order.status": "provider_review",
                                                "entity.filing_number": _NUMBER}))),
        Example("another company's order under review", fires=False,
                registry=({"order.status": "authority_review", "order.id": "REG-ZJ-2",
                           "entity.filing_number": None, "websites[0].filing_number": None},)),
        Example("the entity's other orders are finished", fires=False,
                registry=(_in_flight("rejected", "EX-ZJ-0"), _in_flight("abandoned", "EX-ZJ-00"))),
        Example("an order in flight without an id may be this one", fires=False,
                registry=(_in_flight("provider_review", None),)),
        Example("abandoning, not submitting", fires=False,
                changes={"order.operation": "abandon"},
                registry=(_in_flight("provider_review", "EX-ZJ-0"),)),
        Example("no registry given", fires=False),
    ),
)

ORDER_ABANDON_NOT_IN_PROGRESS = Rule(
    code="ORDER_ABANDON_NOT_IN_PROGRESS",
    kind="operation_blocked",
    modes=frozenset({"operation"}),
    conditions=any_of(when(fact("order", "order", operation="abandon", status="approved")),
                      when(fact("order", "order", operation="abandon", status="abandoned"))),
    paths=(Ref("order", "operation_path"), Ref("order", "status_path")),
    evidence={"status": Ref("order", "status")},
    message=Text(
        zh="订单状态为“{status:order_status}”，不是正在备案中的订单，无法放弃备案。",
        en="The order is {status:order_status}, not in progress, so it cannot be abandoned.",
    ),
    remedy=Text(
        zh="放弃备案仅用于删除正在备案中的订单；已通过的备案如需撤下，请办理取消接入、注销网站/APP或注销主体；已放弃的订单无需再操作。",
        en="Abandoning deletes an order in progress only. To take down an approved filing, file an access, "
           "website/APP or entity cancellation; an abandoned order needs nothing more.",
    ),
    doc=Doc(
        what="`order.operation` is `abandon` while `order.status` is `approved` or `abandoned`.",
        why="Abandoning (放弃备案) means deleting an order that is in progress (正在备案中的订单); an approved "
            "filing is ended by a cancellation order, and an abandoned order is already gone.",
        fix="File a cancellation for an approved filing; nothing for an abandoned order.",
        sources=("SEED:L4",),
        zh=DocZh(
            what="`order.status` 为 `approved` 或 `abandoned` 时，`order.operation` 为 `abandon`。",
            why="放弃备案是删除正在备案中的订单；已通过的备案须通过取消接入或注销类订单终止，已放弃的订单则已不存在。",
            fix="已通过的备案请办理取消接入或注销；已放弃的订单无需处理。",
        ),
    ),
    examples=(
        Example("abandon an approved filing", fires=True, paths=("order.operation", "order.status"),
                changes={"order.status": "approved", "order.operation": "abandon", "entity.filing_number": _NUMBER}),
        Example("abandon an abandoned order", fires=True, paths=("order.operation", "order.status"),
                changes={"order.status": "abandoned", "order.operation": "abandon"}),
        Example("abandon an order under the provider's review", fires=False,
                changes={"order.status": "provider_review", "order.operation": "abandon"}),
        Example("abandon a rejected order", fires=False,
                changes={"order.status": "rejected", "order.operation": "abandon"}),
        Example("abandon a draft", fires=False, changes={"order.operation": "abandon"}),
    ),
)

ORDER_CANCEL_AT_BUREAU_IRREVOCABLE = Rule(
    code="ORDER_CANCEL_AT_BUREAU_IRREVOCABLE",
    kind="operation_blocked",
    modes=frozenset({"operation"}),
    conditions=when(fact("order", "order", operation="abandon", status="authority_review", is_cancellation=True)),
    paths=(Ref("order", "operation_path"), Ref("order", "status_path")),
    evidence={"type": Ref("order", "type")},
    message=Text(
        zh="“{type:order_type}”订单已提交管局，无法撤回或放弃。",
        en="The {type:order_type} order has been sent to the bureau and can no longer be revoked or abandoned.",
    ),
    remedy=Text(
        zh="请等待管局审核结果；如仍需保留该备案，审核通过后请重新办理备案或接入。",
        en="Wait for the bureau's decision; to keep the filing after all, file it (or its access) again "
           "once the cancellation is through.",
    ),
    doc=Doc(
        what="`order.operation` is `abandon`, `order.type` is `cancel_access`, `cancel_website`, `cancel_app` or "
             "`cancel_entity`, and `order.status` is `authority_review`. (Withdrawing a cancellation is "
             "ORDER_CANCEL_TYPES_NOT_WITHDRAWABLE at any stage; abandoning an ordinary order at the bureau is "
             "not documented either way, so it is not checked.)",
        why="A cancellation not yet sent to the bureau can be abandoned; once sent, it cannot be revoked.",
        fix="Wait for the bureau's result; refile if needed.",
        sources=("TC-CANCEL", "SEED:L4"),
        zh=DocZh(
            what="`order.operation` 为 `abandon`，`order.type` 为 `cancel_access`、`cancel_website`、`cancel_app` 或 "
                 "`cancel_entity`，且 `order.status` 为 `authority_review`。（撤销取消接入、"
                 "注销类订单在任何阶段都属于 ORDER_CANCEL_TYPES_NOT_WITHDRAWABLE；在管局审核中放弃普通订单是否允许，"
                 "来源没有任何说明，因此不检查。）",
            why="尚未提交管局的取消接入、注销类订单可以放弃；一旦提交，就无法撤回。",
            fix="请等待管局审核结果；如有需要，再重新备案。",
        ),
    ),
    examples=(
        Example("abandon a website cancellation at the bureau", fires=True, paths=("order.operation", "order.status"),
                changes={"order.type": "cancel_website", "order.status": "authority_review",
                         "order.operation": "abandon", "order.submitted_to_authority_on": "2026-11-26"}),
        Example("abandon a website cancellation at the provider", fires=False,
                changes={"order.type": "cancel_website", "order.status": "provider_review",
                         "order.operation": "abandon"}),
        Example("abandon an ordinary order at the bureau (not documented)", fires=False,
                changes={"order.status": "authority_review", "order.operation": "abandon",
                         "order.submitted_to_authority_on": "2026-11-26"}),
    ),
)

ORDER_EDIT_AFTER_PROVIDER_SUBMIT = Rule(
    code="ORDER_EDIT_AFTER_PROVIDER_SUBMIT",
    kind="operation_blocked",
    conditions=when(fact("order", "order", operation="modify", status="provider_review")),
    paths=(Ref("order", "operation_path"), Ref("order", "status_path")),
    evidence={"status": Ref("order", "status")},
    message=Text(
        zh="订单处于“{status:order_status}”，已提交接入商初审，不能直接修改。",
        en="The order is {status:order_status}: once submitted to the provider it cannot be edited directly.",
    ),
    remedy=Text(
        zh="请先撤销订单，修改后重新提交（取消接入、注销类订单无法撤销，只能放弃后新建）。",
        en="Withdraw the order, edit it and submit it again (a cancellation order cannot be withdrawn: abandon "
           "it and create a new one).",
    ),
    doc=Doc(
        what="`order.operation` is `modify` while `order.status` is `provider_review`.",
        why="Once an order is submitted to the provider's initial review (and not yet to the bureau), it must be "
            "withdrawn before it can be edited.",
        fix="Withdraw, edit, resubmit.",
        sources=("HW-S6",),
        zh=DocZh(
            what="`order.status` 为 `provider_review` 时，`order.operation` 为 `modify`。",
            why="订单提交接入商初审后（尚未提交管局），须先撤销才能修改。",
            fix="请撤销订单，修改后重新提交。",
        ),
    ),
    examples=(
        Example("modify during the provider's review", fires=True, paths=("order.operation", "order.status"),
                changes={"order.status": "provider_review", "order.operation": "modify",
                         "order.submitted_to_provider_on": "2026-11-20"}),
        Example("modify a draft", fires=False, changes={"order.operation": "modify"}),
        Example("modify a rejected order", fires=False,
                changes={"order.status": "rejected", "order.operation": "modify"}),
        Example("withdraw during the provider's review", fires=False,
                changes={"order.status": "provider_review", "order.operation": "withdraw"}),
    ),
)

ORDER_EDIT_IN_BUREAU_REVIEW = Rule(
    code="ORDER_EDIT_IN_BUREAU_REVIEW",
    kind="operation_blocked",
    conditions=when(fact("order", "order", operation="modify", status="authority_review")),
    paths=(Ref("order", "operation_path"), Ref("order", "status_path")),
    evidence={"status": Ref("order", "status")},
    message=Text(
        zh="订单处于“{status:order_status}”，无法修改：修改前须先撤销，而管局审核中的订单无法撤销。",
        en="The order is {status:order_status} and cannot be edited: editing needs a withdrawal first, and an order at "
           "the bureau cannot be withdrawn.",
    ),
    remedy=Text(
        zh="请等待管局审核结果；如被驳回，可修改后重新提交。",
        en="Wait for the bureau's decision; if it is rejected, correct and resubmit.",
    ),
    doc=Doc(
        what="`order.operation` is `modify` while `order.status` is `authority_review`.",
        why="An order submitted for review must be withdrawn before it is edited (HW-S6), and an order at the "
            "bureau (管局审核中) cannot be withdrawn (SEED:L4).",
        fix="Wait for the bureau's result.",
        sources=("SEED:L4", "HW-S6"),
        zh=DocZh(
            what="`order.status` 为 `authority_review` 时，`order.operation` 为 `modify`。",
            why="已提交审核的订单须先撤销才能修改（HW-S6），而管局审核中的订单无法撤销（SEED:L4）。",
            fix="请等待管局审核结果。",
        ),
    ),
    examples=(
        Example("modify during bureau review", fires=True, paths=("order.operation", "order.status"),
                changes={"order.status": "authority_review", "order.operation": "modify",
                         "order.submitted_to_authority_on": "2026-11-26"}),
        Example("modify during the provider's review (another rule)", fires=False,
                changes={"order.status": "provider_review", "order.operation": "modify"}),
        Example("submit during bureau review", fires=False,
                changes={"order.status": "authority_review", "order.submitted_to_authority_on": "2026-11-26"}),
    ),
)

ORDER_EDIT_NOT_IN_PROGRESS = Rule(
    code="ORDER_EDIT_NOT_IN_PROGRESS",
    kind="operation_blocked",
    conditions=any_of(when(fact("order", "order", operation="modify", status="approved")),
                      when(fact("order", "order", operation="modify", status="abandoned"))),
    paths=(Ref("order", "operation_path"), Ref("order", "status_path")),
    evidence={"status": Ref("order", "status")},
    message=Text(
        zh="订单状态为“{status:order_status}”，不是正在备案中的订单，无法修改。",
        en="The order is {status:order_status}, not in progress, so it cannot be edited.",
    ),
    remedy=Text(
        zh="已通过的备案信息如需修改，请提交变更备案；已放弃的订单已删除，请新建备案申请。",
        en="To change an approved filing, submit a change order; an abandoned order is deleted — create a new "
           "application.",
    ),
    doc=Doc(
        what="`order.operation` is `modify` while `order.status` is `approved` or `abandoned`.",
        why="Only an order in progress can be edited: abandoning deletes the order (放弃备案), and filed "
            "information is changed through a change filing (变更备案).",
        fix="File a change for an approved filing; create a new order instead of an abandoned one.",
        sources=("SEED:L4", "ZJCA", "HW-KB(doc_0173)"),
        zh=DocZh(
            what="`order.status` 为 `approved` 或 `abandoned` 时，`order.operation` 为 `modify`。",
            why="只有正在备案中的订单才能修改：放弃备案会删除订单，已备案的信息须通过变更备案修改。",
            fix="已通过的备案请提交变更备案；已放弃的订单请改为新建备案申请。",
        ),
    ),
    examples=(
        Example("modify an approved filing", fires=True, paths=("order.operation", "order.status"),
                changes={"order.status": "approved", "order.operation": "modify", "entity.filing_number": _NUMBER}),
        Example("modify an abandoned order", fires=True, paths=("order.operation", "order.status"),
                changes={"order.status": "abandoned", "order.operation": "modify"}),
        Example("a change order for an approved filing is submitted", fires=False,
                changes={"order.type": "change", "entity.filing_number": _NUMBER}),
        Example("modify a draft", fires=False, changes={"order.operation": "modify"}),
    ),
)

RULES = (
    ORDER_WITHDRAW_IN_BUREAU_REVIEW,
    ORDER_CANCEL_TYPES_NOT_WITHDRAWABLE,
    ORDER_FIELD_NOT_EDITABLE,
    ORDER_ONE_IN_FLIGHT,
    ORDER_ABANDON_NOT_IN_PROGRESS,
    ORDER_CANCEL_AT_BUREAU_IRREVOCABLE,
    ORDER_EDIT_AFTER_PROVIDER_SUBMIT,
    ORDER_EDIT_IN_BUREAU_REVIEW,
    ORDER_EDIT_NOT_IN_PROGRESS,
)

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
    Doc,
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

ORDER_FIELD_NOT_EDITABLE = Rule(
    code="ORDER_FIELD_NOT_EDITABLE",
    kind="operation_blocked",
    conditions=any_of(*(
        when(fact("order", "order", type="change", submits_content=True),
             fact("filed_difference", "diff", field=field, differs_from_filing=True))
        for field in _NOT_EDITABLE_FIELDS
    )),
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
             "REASONS.md lists `type` as not editable everywhere, and this rule follows REASONS.md.",
        why="Fields without an edit entry (修改入口) cannot be modified in the order; the system does not "
            "support it. The certificate identifies the entity, and the bureau is the one of its province.",
        fix="Abandon the order and create a new one (or cancel and refile).",
        sources=("SEED:L4",),
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

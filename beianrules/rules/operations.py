"""National rules about what an order's state allows (withdraw, abandon, submit)."""

from beianrules.rules.declaration import Doc, Example, Ref, Rule, Text, fact, when

ORDER_WITHDRAW_IN_BUREAU_REVIEW = Rule(
    code="ORDER_WITHDRAW_IN_BUREAU_REVIEW",
    kind="operation_blocked",
    conditions=when(fact("order", "order", operation="withdraw", status="authority_review")),
    paths=(Ref("order", "operation_path"), Ref("order", "status_path")),
    evidence={"status": Ref("order", "status")},
    message=Text(
        zh="订单处于“管局审核中”（{status}），无法撤销。",
        en="The order is under bureau review ({status}) and cannot be withdrawn.",
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
        Example("withdraw during bureau review", fires=True,
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
    conditions=when(fact("order", "order", operation="withdraw", is_cancellation=True)),
    paths=(Ref("order", "operation_path"), Ref("order", "type_path")),
    evidence={"type": Ref("order", "type")},
    message=Text(
        zh="“取消接入”“注销网站”“注销APP”“注销主体”类订单（本单：{type}）无法撤销。",
        en="Cancellation orders (this one: {type}) cannot be withdrawn.",
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
        Example("withdraw a cancel-website order", fires=True,
                changes={"order.type": "cancel_website", "order.operation": "withdraw",
                         "order.status": "provider_review"}),
        Example("withdraw a cancel-entity draft", fires=True,
                changes={"order.type": "cancel_entity", "order.operation": "withdraw"}),
        Example("abandon a cancel-access order", fires=False,
                changes={"order.type": "cancel_access", "order.operation": "abandon",
                         "order.status": "provider_review"}),
        Example("withdraw a change order", fires=False,
                changes={"order.type": "change", "order.operation": "withdraw", "order.status": "provider_review"}),
    ),
)

RULES = (ORDER_WITHDRAW_IN_BUREAU_REVIEW, ORDER_CANCEL_TYPES_NOT_WITHDRAWABLE)

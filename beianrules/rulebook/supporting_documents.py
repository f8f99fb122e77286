"""Format-1.1 rules about province documents, pre-approval commitments and religion content (FORMAT 1.1
groups A, J): PREAPPROVAL_GD_FINANCE, PREAPPROVAL_XZ_RELIGION, TJ_CONTENT_STATEMENT, SH_COMMITMENT_LETTER,
XJ_PARTY_BUILDING_PROOF, QH_FIVE_IMAGES. Their facts: ``beianrules.facts.supporting_documents`` (and
``beianrules.facts.document_checks``' ``name_keyword`` for Guangdong's finance words).

Why the four province documents are rules here and not ``DocumentRequirement``s (walk-through 3 of
docs/adding-a-rule.md): the template needs a start date, which none of the catalog rows gives (Tianjin's
date is that of the page); it applies to every order type, while Xinjiang asks only first filings and new
sites or APPs, Qinghai only change orders and Tianjin and Shanghai exempt cancellations; and it makes
rejections, while Shanghai's row is advice. The example orders of TJ, SH and XJ carry these files
(``beianrules.examples``), so every other example of those provinces stays clean.
"""

import datetime as _dt
from typing import Any

from beianrules.declaration import Doc, DocZh, Effective, Example, Mode, Ref, Rule, Text, any_of, fact, when
from beianrules.examples import other, own
from beianrules.facts.document_checks import NATIONAL_KEYWORDS

_ORDERS: frozenset[Mode] = frozenset({"order"})
_NOT_CANCELLING = fact("order", "order", is_cancellation=False)


def _file(document: str, target: str | None = None) -> dict[str, Any]:
    """An attachment of type ``document`` whose ``for`` is ``target`` (None: not given)."""
    return {"type": document, "file": f"{document}.jpg", "size_bytes": 512345, "for": target}


def _with(*files: dict[str, Any]) -> Any:
    """The base document's attachments with ``files`` added (its province's own documents kept)."""
    return own("attachments", then=lambda attachments: [*attachments, *files])


def _registration(scope: str | None) -> dict[str, Any]:
    """A format-1.1 business registration snapshot with ``scope`` (None: not given)."""
    return {"retrieved_on": "2026-11-27", "business_scope": scope}


_APPROVED = {"order.status": "approved", "order.submitted_to_authority_on": "2026-10-01"}
_SCOPE = "entity.business_registration.business_scope"


# -- PREAPPROVAL_GD_FINANCE ----------------------------------------------------------------------

_GD_SINCE = _dt.date(2016, 6, 20)
_FINANCE_TERMS = " ".join(k.term + (f" (not followed by {'/'.join(k.not_followed_by)})" if k.not_followed_by else "")
                          for k in NATIONAL_KEYWORDS if k.industry == "finance")
_FINANCE_TERMS_ZH = "、".join(k.term + (f"（其后不接 {'/'.join(k.not_followed_by)}）" if k.not_followed_by else "")
                              for k in NATIONAL_KEYWORDS if k.industry == "finance")
_FINANCE_LETTER = _file("finance_commitment_letter")
_FINANCE_APPROVAL = {"industry": "finance", "number": "粤金监〔2026〕12号", "issued_by": "广东省地方金融管理局",
                     "valid_until": "2028-12-31", "attachment": "finance-approval.pdf"}
_GD_NAME = "广州示例金融信息服务有限公司"

PREAPPROVAL_GD_FINANCE = Rule(
    code="PREAPPROVAL_GD_FINANCE",
    kind="rejection",
    province="GD",
    modes=_ORDERS,
    effective=Effective(since=_GD_SINCE),
    conditions=when(fact("name_keyword", "text", industry="finance", entity_level=True, content_order=True,
                         declared=False, approved=False, finance_letter=False)),
    paths=(Ref("text", "path"),),
    evidence={"field": Ref("text", "field"), "name": Ref("text", "name"), "keywords": Ref("text", "keywords")},
    message=Text(
        zh="{field:keyword_field}「{name}」含有金融类关键词“{keywords}”，但订单未申报金融服务内容，也未上传广东管局"
           "要求的《承诺书》（承诺取得金融监管部门批准前不在网上提供金融服务）。",
        en="{field:keyword_field} “{name}” contains the finance keywords “{keywords}”, but the order declares no "
           "finance content and does not attach the commitment letter the Guangdong bureau asks for (not to offer "
           "financial services online before the financial regulator approves).",
    ),
    remedy=Text(
        zh="如从事互联网金融业务，请先取得金融监管部门的批准，在网站或APP中申报金融服务内容并上传审批文件；如不从事，"
           "请上传题为《承诺书》的承诺：写明在取得金融监管部门批准及通信管理局同意前不在网上提供金融服务，加盖公章"
           "并由法定代表人签字，附业务和网站情况说明及营业执照复印件。",
        en="If the business offers internet finance, first obtain the financial regulator's approval, declare the "
           "finance content on the website or APP and upload the approval; if not, attach a letter titled "
           "《承诺书》 promising to offer no financial service online before the financial regulator approves and "
           "the communications administration agrees, sealed and signed by the legal representative, with a "
           "description of the business and the websites and a copy of the licence.",
    ),
    doc=Doc(
        what="`order.province` is GD, the order is a content order (W2: `new_filing`, `new_website`, `new_app`, "
             "`change`), and `entity.name` — the 1.0 clause — or (format 1.1) "
             "`entity.business_registration.business_scope` contains (W5: NFKC, white space removed, Latin "
             f"letters case-folded) a finance keyword of RULE-CATALOG §3 ({_FINANCE_TERMS}; the national list "
             "of PREAPPROVAL_KEYWORD_SCREEN), no service of the order declares `finance` content (a service "
             "that does is PREAPPROVAL_MISSING's) or holds a `finance` pre-approval, and no "
             "`finance_commitment_letter` is attached (format 1.1; any copy, whatever its `for`). One reason "
             "per text (name, scope), at its path. In force from 2016-06-20 (TC-PROV). Silent: website and APP "
             "names (PREAPPROVAL_KEYWORD_SCREEN's), `new_access` and cancellation orders, the scope not given. "
             "Reading: orders only (`audit: no`) — the letter is a material the bureau checks when it receives "
             "the order. Reading: a service's `finance` pre-approval, whatever its state, counts like declared "
             "finance content (the row says only \"declares\"; the approval shows the business is approved). "
             "Reading: a `no_pre_approval_commitment` does not replace the letter, whose wording the bureau "
             "prescribes. Not checked: the letter's title, sentence, seal, signature and enclosures. In GD "
             "PREAPPROVAL_KEYWORD_SCREEN reports the same words as a warning unless the letter is attached.",
        why="Since 2016-06-20 the Guangdong bureau files an entity whose name or business points to internet "
            "finance only with the financial regulator's approval or a commitment letter not to offer financial "
            "services online before that approval (TC-PROV).",
        fix="Declare the finance content with its approval, or attach the commitment letter.",
        sources=("TC-PROV",),
        zh=DocZh(
            what="`order.province` 为 GD，订单为内容类订单（W2：`new_filing`、`new_website`、`new_app`、`change`），"
                 "`entity.name`（1.0 条款）或（格式 1.1）`entity.business_registration.business_scope` 含有（W5：NFKC、"
                 f"去除空白、拉丁字母不区分大小写）RULE-CATALOG §3 的金融类关键词（{_FINANCE_TERMS_ZH}；即 "
                 "PREAPPROVAL_KEYWORD_SCREEN 的全国词表），订单中没有任何服务申报 `finance` 内容（申报了的由 "
                 "PREAPPROVAL_MISSING 判断）或持有 `finance` 前置审批，且未附 `finance_commitment_letter`（格式 1.1；"
                 "任何一份均可，不论其 `for`）。每段文字（名称、经营范围）一条原因，位于其路径。自 2016-06-20 起施行"
                 "（TC-PROV）。不触发：网站和APP名称（属 PREAPPROVAL_KEYWORD_SCREEN）、`new_access` 和注销类订单、"
                 "未给出经营范围。解读：仅限订单（`audit: no`）——承诺书是管局收到订单时检查的材料。解读：服务的 "
                 "`finance` 前置审批无论状态如何，都与申报了金融内容同等对待（该行只说“申报”；"
                 "审批表明该业务已获批准）。解读：`no_pre_approval_commitment` 不能代替该承诺书，其措辞由管局规定。"
                 "不检查：承诺书的标题、语句、公章、签字和附件。在 GD，除非附有该承诺书，PREAPPROVAL_KEYWORD_SCREEN "
                 "会将相同的词语作为警告报告。",
            why="自 2016-06-20 起，广东管局对名称或业务指向互联网金融的主体，只有在其取得金融监管部门的批准，"
                "或承诺在取得该批准前不在网上提供金融服务时，才予以备案（TC-PROV）。",
            fix="申报金融服务内容并提供其审批，或附上承诺书。",
        ),
    ),
    examples=(
        Example("a Guangdong company named 金融, no letter", fires=True, province="GD", paths=("entity.name",),
                changes={"entity.name": _GD_NAME}),
        Example("the business scope names 投资管理", fires=True, province="GD", paths=(_SCOPE,),
                changes={"entity.business_registration": _registration("投资管理；企业管理咨询")}),
        Example("name and scope: one reason each", fires=True, province="GD", count=2,
                paths=(_SCOPE, "entity.name"),
                changes={"entity.name": _GD_NAME, "entity.business_registration": _registration("金融信息服务")}),
        Example("several finance words in one name: one reason", fires=True, province="GD", paths=("entity.name",),
                changes={"entity.name": "广州示例股权投资基金管理有限公司"}),
        Example("the finance commitment letter attached", fires=False, province="GD",
                changes={"entity.name": _GD_NAME, "entity.business_registration": _registration("金融信息服务"),
                         "attachments": _with(_FINANCE_LETTER)}),
        Example("the letter counts whatever its `for`", fires=False, province="GD",
                changes={"entity.name": _GD_NAME, "attachments": _with(_file("finance_commitment_letter", "entity"))}),
        Example("a no-pre-approval commitment is not the Guangdong letter", fires=True, province="GD",
                paths=("entity.name",),
                changes={"entity.name": _GD_NAME, "attachments": _with(_file("no_pre_approval_commitment"))}),
        Example("the website declares finance content: PREAPPROVAL_MISSING's", fires=False, province="GD",
                changes={"entity.name": _GD_NAME, "websites[0].content_categories": ["finance"]}),
        Example("an APP holds a finance approval", fires=False, province="GD",
                changes={"entity.name": _GD_NAME,
                         "apps": [{"name": "示例钱包", "platforms": ["android"], "package_names": ["cn.example.wallet"],
                                   "content_categories": ["tools"], "pre_approvals": [_FINANCE_APPROVAL]}]}),
        Example("a foundation (基金会) is no fund", fires=False, province="GD",
                changes={"entity.name": "广州示例公益基金会"}),
        Example("a website name with 理财 is not this rule's", fires=False, province="GD",
                changes={"websites[0].name": "示例理财资讯网"}),
        Example("Jiangsu's 融资 is not on the national list", fires=False, province="GD",
                changes={"entity.name": "广州示例融资租赁有限公司"}),
        Example("a scope without a finance word", fires=False, province="GD",
                changes={"entity.business_registration": _registration("软件开发；信息技术咨询服务")}),
        Example("a change order is checked", fires=True, province="GD", paths=("entity.name",),
                changes={"order.type": "change", "entity.filing_number": "粤ICP备2020000123号",
                         "entity.name": _GD_NAME}),
        Example("a new_access order copies the filed data", fires=False, province="GD",
                changes={"order.type": "new_access", "entity.filing_number": "粤ICP备2020000123号",
                         "entity.name": _GD_NAME}),
        Example("an approved filing is not judged", fires=False, province="GD",
                changes={**_APPROVED, "entity.name": _GD_NAME}),
        Example("checked on the start date", fires=True, province="GD", as_of="2016-06-20", paths=("entity.name",),
                changes={"entity.name": _GD_NAME}),
        Example("checked the day before the start date", fires=False, province="GD", as_of="2016-06-19",
                changes={"entity.name": _GD_NAME}),
        Example("a Zhejiang company named 金融 is not judged here", fires=False, province="ZJ",
                changes={"entity.name": "杭州示例金融信息服务有限公司"}),
    ),
)


# -- PREAPPROVAL_XZ_RELIGION ---------------------------------------------------------------------

_RELIGION_APPROVAL = {"industry": "religion", "number": "藏宗网〔2026〕001号",
                      "issued_by": "西藏自治区民族宗教事务委员会", "valid_until": "2029-12-31",
                      "attachment": "religion-licence.pdf"}
_RELIGION_APP = {"name": "示例经文", "platforms": ["android"], "package_names": ["cn.example.jingwen"],
                 "content_categories": ["religion"], "pre_approvals": []}
_RELIGION_SITE = {"websites[0].content_categories": ["company_homepage", "religion"]}

PREAPPROVAL_XZ_RELIGION = Rule(
    code="PREAPPROVAL_XZ_RELIGION",
    kind="rejection",
    province="XZ",
    conditions=when(fact("religion_claim", "claim", approved=False), _NOT_CANCELLING),
    paths=(Ref("claim", "path"),),
    evidence={"claim": Ref("claim", "claim"), "service": Ref("claim", "service_name")},
    message=Text(
        zh="西藏管局要求涉及宗教的互联网信息服务取得《互联网宗教信息服务许可证》：{claim:religion_claim}，"
           "但未提供宗教类前置审批。",
        en="The Tibet bureau requires the Internet religious information service licence for religion content: "
           "{claim:religion_claim}, but no religion pre-approval is given.",
    ),
    remedy=Text(
        zh="请取得《互联网宗教信息服务许可证》，在相应网站或APP中勾选“宗教”服务内容，填写许可证编号并上传许可证；"
           "如不提供宗教信息服务，请删除该服务内容（经营范围涉及宗教的，仍需提供许可证）。",
        en="Obtain the Internet religious information service licence, tick religion (宗教) as the content of the "
           "website or APP, enter the licence number and upload the licence; if no religious information service "
           "is offered, remove that content (a business scope involving religion still needs the licence).",
    ),
    doc=Doc(
        what="`order.province` is XZ, the order is not a cancellation, and (a) a website's or APP's "
             "`content_categories` hold `religion` (format 1.1, group J; compared exactly) while that service "
             "has no `pre_approvals` entry of industry `religion` — path `websites[i].content_categories` (or "
             "`apps[i]…`), one reason per service; or (b) `entity.business_registration.business_scope` contains "
             "(W5) 宗教 and no service of the order has such an entry — path the scope. An entry counts whatever "
             "its state (an expired or incomplete one is PREAPPROVAL_EXPIRED_OR_UNCLEAR's). Nationally "
             "`religion` is not `still_required` (PREAPPROVAL_MISSING is silent for it, FORMAT group J): this is "
             "Tibet's own row. On an approved filing it is a rectification. Reading: cancellation orders are "
             "silent (they end the service). Reading: for (b) an entry on any service is enough (FORMAT's "
             "\"for any service\"); the catalog's \"tick 宗教 in the form\" is not required besides the licence. "
             "Not checked: that the scope really involves religious information services (宗教用品销售 fires "
             "all the same: the bureau asks for the licence on the scope's word).",
        why="The Tibet bureau asks an entity whose business scope involves religion for the "
            "《互联网宗教信息服务许可证》 and the 宗教 content ticked in the form (HW-S3).",
        fix="Give the licence as a `religion` pre-approval of the service, or remove the religion content.",
        sources=("HW-S3",),
        zh=DocZh(
            what="`order.province` 为 XZ，订单不是注销类订单，且 (a) 网站或APP的 `content_categories` 含有 `religion`"
                 "（格式 1.1，J 组；精确比较），而该服务没有行业为 `religion` 的 `pre_approvals` 条目——路径 "
                 "`websites[i].content_categories`（或 `apps[i]…`），每个服务一条原因；或 (b) "
                 "`entity.business_registration.business_scope` 含有（W5）宗教，且订单中没有任何服务有此类条目——"
                 "路径为经营范围。条目无论状态如何都算（过期或不完整的属 PREAPPROVAL_EXPIRED_OR_UNCLEAR）。"
                 "在全国范围内，`religion` 不是 `still_required`（PREAPPROVAL_MISSING 对其不触发，FORMAT J 组）："
                 "本行是西藏自己的规定。已备案的为整改。解读：注销类订单不触发（注销即终止服务）。解读：对 (b)，"
                 "任何一个服务上有此类条目即可（FORMAT 的“任一服务”）；除许可证外，不另要求目录中的“在表单中勾选宗教”。"
                 "不检查：经营范围是否真正涉及宗教信息服务（宗教用品销售 同样触发：管局依经营范围的字面要求提供许可"
                 "证）。",
            why="西藏管局要求经营范围涉及宗教的主体提供《互联网宗教信息服务许可证》，并在表单中勾选 宗教 服务内容"
                "（HW-S3）。",
            fix="将许可证作为该服务的 `religion` 前置审批提供，或删除宗教服务内容。",
        ),
    ),
    examples=(
        Example("a website declares religion content without a licence", fires=True, province="XZ",
                paths=("websites[0].content_categories",), changes=_RELIGION_SITE),
        Example("the website holds the licence", fires=False, province="XZ",
                changes={**_RELIGION_SITE, "websites[0].pre_approvals": [_RELIGION_APPROVAL]}),
        Example("an expired licence counts (PREAPPROVAL_EXPIRED_OR_UNCLEAR's)", fires=False, province="XZ",
                changes={**_RELIGION_SITE,
                         "websites[0].pre_approvals": [{**_RELIGION_APPROVAL, "valid_until": "2025-12-31"}]}),
        Example("an approval of another industry does not", fires=True, province="XZ",
                paths=("websites[0].content_categories",),
                changes={**_RELIGION_SITE, "websites[0].pre_approvals": [{**_RELIGION_APPROVAL, "industry": "news"}]}),
        Example("an APP's religion content: the website's licence does not cover it", fires=True, province="XZ",
                paths=("apps[0].content_categories",),
                changes={"websites[0].pre_approvals": [_RELIGION_APPROVAL], "apps": [_RELIGION_APP]}),
        Example("the business scope involves religion", fires=True, province="XZ", paths=(_SCOPE,),
                changes={"entity.business_registration": _registration("宗教文化交流；软件开发")}),
        Example("the scope, with a licence on the APP", fires=False, province="XZ",
                changes={"entity.business_registration": _registration("宗教文化交流"),
                         "apps": [{**_RELIGION_APP, "pre_approvals": [_RELIGION_APPROVAL]}]}),
        Example("content and scope without a licence: one reason each", fires=True, province="XZ", count=2,
                paths=(_SCOPE, "websites[0].content_categories"),
                changes={**_RELIGION_SITE, "entity.business_registration": _registration("宗 教文化交流")}),
        Example("a scope without the word", fires=False, province="XZ",
                changes={"entity.business_registration": _registration("旅游信息咨询；软件开发")}),
        Example("no scope in the snapshot", fires=False, province="XZ",
                changes={"entity.business_registration": _registration(None)}),
        Example("Religion is not the token", fires=False, province="XZ",
                changes={"websites[0].content_categories": ["Religion"]}),
        Example("a cancellation order", fires=False, province="XZ",
                changes={**_RELIGION_SITE, "order.type": "cancel_website",
                         "entity.filing_number": "藏ICP备2020000123号",
                         "websites[0].filing_number": "藏ICP备2020000123号-1"}),
        Example("an approved filing: a rectification", fires=True, province="XZ",
                paths=("websites[0].content_categories",), changes={**_RELIGION_SITE, **_APPROVED}),
        Example("a Zhejiang website with religion content", fires=False, province="ZJ", changes=_RELIGION_SITE),
    ),
)


# -- TJ_CONTENT_STATEMENT, SH_COMMITMENT_LETTER, XJ_PARTY_BUILDING_PROOF ---------------------------


def _document_examples(province: str, document: str, *, cancellation_silent: bool = True) -> tuple[Example, ...]:
    """The examples the three order documents share: missing, attached (any `for`), at the bureau, approved,
    another province."""
    without = _without(province, document)
    pointed = {"attachments": own("attachments", then=lambda files: [
        *(f for f in files if f["type"] != document), _file(document, "websites[0]")])}
    return (
        Example("a draft without it", fires=True, province=province, paths=("attachments",), changes=without),
        Example("attached", fires=False, province=province),
        Example("attached with a `for` (any target counts)", fires=False, province=province,
                changes=pointed),
        Example("two copies", fires=False, province=province, changes={"attachments": _with(_file(document))}),
        Example("at the bureau without it", fires=True, province=province, paths=("attachments",),
                changes={**without, "order.status": "authority_review",
                         "order.submitted_to_authority_on": "2026-11-25"}),
        Example("an approved filing is not judged", fires=False, province=province, changes={**without, **_APPROVED}),
        Example("a Zhejiang order needs none", fires=False, province="ZJ"),
    ) + ((Example("a cancellation order needs none", fires=False, province=province,
                  changes={**without, "order.type": "cancel_website", "entity.filing_number": _FILED[province],
                           "websites[0].filing_number": f"{_FILED[province]}-1"}),)
         if cancellation_silent else ())


_FILED = {"TJ": "津ICP备2020000123号", "SH": "沪ICP备2020000123号", "XJ": "新ICP备2020000123号"}


def _without(province: str, document: str) -> dict[str, Any]:
    return {"attachments": own("attachments", province=province,
                               then=lambda files: [f for f in files if f["type"] != document])}


_TJ_SINCE = _dt.date(2024, 7, 13)

TJ_CONTENT_STATEMENT = Rule(
    code="TJ_CONTENT_STATEMENT",
    kind="rejection",
    province="TJ",
    modes=_ORDERS,
    effective=Effective(since=_TJ_SINCE),
    conditions=when(fact("order_document", "file", document="tj_content_statement", present=False), _NOT_CANCELLING),
    paths=(Ref("file", "path"),),
    evidence={"document": Ref("file", "document")},
    message=Text(
        zh="天津管局要求备案提交《{document:attachment_type}》，本订单未上传。",
        en="The Tianjin bureau asks every filing for the {document:attachment_type}; the order does not attach it.",
    ),
    remedy=Text(
        zh="请下载接入商提供的《天津地区互联网信息服务内容说明》模板，如实填写网站或APP提供的服务内容并签字后上传。",
        en="Download the provider's template of the Tianjin content statement, describe truthfully what the "
           "websites or APPs offer, sign it and upload it.",
    ),
    doc=Doc(
        what="`order.province` is TJ, `order.type` is not a cancellation (`cancel_access`, `cancel_website`, "
             "`cancel_app`, `cancel_entity`), and no `tj_content_statement` is attached (format 1.1; any copy "
             "counts, whatever its `for`). One reason, at `attachments`. Reading: orders only (`audit: no`) — "
             "the statement is a material of the filing, and an approved filing's materials were accepted. "
             "Reading: the catalog gives no start date, only the day of the page (2024-07-13): checks of an "
             "earlier day are silent (the rule is in force from that day). Not checked: the statement's content "
             "and signature. Not a DocumentRequirement: the template needs a start date and applies to every "
             "order type.",
        why="Tianjin filings need the 《天津地区互联网信息服务内容说明》 on the provider's template (AL-IDX; "
            "AL-TJ-NOTE; CODE-CHECKLIST-3P).",
        fix="Fill in and sign the content statement and attach it.",
        sources=("AL-IDX", "AL-TJ-NOTE", "CODE-CHECKLIST-3P"),
        zh=DocZh(
            what="`order.province` 为 TJ，`order.type` 不是注销类（`cancel_access`、`cancel_website`、`cancel_app`、"
                 "`cancel_entity`），且未附 `tj_content_statement`（格式 1.1；任何一份均可，不论其 `for`）。一条原因，"
                 "位于 `attachments`。解读：仅限订单（`audit: no`）——该说明是备案材料，已备案的其材料已被接受。解读："
                 "目录没有给出起始日期，只有页面的日期（2024-07-13）：早于该日的检查不触发（本规则自该日起施行）。"
                 "不检查：说明的内容和签字。不作为 DocumentRequirement：该模板需要起始日期，且适用于所有订单类型。",
            why="天津的备案需要提交按接入商模板填写的《天津地区互联网信息服务内容说明》（AL-IDX；AL-TJ-NOTE；"
                "CODE-CHECKLIST-3P）。",
            fix="填写内容说明并签字后上传。",
        ),
    ),
    examples=(
        *_document_examples("TJ", "tj_content_statement"),
        Example("a change order without it", fires=True, province="TJ", paths=("attachments",),
                changes={**_without("TJ", "tj_content_statement"), "order.type": "change",
                         "entity.filing_number": _FILED["TJ"]}),
        Example("a new_access order without it", fires=True, province="TJ", paths=("attachments",),
                changes={**_without("TJ", "tj_content_statement"), "order.type": "new_access",
                         "entity.filing_number": _FILED["TJ"], "websites[0].filing_number": f"{_FILED['TJ']}-1"}),
        Example("checked on the day of the page", fires=True, province="TJ", as_of="2024-07-13",
                paths=("attachments",), changes=_without("TJ", "tj_content_statement")),
        Example("checked the day before the page", fires=False, province="TJ", as_of="2024-07-12",
                changes=_without("TJ", "tj_content_statement")),
    ),
)

SH_COMMITMENT_LETTER = Rule(
    code="SH_COMMITMENT_LETTER",
    kind="advice",
    severity="warning",
    province="SH",
    modes=_ORDERS,
    conditions=when(fact("order_document", "file", document="sh_commitment_letter", present=False), _NOT_CANCELLING),
    paths=(Ref("file", "path"),),
    evidence={"document": Ref("file", "document")},
    message=Text(
        zh="上海的备案材料清单列有《{document:attachment_type}》，本订单未上传。",
        en="Shanghai's list of filing materials includes the {document:attachment_type}; the order does not "
           "attach it.",
    ),
    remedy=Text(
        zh="建议按接入商提供的模板填写并签署《上海市互联网信息服务备案承诺书》后随备案上传。",
        en="Fill in and sign the Shanghai filing commitment on the provider's template and attach it to the filing.",
    ),
    doc=Doc(
        what="`order.province` is SH, `order.type` is not a cancellation, and no `sh_commitment_letter` is "
             "attached (format 1.1; any copy counts, whatever its `for`). Advice (warning): only a third-party "
             "page lists the letter (RENWEN-SH-3P). One reason, at `attachments`. Reading: orders only "
             "(`audit: no`), as for every filing material. Not checked: the letter's content and signature.",
        why="A third-party provider page lists the 《上海市互联网信息服务备案承诺书》 among the Shanghai filing "
            "materials (RENWEN-SH-3P); no bureau or provider page confirms it, hence advice.",
        fix="Attach the signed commitment.",
        sources=("RENWEN-SH-3P",),
        zh=DocZh(
            what="`order.province` 为 SH，`order.type` 不是注销类，且未附 `sh_commitment_letter`（格式 1.1；"
                 "任何一份均可，不论其 `for`）。建议（警告）：只有第三方页面列出该承诺书（RENWEN-SH-3P）。一条原因，"
                 "位于 `attachments`。解读：与所有备案材料一样，仅限订单（`audit: no`）。不检查：承诺书的内容和签字。",
            why="一家第三方接入商的页面将《上海市互联网信息服务备案承诺书》列为上海的备案材料之一（RENWEN-SH-3P）；"
                "没有管局或接入商的页面证实，因此只作建议。",
            fix="附上签署的承诺书。",
        ),
    ),
    examples=(
        *_document_examples("SH", "sh_commitment_letter"),
        Example("a change order without it", fires=True, province="SH", paths=("attachments",),
                changes={**_without("SH", "sh_commitment_letter"), "order.type": "change",
                         "entity.filing_number": _FILED["SH"]}),
    ),
)

_XJ_TYPES = ("new_filing", "new_website", "new_app")

XJ_PARTY_BUILDING_PROOF = Rule(
    code="XJ_PARTY_BUILDING_PROOF",
    kind="rejection",
    province="XJ",
    modes=_ORDERS,
    conditions=any_of(*(when(fact("order_document", "file", document="party_building_confirmation", present=False),
                             fact("order", "order", type=order_type)) for order_type in _XJ_TYPES)),
    paths=(Ref("file", "path"),),
    evidence={"document": Ref("file", "document"), "order_type": Ref("order", "type")},
    message=Text(
        zh="新疆管局要求首次备案、新增网站和新增APP提交党委网信办出具的党建证明（{document:attachment_type}），"
           "本{order_type:order_type}订单未上传。",
        en="The Xinjiang bureau asks first filings, new websites and new APPs for the party-building proof of the "
           "regional Party Committee's cyberspace office ({document:attachment_type}); this {order_type:order_type} "
           "order does not attach it.",
    ),
    remedy=Text(
        zh="请向自治区党委网信办申请党建证明（党建确认函），取得后上传，并按接入商要求寄送原件。",
        en="Apply to the regional Party Committee's cyberspace office for the party-building proof (党建确认函), "
           "upload it and send it to the provider as it asks.",
    ),
    doc=Doc(
        what="`order.province` is XJ, `order.type` is `new_filing`, `new_website` or `new_app`, and no "
             "`party_building_confirmation` is attached (format 1.1; any copy counts, whatever its `for`). One "
             "reason, at `attachments`. Silent: `change`, `new_access` and cancellation orders. Reading: "
             "`new_app` counts as a new site (the catalog says \"every first filing / new-site filing\"; WeChat's "
             "mini-program API has the slot). Reading: orders only (`audit: no`), as for every filing material. "
             "Not checked: who issued the proof.",
        why="Every first filing and new-site filing in Xinjiang needs a party-building certificate (党建证明) from "
            "the regional Party Committee's cyberspace office (TC-PROV); WeChat's filing API has a matching "
            "党建确认函 slot (WX-API).",
        fix="Obtain the proof and attach it.",
        sources=("TC-PROV", "WX-API"),
        zh=DocZh(
            what="`order.province` 为 XJ，`order.type` 为 `new_filing`、`new_website` 或 `new_app`，且未附 "
                 "`party_building_confirmation`（格式 1.1；任何一份均可，不论其 `for`）。一条原因，位于 `attachments`。"
                 "不触发：`change`、`new_access` 和注销类订单。解读：`new_app` 算作新增站点（目录说“每次首次备案 / "
                 "新增网站备案”；微信小程序接口有对应的材料位）。解读：与所有备案材料一样，仅限订单（`audit: no`）。"
                 "不检查：证明的出具单位。",
            why="在新疆，每次首次备案和新增网站备案都需要自治区党委网信办出具的党建证明（TC-PROV）；"
                "微信的备案接口有对应的“党建确认函”材料位（WX-API）。",
            fix="取得党建证明并上传。",
        ),
    ),
    examples=(
        *_document_examples("XJ", "party_building_confirmation", cancellation_silent=False),
        Example("a new_website order without it", fires=True, province="XJ", paths=("attachments",),
                changes={**_without("XJ", "party_building_confirmation"), "order.type": "new_website",
                         "entity.filing_number": _FILED["XJ"]}),
        Example("a new_app order without it", fires=True, province="XJ", paths=("attachments",),
                changes={**_without("XJ", "party_building_confirmation"), "order.type": "new_app",
                         "entity.filing_number": _FILED["XJ"],
                         "apps": [{"name": "乌鲁木齐示例", "platforms": ["android"],
                                   "package_names": ["cn.example.urumqi"], "content_categories": ["tools"]}]}),
        Example("a change order needs none", fires=False, province="XJ",
                changes={**_without("XJ", "party_building_confirmation"), "order.type": "change",
                         "entity.filing_number": _FILED["XJ"]}),
        Example("a new_access order needs none", fires=False, province="XJ",
                changes={**_without("XJ", "party_building_confirmation"), "order.type": "new_access",
                         "entity.filing_number": _FILED["XJ"], "websites[0].filing_number": f"{_FILED['XJ']}-1"}),
        Example("a cancellation order needs none", fires=False, province="XJ",
                changes={**_without("XJ", "party_building_confirmation"), "order.type": "cancel_website",
                         "entity.filing_number": _FILED["XJ"], "websites[0].filing_number": f"{_FILED['XJ']}-1"}),
    ),
)


# -- QH_FIVE_IMAGES ------------------------------------------------------------------------------

_QH_CHANGE = {"order.type": "change", "entity.filing_number": "青ICP备2020000123号",
              "websites[0].filing_number": "青ICP备2020000123号-1"}
_CERT = _file("certificate_image", "entity")
_FORM = _file("authenticity_check_form")
_PRINCIPAL_ID = _file("id_image_front", "entity.principal")
_SITE_ID = _file("id_image_front", "websites[0].principal")
_SITE_PHOTO = _file("principal_photo", "websites[0].principal")
_FIVE = [_CERT, _PRINCIPAL_ID, _FORM, _SITE_ID, _SITE_PHOTO]


def _qh(*files: dict[str, Any], **changes: Any) -> dict[str, Any]:
    return {**_QH_CHANGE, "attachments": list(files), **changes}


QH_FIVE_IMAGES = Rule(
    code="QH_FIVE_IMAGES",
    kind="rejection",
    province="QH",
    modes=_ORDERS,
    conditions=when(fact("qh_image", "image", present=False)),
    paths=(Ref("image", "path"),),
    evidence={"image": Ref("image", "image"), "name": Ref("image", "name")},
    message=Text(
        zh="青海管局要求变更备案上传完整的五类图片，本订单缺少{image:qh_image}。",
        en="The Qinghai bureau asks change filings for all five images; the order lacks {image:qh_image}.",
    ),
    remedy=Text(
        zh="请补齐五类图片后重新提交变更备案：主体证件照片、主体负责人证件正面照片、网站备案信息真实性核验单、"
           "每位网站负责人的证件正面照片和核验照片（幕布照）；图片缺失只能通过变更备案补充。",
        en="Add the missing images and submit the change filing again: the entity's certificate, the entity "
           "principal's ID (front), the website filing authenticity check form, and for every website principal "
           "the ID (front) and the verification (curtain) photo; missing images can only be supplied by a change "
           "filing.",
    ),
    doc=Doc(
        what="`order.province` is QH, `order.type` is `change`, and one of the five images is missing: a "
             "`certificate_image`; an `authenticity_check_form`; an `id_image_front` counting for "
             "`entity.principal`; for every `websites[i].principal`, an `id_image_front` and a `principal_photo` "
             "counting for him. \"Counting for\" is group A's `for` reading: a file whose `for` names him, or "
             "another principal with the same ID number, or no `for` at all. One reason per image missing — at "
             "`attachments` for the certificate and the check form, at the principal's path for his images. "
             "Reading: APP principals are not asked (the row names website principals). Reading: orders only "
             "(`audit: no`): an approved filing cannot be sent again, and a missing image of it is fixed by a "
             "change filing, which this rule checks. Not checked: what the images show.",
        why="Qinghai change filings must carry the complete five images (entity certificate, principal ID, "
            "authenticity check form, service-principal ID, service-principal photo); if one is missing, only a "
            "change filing can fix it (HW-S2; HW-KB doc_0238).",
        fix="Upload the five images with the change filing.",
        sources=("HW-S2", "HW-KB(doc_0238)"),
        zh=DocZh(
            what="`order.province` 为 QH，`order.type` 为 `change`，且五类图片中缺少某一类：`certificate_image`；"
                 "`authenticity_check_form`；计入 `entity.principal` 名下的 `id_image_front`；对每位 "
                 "`websites[i].principal`，计入其名下的 `id_image_front` 和 `principal_photo`。“计入”采用 A 组的 `for` "
                 "读法：`for` 指向其本人的文件，或指向证件号码与其相同的另一位负责人的文件，或完全没有 `for` 的文件。"
                 "每缺一张图片一条原因——主体证件和核验单位于 `attachments`，负责人的图片位于该负责人的路径。解读："
                 "不要求APP负责人的图片（该行点名的是网站负责人）。解读：仅限订单（`audit: no`）："
                 "已备案的无法重新提交，其缺失的图片须通过变更备案补充，而本规则检查的正是变更备案。不检查："
                 "图片显示的内容。",
            why="青海的变更备案须附完整的五类图片（主体证件、负责人证件、真实性核验单、服务负责人证件、"
                "服务负责人照片）；缺少任何一类，只能通过变更备案补充（HW-S2；HW-KB doc_0238）。",
            fix="随变更备案上传这五类图片。",
        ),
    ),
    examples=(
        Example("all five images", fires=False, province="QH", changes=_qh(*_FIVE)),
        Example("a change order without images: five reasons", fires=True, province="QH", count=5,
                paths=("attachments", "entity.principal", "websites[0].principal"), changes=_qh()),
        Example("no certificate image", fires=True, province="QH", paths=("attachments",),
                changes=_qh(_PRINCIPAL_ID, _FORM, _SITE_ID, _SITE_PHOTO)),
        Example("no check form", fires=True, province="QH", paths=("attachments",),
                changes=_qh(_CERT, _PRINCIPAL_ID, _SITE_ID, _SITE_PHOTO)),
        Example("no principal photo of the website principal", fires=True, province="QH",
                paths=("websites[0].principal",), changes=_qh(_CERT, _PRINCIPAL_ID, _FORM, _SITE_ID)),
        Example("files without `for` count for everyone", fires=False, province="QH",
                changes=_qh(_file("certificate_image"), _FORM, _file("id_image_front"), _file("principal_photo"))),
        Example("the website principal is the entity principal (same ID): his ID photo counts", fires=False,
                province="QH", changes=_qh(_CERT, _PRINCIPAL_ID, _FORM, _SITE_PHOTO)),
        Example("a different website principal: the entity principal's ID photo does not count", fires=True,
                province="QH", paths=("websites[0].principal",),
                changes=_qh(_CERT, _PRINCIPAL_ID, _FORM, _SITE_PHOTO,
                            **{"websites[0].principal": other("entity.principal", province="QH")})),
        Example("a second website whose other principal has no images: two reasons", fires=True, province="QH",
                count=2, paths=("websites[1].principal",),
                changes=_qh(*_FIVE, websites=own("websites", province="QH", then=lambda sites: [
                    *sites, {**sites[0], "name": "西宁示例科技商城", "domains": ["example-tech.com.cn"],
                             "principal": other("entity.principal", province="QH").resolve("QH")}]))),
        Example("an APP principal is not asked", fires=False, province="QH",
                changes=_qh(*_FIVE, apps=[{"name": "西宁示例", "platforms": ["android"],
                                           "package_names": ["cn.example.xining"], "content_categories": ["tools"],
                                           "principal": other("entity.principal", province="QH")}])),
        Example("a new_filing order is not asked", fires=False, province="QH", changes={"attachments": []}),
        Example("an approved change is not judged", fires=False, province="QH", changes={**_qh(), **_APPROVED}),
        Example("a Zhejiang change order is not asked", fires=False, province="ZJ",
                changes={"order.type": "change", "entity.filing_number": "浙ICP备2020000123号",
                         "websites[0].filing_number": "浙ICP备2020000123号-1", "attachments": []}),
    ),
)

RULES = (PREAPPROVAL_GD_FINANCE, PREAPPROVAL_XZ_RELIGION, TJ_CONTENT_STATEMENT, SH_COMMITMENT_LETTER,
         XJ_PARTY_BUILDING_PROOF, QH_FIVE_IMAGES)

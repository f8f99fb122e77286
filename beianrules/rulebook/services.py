"""National rules about websites and APPs: content and pre-approvals.

The industries, the content tokens the library understands and what each
implies are data in :mod:`beianrules.industries`; the facts are built in
:mod:`beianrules.facts.services`.
"""

from beianrules.declaration import (
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
from beianrules.industries import CONTENT_CATEGORIES, INDUSTRIES, KNOWN_CONTENT_TOKENS

_REQUIRED = ", ".join(f"`{i.token}`" for i in INDUSTRIES.values() if i.still_required)
_NOT_REQUIRED = ", ".join(f"`{i.token}`" for i in INDUSTRIES.values() if not i.still_required)
_UNIT_ONLY = ", ".join(f"`{c.token}`" for c in CONTENT_CATEGORIES.values() if c.unit_only)
_PERSONAL_OK = ", ".join(f"`{c.token}`" for c in CONTENT_CATEGORIES.values() if not c.unit_only)
_KNOWN = ", ".join(sorted(KNOWN_CONTENT_TOKENS))

_VIDEO_APPROVAL = {"industry": "radio_film_tv", "number": "（浙）字第00123号", "issued_by": "浙江省广播电视局",
                   "valid_until": "2028-12-31", "attachment": "preapproval-av.pdf"}
_RELIGION_APPROVAL = {"industry": "religion", "number": "（浙）宗网〔2026〕001号",
                      "issued_by": "浙江省民族宗教事务委员会", "valid_until": "2029-12-31",
                      "attachment": "religion-licence.pdf"}
_GAME_APP = {"name": "示例消除乐", "platforms": ["android"], "package_names": ["cn.example.xiaochu"],
             "content_categories": ["games"], "pre_approvals": []}

PREAPPROVAL_MISSING = Rule(
    code="PREAPPROVAL_MISSING",
    kind="rejection",
    conditions=when(fact("industry_claim", "claim", approval_required=True, has_pre_approval=False)),
    paths=(Ref("claim", "path"),),
    evidence={"service": Ref("claim", "service_name"),
              "industry": Ref("claim", "industry")},
    message=Text(
        zh="「{service}」的服务内容涉及需前置审批的{industry:industry}行业，但未提供该行业的前置审批。",
        en="The content of “{service}” falls under {industry:industry}, an industry that needs a pre-approval, "
           "but no pre-approval of that industry is given.",
    ),
    remedy=Text(
        zh="请先到相关批复单位（{industry:industry_authority}）办理前置审批（{industry:industry_approval}），并在备案信息中输入审批号和上传审批文件；"
           "如不涉及该行业，请调整服务内容。",
        en="First obtain the pre-approval ({industry:industry_approval}) from the approving authority "
           "({industry:industry_authority}), then enter its number and upload the approval document in the "
           "filing; if the service does not involve this industry, adjust its content.",
    ),
    doc=Doc(
        what="A website's or APP's `content_categories` imply a pre-approval industry (RULE-CATALOG §3) and "
             "that service's `pre_approvals` hold no entry of that industry. A token equal to an industry "
             "implies it; `forum` implies `bulletin_board` (see `beianrules.industries`). Fires for "
             f"{_REQUIRED}. Silent for {_NOT_REQUIRED}: the catalog says their special approval was "
             "cancelled nationwide (TC-PRE) and only third-party or unverified pages say some provinces "
             "still want it, so the library prefers silence to a false rejection. An entry of the "
             "industry counts whatever its state (an expired or incomplete one is "
             "PREAPPROVAL_EXPIRED_OR_UNCLEAR); an approval given for another service does not count. "
             "Unknown tokens imply nothing (CONTENT_CATEGORY_UNKNOWN). Industries inferred from names, "
             "business scope or keywords are not checked here (§1.7 PREAPPROVAL_KEYWORD_SCREEN).",
        why="Content of the industries listed in §3 needs the competent authority's approval before "
            "filing (国务院令第292号 Art.5); the bureau rejects filings whose content involves such an "
            "industry without the approval documents.",
        fix="Obtain the approval from the competent authority, enter its number and upload it; or "
            "correct the content categories.",
        sources=("SEED:L18", "SEED:L19", "TC-PRE", "TC-SITE", "HW-KB"),
        zh=DocZh(
            what="网站或APP的 `content_categories` 指向某个前置审批行业（RULE-CATALOG §3），而该服务的 `pre_approvals` "
                 "中没有该行业的条目。与行业同名的类别即指向该行业；`forum` 指向 `bulletin_board`（见 "
                 f"`beianrules.industries`）。对 {_REQUIRED} 触发。对 {_NOT_REQUIRED} 不触发："
                 "目录称这些行业的专项审批已在全国取消（TC-PRE），只有第三方或未经核实的页面称部分省份仍有要求，"
                 "因此本库宁可不报，也不误驳。该行业的条目无论状态如何都算（过期或不完整的由 "
                 "PREAPPROVAL_EXPIRED_OR_UNCLEAR 判断）；为其他服务取得的审批不算。未知类别不指向任何行业"
                 "（CONTENT_CATEGORY_UNKNOWN）。由名称、经营范围或关键词推断出的行业不在此检查（§1.7 "
                 "PREAPPROVAL_KEYWORD_SCREEN）。",
            why="§3 所列行业的内容须在备案前取得主管部门的批准（国务院令第292号第5条）；内容涉及此类行业却没有审批文件"
                "的备案会被管局驳回。",
            fix="向主管部门取得审批，填写审批号并上传审批文件；或更正服务内容类别。",
        ),
    ),
    examples=(
        Example("video content without a radio/film/TV approval", fires=True, paths=("websites[0].content_categories",),
                changes={"websites[0].content_categories": ["company_homepage", "radio_film_tv"]}),
        Example("an APP with games and no approval", fires=True,
                paths=("apps[0].content_categories",), changes={"apps": [_GAME_APP]}),
        Example("an approval of another industry does not count", fires=True, paths=("websites[0].content_categories",),
                changes={"websites[0].content_categories": ["finance"],
                         "websites[0].pre_approvals": [_VIDEO_APPROVAL]}),
        Example("the website's approval does not cover the APP", fires=True, paths=("apps[0].content_categories",),
                changes={"websites[0].content_categories": ["radio_film_tv"],
                         "websites[0].pre_approvals": [_VIDEO_APPROVAL],
                         "apps": [{"name": "示例视频", "content_categories": ["radio_film_tv"]}]}),
        Example("video content with its approval", fires=False,
                changes={"websites[0].content_categories": ["company_homepage", "radio_film_tv"],
                         "websites[0].pre_approvals": [_VIDEO_APPROVAL]}),
        Example("an expired approval is not a missing one", fires=False,
                changes={"websites[0].content_categories": ["radio_film_tv"],
                         "websites[0].pre_approvals": [{**_VIDEO_APPROVAL, "valid_until": "2025-12-31"}]}),
        Example("education: approval cancelled nationwide", fires=False,
                changes={"websites[0].content_categories": ["company_homepage", "education"]}),
        Example("a forum: the bulletin-board approval was cancelled", fires=False,
                changes={"websites[0].content_categories": ["company_homepage", "forum"]}),
        Example("company homepage only", fires=False),
        Example("an unknown token implies no industry", fires=False,
                changes={"websites[0].content_categories": ["video"]}),
    ),
)

PREAPPROVAL_EXPIRED_OR_UNCLEAR = Rule(
    code="PREAPPROVAL_EXPIRED_OR_UNCLEAR",
    kind="rejection",
    conditions=any_of(
        when(fact("pre_approval", "approval", expired=True)),
        when(fact("pre_approval", "approval", number_missing=True)),
        when(fact("pre_approval", "approval", attachment_missing=True)),
    ),
    # Only the fields at fault carry a path (facts.services): each is reported once, together.
    paths=(Ref("approval", "expired_path"), Ref("approval", "number_missing_path"),
           Ref("approval", "attachment_missing_path")),
    evidence={"service": Ref("approval", "service_name"),
              "industry": Ref("approval", "industry"),
              "problems": Ref("approval", "problems"),
              "valid_until": Ref("approval", "valid_until"), "as_of": Ref("approval", "as_of")},
    message=Text(
        zh="「{service}」的{industry:industry}前置审批不合格：{problems:pre_approval_problem}。",
        en="The {industry:industry} pre-approval of “{service}” is not acceptable: {problems:pre_approval_problem}.",
    ),
    remedy=Text(
        zh="请联系发证单位进行证件续期，填写审批号并上传清晰、完整的最新前置审批文件；已备案的请参考变更备案重新上传最新的前置审批证件。",
        en="Have the issuer renew the approval, enter its number and upload a clear, complete copy of the "
           "current document; for an approved filing, upload it again through a change filing.",
    ),
    doc=Doc(
        what="A `pre_approvals` entry of a website or APP has a `valid_until` before `as_of`, or no "
             "`number`, or no `attachment`. One reason per entry, naming each field at fault. Valid "
             "through `as_of` itself is not expired, `长期` never expires, and an entry without "
             "`valid_until` is not judged on its date. An order that carries a `pre_approval_document` "
             "among its `attachments` excuses every entry without its own `attachment` (the library "
             "cannot tell which entry that document belongs to). Every given entry is checked, also "
             "for industries whose approval is no longer required. Blurred or incomplete images cannot "
             "be seen by the library.",
        why="The bureau rejects expired, blurred or incomplete approval documents; a provider's special "
            "check issues a rectification notice (前置审批证件已过有效期, category 互联网信息不准确) for "
            "approved filings whose approval expired.",
        fix="Renew the approval with its issuer and change the filing with the new document.",
        sources=("SEED:L8", "SEED:L18"),
        zh=DocZh(
            what="网站或APP的某个 `pre_approvals` 条目的 `valid_until` 早于 `as_of`，或没有 `number`，或没有 "
                 "`attachment`。每个条目一条原因，列出每个有问题的字段。有效期至 `as_of` 当天的不算过期，`长期` "
                 "永不过期，没有 `valid_until` 的条目不按日期判断。订单的 `attachments` 中有 `pre_approval_document` "
                 "时，所有未附自身 `attachment` 的条目均不再追究（本库无法判断该文件属于哪个条目）。"
                 "所有给出的条目都会检查，包括已不再需要审批的行业。图片模糊或不完整，本库无法看出。",
            why="过期、模糊或不完整的审批文件会被管局驳回；对已备案的，接入商的专项核查会对前置审批已过期的备案下发整改"
                "通知（前置审批证件已过有效期，类别为互联网信息不准确）。",
            fix="向发证单位办理审批续期，并以新的审批文件提交变更备案。",
        ),
    ),
    examples=(
        Example("the approval expired the day before the check", fires=True,
                paths=("websites[0].pre_approvals[0].valid_until",),
                changes={"websites[0].content_categories": ["radio_film_tv"],
                         "websites[0].pre_approvals": [{**_VIDEO_APPROVAL, "valid_until": "2026-11-27"}]}),
        Example("no approval number", fires=True, paths=("websites[0].pre_approvals[0].number",),
                changes={"websites[0].pre_approvals": [{**_VIDEO_APPROVAL, "number": None}]}),
        Example("a blank approval number", fires=True, paths=("websites[0].pre_approvals[0].number",),
                changes={"websites[0].pre_approvals": [{**_VIDEO_APPROVAL, "number": "  "}]}),
        Example("no approval document", fires=True, paths=("websites[0].pre_approvals[0].attachment",),
                changes={"websites[0].pre_approvals": [{**_VIDEO_APPROVAL, "attachment": None}]}),
        Example("an APP's expired approval (audit of an approved filing)", fires=True,
                paths=("apps[0].pre_approvals[0].valid_until",),
                changes={"order.status": "approved", "order.submitted_to_authority_on": "2024-03-01",
                         "apps": [{**_GAME_APP, "pre_approvals": [
                             {"industry": "games", "number": "国新出审〔2023〕100号", "valid_until": "2025-06-30",
                              "attachment": "game.pdf"}]}]}),
        Example("valid through the check date itself", fires=False,
                changes={"websites[0].pre_approvals": [{**_VIDEO_APPROVAL, "valid_until": "2026-11-28"}]}),
        Example("a long-term approval", fires=False,
                changes={"websites[0].pre_approvals": [{**_VIDEO_APPROVAL, "valid_until": "长期"}]}),
        Example("no validity date given", fires=False,
                changes={"websites[0].pre_approvals": [{**_VIDEO_APPROVAL, "valid_until": None}]}),
        Example("the document is among the order's attachments", fires=False,
                changes={"websites[0].pre_approvals": [{**_VIDEO_APPROVAL, "attachment": None}],
                         "attachments": [{"type": "pre_approval_document", "file": "av.pdf"}]}),
        Example("no pre-approvals at all", fires=False),
    ),
)

SITE_CONTENT_VS_ENTITY_NATURE = Rule(
    code="SITE_CONTENT_VS_ENTITY_NATURE",
    kind="rejection",
    conditions=when(fact("content_category", "content", filer_type="individual", unit_only=True)),
    paths=(Ref("content", "path"), Ref("content", "filer_type_path")),
    evidence={"service": Ref("content", "service_name"),
              "token": Ref("content", "token"),
              "category": Ref("content", "category")},
    message=Text(
        zh="个人备案的「{service}」声明了只有单位才能开办的内容：{category:content_category}（{token}），不符合主体单位性质。",
        en="“{service}”, filed by an individual, declares content only units may run: {category:content_category} "
           "({token}); it does not fit the entity's nature.",
    ),
    remedy=Text(
        zh="请调整网站内容，使其合法合规并符合个人备案的性质；如需开办该类内容，请以单位主体备案。",
        en="Adjust the content so that it is lawful and fits a personal filing; to run such content, file "
           "as a unit.",
    ),
    doc=Doc(
        what="The filer's `entity.type` is `individual` and a website's or APP's `content_categories` "
             f"hold a token only units may declare: {_UNIT_ONLY} — every pre-approval industry (also "
             "those whose approval was cancelled: it is still industry content), forums (electronic "
             "bulletin boards), company homepages and online shops (commercial content). Tokens "
             f"individuals may declare: {_PERSONAL_OK}; unknown tokens are not judged. One reason per "
             "token. `religion` (format 1.1, group J) is a pre-approval industry too: an individual may not "
             "declare it, whatever the document's `format_version` (a 1.1 reader knows the token; to 1.0 readers "
             "it was unknown, so CONTENT_CATEGORY_UNKNOWN reported it instead). This code also covers "
             "RULE-CATALOG §1.5 PERSONAL_SITE_FORUM (no separate reason). "
             "Whether a unit's content fits its business scope cannot be seen in the format and is "
             "not checked.",
        why="Content must fit the entity's nature: personal filings may not carry enterprise, industry, "
            "forum, commercial or pre-approval content; audits flag personal filings running enterprise "
            "sites (个人备案开办企业网站).",
        fix="Adjust the content, or file as a unit.",
        sources=("SEED:L19", "TC-REJ", "TC-SITE", "TC-CAN", "HONGXIN-3P"),
        zh=DocZh(
            what="备案主体的 `entity.type` 为 `individual`，且网站或APP的 `content_categories` "
                 f"含有只有单位才能申报的类别：{_UNIT_ONLY}——即所有前置审批行业（包括审批已取消的："
                 "其内容仍属行业内容）、论坛（电子公告服务）、企业官网和网店（商业内容）。个人可以申报的类别："
                 f"{_PERSONAL_OK}；未知类别不作判断。每个类别一条原因。`religion`（格式 1.1，J 组）同样是前置审批行业："
                 "无论文档的 `format_version` 为何，个人都不得申报（1.1 的读取器认识该类别；对 1.0 "
                 "的读取器它是未知类别，因此当时由 CONTENT_CATEGORY_UNKNOWN 报告）。本代码也涵盖 RULE-CATALOG §1.5 "
                 "PERSONAL_SITE_FORUM（不另报原因）。单位的内容是否与其经营范围相符，从格式中看不出，不作检查。",
            why="网站内容须与主体性质相符：个人备案不得含有企业、行业、论坛、商业或需前置审批的内容；"
                "核查会标出开办企业网站的个人备案（个人备案开办企业网站）。",
            fix="调整网站内容，或以单位主体备案。",
        ),
    ),
    examples=(
        Example("an individual with a company homepage", fires=True,
                paths=("entity.type", "websites[0].content_categories[0]"),
                changes={"entity.type": "individual"}),
        Example("an individual running a forum", fires=True, paths=("entity.type", "websites[0].content_categories[1]"),
                changes={"entity.type": "individual", "websites[0].content_categories": ["blog", "forum"]}),
        Example("an individual with news content", fires=True,
                paths=("entity.type", "websites[0].content_categories[0]"),
                changes={"entity.type": "individual", "websites[0].content_categories": ["news"]}),
        Example("an individual with education content (approval cancelled, still industry content)",
                fires=True, paths=("entity.type", "websites[0].content_categories[0]"),
                changes={"entity.type": "individual", "websites[0].content_categories": ["education"]}),
        Example("an individual's shopping APP", fires=True, paths=("apps[0].content_categories[0]", "entity.type"),
                changes={"entity.type": "individual", "websites[0].content_categories": ["blog"],
                         "apps": [{"name": "小王的小店", "content_categories": ["ecommerce"]}]}),
        Example("an individual's blog", fires=False,
                changes={"entity.type": "individual", "websites[0].content_categories": ["blog"]}),
        Example("an individual's tools and other content", fires=False,
                changes={"entity.type": "individual", "websites[0].content_categories": ["tools", "other"]}),
        Example("an individual's unknown token is not judged", fires=False,
                changes={"entity.type": "individual", "websites[0].content_categories": ["photography"]}),
        Example("an enterprise's forum", fires=False,
                changes={"websites[0].content_categories": ["company_homepage", "forum"]}),
        # -- format 1.1: religion content (group J) --
        Example("an individual with religion content", fires=True,
                paths=("entity.type", "websites[0].content_categories[1]"),
                changes={"format_version": "1.1", "entity.type": "individual",
                         "websites[0].content_categories": ["blog", "religion"]}),
        Example("an individual with religion content, no format_version given", fires=True,
                paths=("entity.type", "websites[0].content_categories[0]"),
                changes={"entity.type": "individual", "websites[0].content_categories": ["religion"]}),
        Example("an individual's APP with religion content", fires=True,
                paths=("apps[0].content_categories[0]", "entity.type"),
                changes={"entity.type": "individual", "websites[0].content_categories": ["blog"],
                         "apps": [{"name": "小王的经文笔记", "content_categories": ["religion"]}]}),
        Example("an individual's religion content with a religion pre-approval is still a unit's", fires=True,
                paths=("entity.type", "websites[0].content_categories[0]"),
                changes={"entity.type": "individual", "websites[0].content_categories": ["religion"],
                         "websites[0].pre_approvals": [_RELIGION_APPROVAL]}),
        Example("an enterprise with religion content", fires=False,
                changes={"websites[0].content_categories": ["company_homepage", "religion"]}),
        Example("tokens are compared exactly: Religion is unknown", fires=False,
                changes={"entity.type": "individual", "websites[0].content_categories": ["Religion"]}),
    ),
)

CONTENT_CATEGORY_UNKNOWN = Rule(
    code="CONTENT_CATEGORY_UNKNOWN",
    kind="advice",
    severity="warning",
    conditions=when(fact("content_category", "content", known=False)),
    paths=(Ref("content", "path"),),
    evidence={"service": Ref("content", "service_name"), "token": Ref("content", "token")},
    message=Text(
        zh="「{service}」的服务内容类别 {token} 不是本库识别的类别：无法据此检查前置审批和主体性质。",
        en="The content category “{token}” of “{service}” is not one the library knows: pre-approval and "
           "entity-nature checks cannot use it.",
    ),
    remedy=Text(
        zh=f"请改用本库识别的类别（{_KNOWN}），区分大小写。",
        en=f"Use a category the library knows ({_KNOWN}); tokens are case-sensitive.",
    ),
    doc=Doc(
        what="A token of a website's or APP's `content_categories` is none of the tokens the library "
             f"understands ({_KNOWN}; compared exactly). Advice only (severity warning): the filing is "
             "not rejected for it, but no other rule reads an unknown token, so content that needs a "
             "pre-approval or a unit could go unnoticed.",
        why="`content_categories` are free tokens (FORMAT.md); the library documents the ones it "
            "understands and reports the others as advice. A token equal to a pre-approval industry "
            "declares that industry's content (SEED:L19 lists the industries).",
        fix="Map the portal's category onto one of the documented tokens.",
        sources=("SEED:L19", "TC-PRE"),
        zh=DocZh(
            what=f"网站或APP的 `content_categories` 中某个类别不是本库识别的任何类别（{_KNOWN}；精确比较）。仅为建议"
                 "（严重程度为 warning）：备案不会因此被驳回，但其他规则都不读取未知类别，因此需前置审批或须由单位开办"
                 "的内容可能被遗漏。",
            why="`content_categories` 是自由填写的类别（FORMAT.md）；本库列明它识别的类别，其他类别作为建议报告。"
                "与前置审批行业同名的类别即申报该行业的内容（SEED:L19 列出了这些行业）。",
            fix="将平台上的类别对应到文档列明的某个类别。",
        ),
    ),
    examples=(
        Example("a token the library does not know", fires=True, paths=("websites[0].content_categories[1]",),
                changes={"websites[0].content_categories": ["company_homepage", "travel"]}),
        Example("tokens are compared exactly", fires=True, paths=("websites[0].content_categories[0]",),
                changes={"websites[0].content_categories": ["News"]}),
        Example("an APP's unknown token", fires=True, paths=("apps[0].content_categories[0]",),
                changes={"apps": [{"name": "示例天气", "content_categories": ["weather"]}]}),
        Example("every token known", fires=False,
                changes={"websites[0].content_categories": sorted(KNOWN_CONTENT_TOKENS)}),
        Example("no content categories", fires=False, changes={"websites[0].content_categories": []}),
    ),
)

RULES = (PREAPPROVAL_MISSING, PREAPPROVAL_EXPIRED_OR_UNCLEAR, SITE_CONTENT_VS_ENTITY_NATURE,
         CONTENT_CATEGORY_UNKNOWN)

"""Pre-approval (前置审批) industries and the content tokens the library understands, as data.

RULE-CATALOG §3 lists the industries whose content needs the competent
authority's approval before filing (国务院令第292号 Art.5; the seed's list,
SEED:L19: 新闻、出版、药品和医疗器械、文化、广播电影电视节目、教育、医疗保健、
网络预约车、电子公告、金融、游戏). Each is one :class:`Industry`, keyed by the
``pre_approvals[].industry`` token of FORMAT.md, with its approving authority,
document and status notes as the catalog gives them (authorities from TC-PRE
unless marked).

``still_required`` is the library's choice, made visible: where the catalog
says the approval was cancelled nationwide (教育, 医疗保健, 电子公告 per TC-PRE)
and only third-party pages or unverified pages claim a province still wants
it, PREAPPROVAL_MISSING stays silent for that industry — a legitimate filing
rejected is worse than a bad one missed. The content remains an industry's
content: an individual filer still may not declare it
(SITE_CONTENT_VS_ENTITY_NATURE), and a pre-approval that is given is still
checked (PREAPPROVAL_EXPIRED_OR_UNCLEAR).

``content_categories`` are free tokens (FORMAT.md): a token equal to an
industry declares that industry's content; the others in common use
(``company_homepage``, ``blog``, ``ecommerce``, ``forum``, ``tools``,
``other``) are :class:`ContentCategory` rows too, each saying which industries
it implies and whether only a unit may declare it, with the lines that rest
on. Any other token is unknown: CONTENT_CATEGORY_UNKNOWN reports it as advice,
and no other rule reads it. Tokens are compared exactly (``News`` is unknown).
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs


@attrs.frozen
class Industry:
    token: str
    """``pre_approvals[].industry`` and the content token that declares this industry."""
    name_zh: str
    name_en: str
    authority_zh: str
    authority_en: str
    document_zh: str | None
    """The approval document's name, where the catalog gives one."""
    document_en: str | None
    still_required: bool
    """Whether PREAPPROVAL_MISSING fires for this industry's content without an approval."""
    status: str
    """The catalog's status notes (RULE-CATALOG §3), quoted."""
    sources: tuple[str, ...]

    @property
    def approval_zh(self) -> str:
        """What to obtain: the document, or the authority's approval where no document is named."""
        return f"《{self.document_zh}》" if self.document_zh else f"{self.authority_zh}的前置审批文件"

    @property
    def approval_en(self) -> str:
        return self.document_en or f"the approval of {self.authority_en}"


_L19 = ("SEED:L19", "TC-PRE")

INDUSTRIES: dict[str, Industry] = {i.token: i for i in (
    Industry(
        "news", "新闻", "news",
        "企业所在省级人民政府新闻办公室", "the news office of the people's government of the entity's province",
        "互联网新闻信息服务许可证", "Internet news information service licence",
        True, "—", _L19),
    Industry(
        "publishing", "出版", "publishing (e-books, audio-video, maps …)",
        "省级新闻出版行政部门", "the provincial press and publication administration",
        "互联网出版许可证（新名称《网络出版服务许可证》）",
        "Internet publishing licence (newer name: online publishing service licence)",
        True, "newer document name 《网络出版服务许可证》 per MZANHE 3P", (*_L19, "MZANHE-3P")),
    Industry(
        "drugs_medical_devices", "药品和医疗器械", "drugs and medical devices",
        "省级药品监督管理部门（及卫生部门）", "the provincial drug administration (and health department)",
        "互联网药品信息服务资格证书", "Internet drug information service qualification certificate",
        True, "—", _L19),
    Industry(
        "culture", "文化", "culture (music, animation, games as culture products, performances)",
        "当地文化行政部门", "the local culture administration",
        "网络文化经营许可证", "Internet culture business licence",
        True, "SH (3P): 展览服务/文化艺术交流 scope counts as culture", (*_L19, "RENWEN-SH-3P")),
    Industry(
        "radio_film_tv", "广播电影电视节目", "radio, film and TV programmes (video/streaming)",
        "当地广播电视行政部门（中央单位直接向国家广播电视总局申请）",
        "the local radio and TV administration (centrally-owned units: the national radio and TV "
        "administration)",
        "信息网络传播视听节目许可证", "licence for the transmission of audio-visual programmes over "
        "information networks",
        True, "—", _L19),
    Industry(
        "education", "教育", "education (online schools, exam training)",
        "省级教育行政部门", "the provincial education department",
        None, None,
        False,
        "TC: cancelled nationwide, follow local bureau; ZZY 3P (2017): still required in ZJ, QH, XZ; "
        "BJ: education keywords need approval or a “not involved” commitment (AL-BJ-2025)",
        (*_L19, "ZZY-3P", "AL-BJ-2025")),
    Industry(
        "healthcare", "医疗保健", "health care information",
        "省级卫生行政部门", "the provincial health department",
        None, None,
        False,
        "TC: cancelled (State Council 2015 decision abolishing 62 locally-implemented approvals, "
        "item 8); ZZY 3P: still required in HE, XZ",
        (*_L19, "ZZY-3P")),
    Industry(
        "ride_hailing", "网络预约车", "ride-hailing",
        "公司注册地交通运输主管部门", "the transport commission where the company is registered",
        "网络预约出租汽车经营许可证", "online ride-hailing taxi business licence",
        True, "—", _L19),
    Industry(
        "bulletin_board", "电子公告", "electronic bulletin services (BBS, chat rooms, comment boards)",
        "省级通信管理局", "the provincial communications administration",
        None, None,
        False,
        "TC: State Council 5th batch cancelled the special approval, follow local bureau; personal "
        "filings may not run forums (TC-CAN)",
        (*_L19, "TC-CAN")),
    Industry(
        "finance", "金融", "finance",
        "金融监管部门（按业务：支付—中国人民银行；网贷—省金融办或银行业监管部门；互联网保险—保险监管部门；"
        "互联网信托和消费金融—银行业监管部门；股权众筹、互联网基金、基金销售、融资、融资担保—证券监管部门；"
        "私募基金—中国证券投资基金业协会）",
        "the financial regulator of the activity (payments: the People's Bank of China; P2P and online "
        "micro-loans: the provincial financial office or banking regulator; internet insurance: the "
        "insurance regulator; internet trust and consumer finance: the banking regulator; equity "
        "crowdfunding, internet funds, fund sales, financing, financing guarantees: the securities "
        "regulator; private funds: the Asset Management Association of China)",
        "金融监管部门的批准文件", "the financial regulator's approval document",
        True,
        "GD since 2016-06-20 (TC-PROV); LN finance units must have the legal rep as principal (AL-LN); "
        "regulator names as written in TC-PRE",
        _L19),
    Industry(
        "games", "游戏", "online games",
        "中共中央宣传部出版局", "the Publishing Bureau of the Publicity Department of the CPC Central Committee",
        None, None,
        True, "GD path via 网络文化经营许可证 (TC-PROV)", (*_L19, "TC-PROV")),
    # Format 1.1 (FORMAT.md group J). The sources name no approving authority, so none is claimed; not
    # still_required nationally: PREAPPROVAL_MISSING stays silent, Tibet's rule is PREAPPROVAL_XZ_RELIGION.
    Industry(
        "religion", "宗教", "religion",
        "审批部门（来源未列明）", "the approving authority (not named in the sources)",
        "互联网宗教信息服务许可证", "Internet religious information service licence",
        False, "XZ (HW-S3); the APP notice lists religion among pre-approval fields (APP23)", ("HW-S3", "APP23")),
)}


@attrs.frozen
class ContentCategory:
    token: str
    name_zh: str
    name_en: str
    industries: tuple[str, ...]
    """Pre-approval industries (keys of :data:`INDUSTRIES`) whose content this token declares."""
    unit_only: bool
    """Only a unit may declare it: an ``individual`` filer doing so is SITE_CONTENT_VS_ENTITY_NATURE."""
    reading: str
    """Why the token maps as it does."""
    sources: tuple[str, ...]


# Individuals may not carry enterprise, industry, forum, commercial or pre-approval content
# (RULE-CATALOG §1.5 SITE_CONTENT_VS_ENTITY_NATURE, PERSONAL_SITE_FORUM).
_PERSONAL_LIMITS = ("SEED:L19", "TC-REJ", "TC-SITE")

CONTENT_CATEGORIES: dict[str, ContentCategory] = {c.token: c for c in (
    *(ContentCategory(
        i.token, i.name_zh, i.name_en, (i.token,), True,
        "A token equal to a pre-approval industry declares that industry's content (FORMAT.md); "
        "individuals may not carry industry or pre-approval content (§1.5).",
        (*_L19, "TC-REJ")) for i in INDUSTRIES.values()),
    ContentCategory(
        "company_homepage", "企业/单位门户", "company or unit homepage", (), True,
        "Enterprise content; a personal filing running an enterprise site is an audit finding "
        "(“个人备案开办企业网站”, §1.5).",
        _PERSONAL_LIMITS),
    ContentCategory(
        "blog", "博客/个人空间", "blog / personal space", (), False,
        "The content personal filings may choose (§1.5 PERSONAL_SERVICE_CONTENT); no industry of §3. "
        "Jiangxi's ban on personal blogs is that rule's, not implied here.",
        ("HW-KB(doc_0258)",)),
    ContentCategory(
        "ecommerce", "网上商城", "online shop", (), True,
        "Commercial content, which personal filings may not carry (§1.5; TJ: no “淘宝/商城” content in "
        "personal filings). Not a pre-approval industry of §3.",
        (*_PERSONAL_LIMITS, "AL-TJ-NOTE")),
    ContentCategory(
        "forum", "论坛/社区", "forum / community", ("bulletin_board",), True,
        "A forum is an electronic bulletin service (§3: 电子公告服务 — BBS, chat rooms, comment boards); "
        "individuals may not run forum-type sites (§1.5 PERSONAL_SITE_FORUM).",
        ("SEED:L19", "TC-PRE", "TC-CAN")),
    ContentCategory(
        "tools", "工具", "tools", (), False,
        "No source restricts it or ties it to an industry of §3.",
        ("SEED:L19",)),
    ContentCategory(
        "other", "其他", "other", (), False,
        "Personal filings may choose 其他 with a remark (§1.5 PERSONAL_SERVICE_CONTENT).",
        ("HW-KB(doc_0258)",)),
)}

KNOWN_CONTENT_TOKENS = frozenset(CONTENT_CATEGORIES)


def content_category(token: str) -> ContentCategory | None:
    """The category a ``content_categories`` token names, or None when the library does not know it."""
    return CONTENT_CATEGORIES.get(token)


def implied_industries(tokens: Iterable[str]) -> tuple[str, ...]:
    """The pre-approval industries a list of content tokens declares, each once, in first-seen order."""
    found: dict[str, None] = {}
    for token in tokens:
        category = content_category(token)
        if category is not None:
            found.update(dict.fromkeys(category.industries))
    return tuple(found)

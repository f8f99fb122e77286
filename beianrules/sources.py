"""The sources the rules and the province data rest on: RULE-CATALOG §6, as a table.

Every ``Doc.sources`` key of a rule and every ``sources`` key of a province
value names an entry of :data:`SOURCES` — the catalog's own source list,
transcribed: its key, title, publisher, address and, where the page showed
one, its date. The catalog records the date a page showed, not the day it was
read, so :attr:`Source.page_date` is that date (None where the page showed
none). A key is written as the catalog writes it, and may add a detail:

- ``HW-KB(doc_0046)``, ``HW-ERR(1.6)``, ``HW-S3(CQ)`` — the base key, then which
  part of that source (a Huawei KB document id, a section, a province);
- ``SEED:L13`` — line 13 of the seed file (lines 1–2 are a site banner and carry no rule);
- ``RENWEN-SH-3P``, ``KEPAI-3P``, ``CHINACC-3P(GD)`` — a third-party page (``3P``),
  optionally with the province it is about (the catalog's own convention);
- ``derived (GB 11643, GB 32100)``, ``§4 (python-stdnum)``, ``observations (§5)`` —
  not a page: a computation from a national standard, or another section of
  the catalog. These few are listed in :data:`CATALOG_SECTIONS`, apart from the §6 entries.

:func:`cite` resolves a key (:class:`UnknownSourceError` when it names nothing);
the rule registry refuses a rule or a province value whose key does not resolve.
"""

from __future__ import annotations

import re
import urllib.parse

import attrs

from beianrules.errors import BeianrulesError
from beianrules.provinces._table import PROVINCE_CODES

__all__ = ["CATALOG_SECTIONS", "SOURCES", "Citation", "Source", "UnknownSourceError", "cite", "source_problems"]


class UnknownSourceError(BeianrulesError, KeyError):
    """A source key that names no entry of RULE-CATALOG §6 (nor one of the catalog's own sections)."""

    def __str__(self) -> str:  # KeyError's own str() quotes the message
        return str(self.args[0]) if self.args else ""


@attrs.frozen
class Source:
    """One entry of the sources table."""

    key: str
    title: str
    publisher: str
    address: str | None
    """Where to read it (a URL); None where the catalog captured none."""
    page_date: str | None = None
    """The date the page showed (ISO, or a year-month), as the catalog gives it; None where it showed none."""
    note: str | None = None
    """What the catalog adds: a mirror of which page, "not read", "unverified", what the page covers."""
    third_party: bool = False
    """A third-party page (agency, reseller, blog: ``3P`` in the catalog), used only where a rule says so."""
    other_addresses: tuple[str, ...] = ()
    """Further addresses the catalog names for the same source (mirrors, excerpts, summaries)."""
    repository: str | None = None
    """For a file of a public repository: ``owner/name`` on GitHub (``address`` links its default branch)."""
    path: str | None = None
    """For a file of a public repository: its path (a folder for a group of files)."""

    def to_dict(self) -> dict[str, object]:
        """JSON-ready, as the rulebook export lists it."""
        return {"key": self.key, "title": self.title, "publisher": self.publisher, "address": self.address,
                "page_date": self.page_date, "note": self.note, "third_party": self.third_party,
                "other_addresses": list(self.other_addresses), "repository": self.repository, "path": self.path}


@attrs.frozen
class Citation:
    """A source key as a rule or a province value writes it, resolved."""

    key: str
    source: Source
    detail: str | None = None
    """Which part of the source: ``doc_0046``, ``1.6``, ``CQ``, ``line 13``; None for the whole source."""

    @property
    def label(self) -> str:
        """The title, with the detail: ``华为云 ICP 备案知识库 (doc_0046)``."""
        return self.source.title + (f" ({self.detail})" if self.detail else "")

    def to_dict(self) -> dict[str, object]:
        """JSON-ready: the key as written, the source it resolves to, the detail, title, publisher, address."""
        return {"key": self.key, "source": self.source.key, "detail": self.detail, "title": self.source.title,
                "publisher": self.source.publisher, "address": self.source.address}


def _github(repository: str, path: str, *, folder: bool = False) -> str:
    """A link to a file (or folder) on the repository's default branch (GitHub resolves ``HEAD``)."""
    return f"https://github.com/{repository}/{'tree' if folder else 'blob'}/HEAD/{urllib.parse.quote(path)}"


_HUAWEI, _TENCENT, _ALIBABA = "Huawei Cloud (华为云)", "Tencent Cloud (腾讯云)", "Alibaba Cloud (阿里云)"
_HW_SKILLS = "huaweicloud/huaweicloud-skills"
_HW_KB = "skills/cdi/assist/huawei-cloud-icp-process-guidance/kb"
_TC_DOCS, _TC_PREFIX = "tencentyun/qcloud-documents", "product/域名与网站/网站备案/"
_HW_SEARCH = "a huaweicloud.com search page"


def _huawei(key: str, title: str, address: str, page_date: str | None = None, note: str | None = None) -> Source:
    return Source(key, title, _HUAWEI, address, page_date, note)


def _huawei_repo(key: str, title: str, path: str, note: str, *, folder: bool = False) -> Source:
    return Source(key, title, _HUAWEI, _github(_HW_SKILLS, path, folder=folder), note=note,
                  repository=_HW_SKILLS, path=path)


def _tencent(key: str, path: str, note: str | None = None) -> Source:
    """A page of Tencent Cloud's documentation repository, under the filing section's path prefix."""
    full = _TC_PREFIX + path
    title = path.rsplit("/", 1)[-1].removesuffix(".md")
    return Source(key, title, _TENCENT, _github(_TC_DOCS, full), note=note, repository=_TC_DOCS, path=full)


def _alibaba(key: str, title: str, address: str | None, page_date: str | None = None,
             note: str | None = None, *, third_party: bool = False) -> Source:
    return Source(key, title, _ALIBABA, address, page_date, note, third_party)


_ALI_RULES = "https://alibabacloud.com/help/en/icp-filing/basic-icp-service/user-guide/icp-filing-regulations-for-"
_ALI_FAQ = "https://www.alibabacloud.com/help/faq-detail/"


def _third_party(key: str, address: str | None, note: str | None = None,
                 other_addresses: tuple[str, ...] = ()) -> Source:
    return Source(key, f"{key} (third-party page)", "third party", address, note=note, third_party=True,
                  other_addresses=other_addresses)


_TABLE: tuple[Source, ...] = (
    # -- Seed -------------------------------------------------------------------------------------
    Source("SEED", "Huawei Cloud FAQ fragments (the project's seed file)", _HUAWEI, None,
           note="seed/000_e19f263df6401186.txt, cited by line (SEED:Ln); lines 1–2 are a site banner"),
    # -- Huawei Cloud -----------------------------------------------------------------------------
    _huawei("HW-HAINAN", "海南管局要求", "https://support.huaweicloud.com/prepare-icp/icp_02_0023.html", "2021-01-29"),
    _huawei("HW-JX-P", "Jiangxi requirements for individual filers",
            "https://huaweicloud.com/guide/productsdesc-bms_7eeb1e30d3a6875e703072cafc84c8d8support1", "2025-03-13",
            "mirror of support.huaweicloud.com/prepare-icp/icp_02_0019.html (Jiangxi, individual filers)"),
    _huawei("HW-GD-P", "Guangdong requirements for individual filers",
            "https://www.huaweicloud.com/guide/productsdesc-bms_f7e104d677767156cbda3e0152851873support1",
            "2025-05-27", "mirror of icp_02_0021 (Guangdong, individual filers)"),
    _huawei("HW-S1", "Huawei Cloud search page: 黑龙江 / 湖南 / 河南 excerpts",
            "https://huaweicloud.com/s/JeS6keacjeWKoeS4reW_gyU/t_30_p_12/JUlDUOWkh-ahiCU", note=_HW_SEARCH),
    _huawei("HW-S2", "Huawei Cloud search page: 陕西 limits, 青海 five images",
            "https://huaweicloud.com/s/JWUtbW9iaWxlN-acjeWKoeWZqOWcsOWdgOaAjuS5iOWhqyU/t_30_p_7/JUlDUOWkh-ahiCU",
            note=_HW_SEARCH),
    _huawei("HW-S3", "Huawei Cloud search page: 西藏, 重庆, 青海, number suffixes, footer rule",
            "https://huaweicloud.com/s/JeiBlOmAmuacjeWKoeWZqOS6keacjeWKoeWZqCU/t_30_p_10/JUlDUOWkh-ahiCU",
            note=_HW_SEARCH),
    _huawei("HW-S4", "Huawei Cloud search page: 宁夏, 湖北, DNS pause",
            "https://huaweicloud.com/s/JXRla2xh5aSa55So5oi35pyN5Yqh5ZmoJQ/t_30_p_8/JUlDUOWkh-ahiCU", note=_HW_SEARCH),
    _huawei("HW-S5", "Huawei Cloud search page: JS letters ≤ 4 MB, bureau 3–20 days, APP display, 网站主办者冲突",
            "https://huaweicloud.com/s/JeWfn-WQjeWuieWFqOajgOa1i-ezu-e7nyU/t_30_p_11/JUlDUOWkh-ahiCU",
            note=_HW_SEARCH),
    _huawei("HW-S6", "Huawei Cloud search page: naming rules, migration constraints, editing after provider "
                     "submission",
            "https://huaweicloud.com/s/JeWbuuWumklQ5ZKM5Zu65a6a5Z-f5ZCN55qE5Yy65YirJQ/t_30_p_11/JUlDUOWkh-ahiCU",
            note=_HW_SEARCH),
    _huawei("HW-S7", "Huawei Cloud search page: 河北, DNS rectification, APP domain levels",
            "https://huaweicloud.com/s/JWNvbeWSjHh5euWfn-WQjeWQjue8gOacieS7gOS5iOWMuuWIqyU/t_30_p_7/JUlDUOWkh-ahiCU",
            note=_HW_SEARCH),
    _huawei("HW-CHK", "Rectification: the website principal's contact is invalid",
            "https://support.huaweicloud.com/icp_faq/zh-cn_topic_0000001973267680.html", "2024-11-21"),
    _huawei("HW-SPECIAL", "ICP filing concepts (icp-chaxun)", "https://huaweicloud.com/special/icp-chaxun.html"),
    _huawei_repo("HW-KB", "Huawei Cloud ICP process guidance knowledge base", _HW_KB,
                 "Huawei's KB of support.huaweicloud.com pages; doc_NNNN are its internal page ids "
                 "(备案管局咨询.md, 备案政策咨询.md, 备案驳回咨询.md, 备案材料咨询.md, 备案成功后咨询.md, "
                 "App备案咨询.md, 备案域名咨询.md, 备案条件咨询.md, 备案常见问题.md, 备案前准备咨询.md)", folder=True),
    _huawei_repo("HW-ERR", "错误提示FAQ (常见备案信息不合格原因及整改方案)", f"{_HW_KB}/faq/错误提示FAQ.md",
                 "built from https://support.huaweicloud.com/pi-icp/zh-cn_topic_0000002273263073.html; cited by "
                 "section"),
    _huawei_repo("HW-RULES", "Huawei Cloud ICP filing rules (filing-rules.yml)",
                 "skills/cdi/assist/huawei-cloud-icp-rule-consult/references/filing-rules.yml",
                 "an ontology of filing rules in Huawei's rule-consult skill"),
    # -- Tencent Cloud ----------------------------------------------------------------------------
    _tencent("TC-REJ", "常见问题/备案流程/常见驳回原因及其处理.md"),
    _tencent("TC-PROV", "常见问题/省管局要求相关.md"),
    _tencent("TC-NUM", "常见问题/备案号.md"),
    _tencent("TC-NUMDEF", "0.弃用文档/ICP备案号.md", "a deprecated page"),
    _tencent("TC-PRE", "常见问题/前置审批相关.md"),
    _tencent("TC-SUBJ", "常见问题/备案流程/主体信息/主体信息.md"),
    _tencent("TC-SITE", "常见问题/备案流程/网站信息/网站信息.md"),
    _tencent("TC-CAN", "常见问题/备案前咨询/能否进行备案.md"),
    _tencent("TC-CANCEL", "常见问题/注销备案.md"),
    _tencent("TC-ACCESS", "常见问题/接入备案类.md"),
    _tencent("TC-CHECK", "常见问题/备案专项核查类/备案信息专项主要检查哪些内容？.md"),
    _tencent("TC-OVERDUE", "常见问题/备案专项核查类/超期未整改的相关问题.md"),
    _tencent("TC-HB", "常见问题/湖北省管局备案年审工作.md"),
    Source("TC-SC", "四川管局备案要求", _TENCENT, "https://cloud.tencent.cn/document/product/243/51725", "2023-12-08",
           "Tencent's per-province index, https://cloud.tencent.com/document/product/243/3474, was not read"),
    Source("TC-TJ-3P", "腾讯云天津管局ICP备案要求", _TENCENT, None, note="a third-party copy; its URL was not captured",
           third_party=True),
    # -- Alibaba Cloud ----------------------------------------------------------------------------
    _alibaba("AL-HE", "河北备案规则", "https://help.aliyun.com/knowledge_detail/50252.html"),
    _alibaba("AL-NM", "ICP filing regulations for Nei Mongol",
             "https://help.aliyun.com/zh/icp-filing/basic-icp-service/user-guide/icp-filing-regulations-for-nei-mongol"),
    _alibaba("AL-LN", "ICP filing regulations for Liaoning",
             "https://help.aliyun.com/zh/icp-filing/basic-icp-service/user-guide/icp-filing-regulations-for-liaoning"),
    _alibaba("AL-TJ-NOTE", "天津地区备案互联网信息服务内容说明",
             "https://alibabacloud.com/help/tc/icp-filing/basic-icp-service/user-guide/"
             "icp-filing-regulations-for-tianjin", "2024-07-13"),
    _alibaba("AL-TJ", "ICP filing regulations for Tianjin", _ALI_RULES + "tianjin-1"),
    _alibaba("AL-JS", "ICP filing regulations for Jiangsu", _ALI_RULES + "jiangsu", "2023-07-28"),
    _alibaba("AL-GZ", "ICP filing regulations for Guizhou", _ALI_RULES + "guizhou"),
    _alibaba("AL-FJ", "ICP filing regulations for Fujian", _ALI_RULES + "fujian"),
    _alibaba("AL-QH", "ICP filing regulations for Qinghai", _ALI_RULES + "qinghai"),
    _alibaba("AL-HN-ZH", "湖南备案规则",
             "http://bestwisewords.com/zh/icp-filing/basic-icp-service/user-guide/icp-filing-regulations-for-hunan",
             note="mirror of help.aliyun.com 湖南备案规则"),
    _alibaba("AL-BJ18", "Beijing filing rules (2018)", _ALI_FAQ + "50236.htm", "2018-04-10"),
    _alibaba("AL-SX18", "Shanxi filing rules (2018)", _ALI_FAQ + "50250.htm", "2018-01-08"),
    _alibaba("AL-SD", "Shandong filing rules", _ALI_FAQ + "50253.htm"),
    _alibaba("AL-HN18", "Hunan filing rules (2018)", _ALI_FAQ + "50258.htm", "2018-01-08"),
    _alibaba("AL-IDX", "ICP filing help index", "https://www.alibabacloud.com/help/doc-detail/50270.htm"),
    _alibaba("AL-ORDER", "ICP filing orders", "https://www.alibabacloud.com/help/doc-detail/36975.htm"),
    _alibaba("AL-BJ-2025", "北京备案规则", None, "2025-01-02", "its URL was not captured: unverified"),
    _alibaba("AL-CHECK-FAQ", "备案信息专项核查FAQ", None, note="a mirror; its URL was not captured"),
    _alibaba("AL-NOTICE-3P", "ICP备案须知", "http://www.qxzg.com/newsinfo/4774237.html",
             note="a third-party copy of Aliyun's page", third_party=True),
    _alibaba("AL-ARTICLE-3P", "Aliyun ICP filing article (third party)", "https://aliyunyh.com/495991.html",
             third_party=True),
    # -- Other providers / platforms -----------------------------------------------------------------
    Source("VE-JX", "江西管局备案规则", "Volcengine (火山引擎)", "https://www.volcengine.com/docs/6428/71587",
           "2021-08-12"),
    Source("KS-JX", "Jiangxi bureau filing rules", "Kingsoft Cloud (金山云)", "https://docs.ksyun.com/documents/5645"),
    Source("KS-HN", "Hunan bureau filing rules", "Kingsoft Cloud (金山云)", "https://docs.ksyun.com/documents/5611"),
    Source("KS-FIELDS", "Filing form fields", "Kingsoft Cloud (金山云)", "https://docs.ksyun.com/documents/37803"),
    Source("IN-REJ", "Filing rejections", "Inspur Cloud (浪潮云)",
           "https://console1.cloud.inspur.com/document/beian/4-question/reject.html"),
    Source("XINNET", "Naming rules", "Xinnet (新网)", "https://www.xinnet.com/service/cjwt/icp/zbnr/2009.html",
           note="naming rules; the page was truncated"),
    Source("FC-GS", "Gansu guidelines", "FinClip", "https://finclip.com/mop/document/operate/city-guidelines/gansu.html"),
    Source("FC-STD", "Filing standard", "FinClip", "https://finclip.com/mop/document/operate/record-standard.html"),
    Source("WX-API", "applyIcpFiling (小程序备案)", "WeChat (微信开放平台)",
           "https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/record/api_applyicpfiling",
           note="field notes as mirrored in the WxJava SDK class "
                "me.chanjar.weixin.open.bean.authandicp.WxOpenSubmitAuthAndIcpParam"),
    Source("WX-COMM", "errcode 86355 (community answer)", "WeChat (微信开放社区)",
           "https://developers.weixin.qq.com/community/personal/oCJUsw3v38irdJ1Kh9L0T0kfSMvc/answer"),
    Source("HGHA-README", "ICP_Query README", "HG-ha (GitHub)", _github("HG-ha/ICP_Query", "README.md"),
           repository="HG-ha/ICP_Query", path="README.md"),
    # -- Regulation and notices ---------------------------------------------------------------------
    Source("REG33", "《非经营性互联网信息服务备案管理办法》（信息产业部令第33号）",
           "信息产业部 (Ministry of Information Industry)",
           "http://zjnews.zjol.com.cn/05zjnews/system/2005/07/25/006247485.shtml", "2005-01-28",
           "adopted 2005-01-28, effective 2005-03-20; of the full text only Arts. 1–6 were read (the page is "
           "truncated); excerpts: EDONG, ZJCA, GHYUN-3P"),
    Source("EDONG", "REG33 excerpt (Arts. 5, 7, 13, 14)", "edong.com", "http://www.edong.com/help_show.php?cls_id=34&id=349",
           note="an excerpt of REG33"),
    Source("ZJCA", "REG33 Art. 14 (Zhejiang bureau)", "浙江省通信管理局 (Zhejiang Communications Administration)",
           "https://zjca.miit.gov.cn/bsfw/bszn/fjyxhlwxxfwbahz/art/2020/art_eb10dc6e09094ce28d6d81b3b760e1e2.html",
           note="REG33 Art. 14 as the Zhejiang bureau publishes it"),
    Source("GHYUN-3P", "REG33 Art. 12 (provider's quote)", "third party", "http://ghyun.com.cn/home/document/document/104",
           note="REG33 Art. 12 (20 working days) as a provider quotes it", third_party=True),
    Source("APP23", "《工业和信息化部关于开展移动互联网应用程序备案工作的通知》（工信部信管〔2023〕105号）",
           "工业和信息化部 (MIIT)",
           "https://www.miit.gov.cn/zwgk/zcwj/wjfb/tz/art/2023/art_920db564162e4312916a01bed6540ad8.html", "2023-08-04",
           "URL as cited by http://www.jyu.edu.cn/info/1040/13566.htm; the notice's own text was not read, only "
           "summaries (and FC-STD)",
           other_addresses=("https://wwyb.cn/info/show-38354.html", "https://v2ex.com/amp/t/963531",
                            "http://www.wan-qi.cn/news698.html")),
    Source("NM-PEOPLE", "APP filing in Inner Mongolia (人民网 / 内蒙古日报)", "人民网 (People's Daily Online)",
           "http://m.cyberphisher.net/n2/2024/0303/c196667-40762971.html", "2024-03-03", "a copy of the article"),
    Source("N633-3P", "工信管函〔2019〕633号", "工业和信息化部 (MIIT)", "http://www.zhaiyijian.com/news577.html",
           note="relayed by third-party pages; the notice itself was not read", third_party=True,
           other_addresses=("http://ttpvszb.cn/service/1532.html",)),
    # -- Third-party pages (cited as NAME-3P or NAME-<province>-3P) ------------------------------------
    _third_party("CHINACC", "https://chinacc.net/help/article/50.html"),
    _third_party("RENWEN", "https://renwen.com/faq/beian/rumen/gediquguanjubeianyaoqiu/212.html"),
    _third_party("AUTOAI", "http://docs.auto-ai.com.cn/beian/beian1/rule/rule3/shanghai"),
    _third_party("GUOKEYUN-TJ", "https://guokeyun.cn/help/article/421.html", "Tianjin"),
    _third_party("GUOKEYUN-SC", "https://guokeyun.cn/help/article/413.html", "Sichuan"),
    _third_party("IN800", "https://www.in800.com/help/article/3.html"),
    _third_party("93SG", "http://93shuiguo.com/tianjin/guize.html"),
    _third_party("XIAOSB-ZJ", "https://www.xiaosb.com/beian/36033/", "Zhejiang"),
    _third_party("XIAOSB-SC", "https://www.xiaosb.com/beian/11557/", "Sichuan"),
    _third_party("WORLDCST", "http://worldcst.com/jiangsu/guize.html"),
    _third_party("BUHEP", "http://buhep.cn/191.html"),
    _third_party("WESTCLOUDS", "https://westclouds.cn/content/help/shows/id/187.html"),
    _third_party("KNAME", "https://kname.net/ask/114936.html"),
    _third_party("MUCHS", "http://muchs.cn/news38/281038.html"),
    _third_party("HELPW", "https://help-w.com/163/163-c/1517853833_zh.html"),
    _third_party("KEMOK", "http://kemok4.com/help/id_42.html"),
    _third_party("GZIDC", "https://www.gzidc.com/Front/FrontCms/getPageShow/cat_id/44/page_id/83.html",
                 other_addresses=("http://store.gzidc.com/Front/FrontCms/getHelpArticleShow/cat_id/155/art_id/1380.html",)),
    _third_party("KEPAI", "https://kepai.net/icp/57.html"),
    _third_party("VHOST", "https://beian.vhostgo.com/faq/show.asp?c3lzaWQ9ODQ="),
    _third_party("HONGXIN", "http://m.hongxinkq.cn/Front/FrontCms/getHelpArticleShow/cat_id/155/art_id/1378.html"),
    _third_party("ZZY", "https://help.zzy.cn/app/right_homepage_page.php?type=1&level=2&id=43&aid=733"),
    _third_party("MZANHE", "http://m.mzanhe.com/news/xq?id=1760"),
    _third_party("XYCC", "http://www.xycc.cn/wlxy/icp/189.html"),
    _third_party("FCHNOLA", "http://www.fchnola.com/en/Article/226_630"),
    _third_party("EFILING", None, "an e-filing self-check table; its URL was not captured"),
    _third_party("OZABC", "https://www.ozabc.com/jianzhan/397880.html"),
    _third_party("BKZHISHI", "http://www.bkzhishi.com/sh/1644.html"),
    _third_party("3Z0", "https://en.3z0.cn/news/show-20952.html"),
    _third_party("JVSTIN", "http://m.jvstin.cn/SEO-s510.html"),
    _third_party("SD-COPY", "https://nanyang.11467.com/info/15242958.htm"),
    _third_party("CODE-CHECKLIST", None, "a GitHub TypeScript file listing Tianjin's content statement "
                                         "(id 61540436444 in the index); its repository was not captured"),
)

SOURCES: dict[str, Source] = {source.key: source for source in _TABLE}
"""RULE-CATALOG §6, by key."""

_CATALOG = "RULE-CATALOG (the project's catalog of filing rules)"

CATALOG_SECTIONS: dict[str, Source] = {source.key: source for source in (
    Source("§4", "RULE-CATALOG §4: reference data the rules need, and packages that can supply it", _CATALOG, None,
           note="not a §6 source: the catalog's verification of python-stdnum, phonenumbers, tldextract, …"),
    Source("observations", "RULE-CATALOG §5: filing numbers observed in public repositories' footers", _CATALOG, None,
           note="not a §6 source: evidence of formats only"),
    Source("derived", "Computed from the national standard named", _CATALOG, None,
           note="not a §6 source: the rule computes what the standard defines (GB 11643 citizen ID numbers, "
                "GB 32100 unified social credit codes), as python-stdnum implements it (§4)"),
)}
"""The few keys that name no page but a computation or another section of the catalog."""

_SEED_LINES = range(3, 23)
"""Lines of the seed file that carry rules (1–2 are a site banner)."""

_DETAIL = re.compile(r"^(?P<base>[^\s()]+)\s*(?P<detail>.*)$")
_THIRD_PARTY = re.compile(r"^(?P<name>.+?)(?:-(?P<province>[A-Z]{2}))?-3P$")


def _strip_parentheses(text: str) -> str:
    """``(doc_0046)`` → ``doc_0046``; a detail that is more than one parenthesised group stays as written."""
    if text.startswith("(") and text.endswith(")") and text.find(")") == len(text) - 1:
        return text[1:-1].strip()
    return text


def cite(key: str) -> Citation:
    """The source ``key`` names, with its detail; :class:`UnknownSourceError` when it names none."""
    match = _DETAIL.match(key.strip())
    if match is None:
        raise UnknownSourceError(f"{key!r} is not a source key")
    base, detail = match["base"], _strip_parentheses(match["detail"]) or None
    if base in SOURCES:
        return Citation(key, SOURCES[base], detail)
    if base in CATALOG_SECTIONS:
        return Citation(key, CATALOG_SECTIONS[base], detail)
    seed = re.fullmatch(r"SEED:L(\d+)", base)
    if seed is not None and int(seed[1]) in _SEED_LINES:
        line = f"line {int(seed[1])}"
        return Citation(key, SOURCES["SEED"], f"{line}, {detail}" if detail else line)
    third = _THIRD_PARTY.match(base)
    if third is not None:
        name, province = third["name"], third["province"]
        found = SOURCES.get(f"{name}-{province}") if province else None
        if found is None and (province is None or province in PROVINCE_CODES):
            found = SOURCES.get(name)
            if found is not None and not found.third_party:
                found = None
            elif found is not None and province:
                detail = f"{province}, {detail}" if detail else province
        if found is not None:
            return Citation(key, found, detail)
    raise UnknownSourceError(f"{key!r} names no source of RULE-CATALOG §6 (beianrules.sources.SOURCES)")


def source_problems(keys: tuple[str, ...] | list[str]) -> list[str]:
    """One line per key of ``keys`` that does not resolve."""
    problems = []
    for key in keys:
        try:
            cite(key)
        except UnknownSourceError as err:
            problems.append(str(err))
    return problems

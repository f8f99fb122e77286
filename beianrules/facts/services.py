"""Facts about websites and APPs: content categories and pre-approvals.

A *service* is one website (``websites[i]``) or APP (``apps[i]``). Three kinds
of fact describe it:

- ``content_category``: one per token of ``content_categories``, saying
  whether the library knows the token (:mod:`beianrules.industries`) and, if
  so, whether only a unit may declare it; with the filer's ``entity.type``.
- ``industry_claim``: one per pre-approval industry the service's tokens
  imply (a token equal to the industry, or one mapped to it such as
  ``forum`` → ``bulletin_board``), saying whether the industry still needs an
  approval and whether the service gives a pre-approval of that industry —
  any entry counts, valid or not: an expired or incomplete one is
  PREAPPROVAL_EXPIRED_OR_UNCLEAR's finding, not a missing one.
- ``pre_approval``: one per ``pre_approvals`` entry, with what is wrong with
  it: ``expired`` (``valid_until`` before ``as_of``; valid through ``as_of``
  itself is not expired; absent when no date is given), ``number_missing``,
  ``attachment_missing``. The ``*_path`` fields of a fault are set only when
  that field is at fault, so a reason names exactly the fields to correct.

Unknown tokens imply nothing and restrict nothing: only
CONTENT_CATEGORY_UNKNOWN (advice) reads them.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator

from beianrules.facts.context import Context
from beianrules.facts.schema import DATE, FLAG, PATH, TEXT, FactKind, token, tokens
from beianrules.finding import Fact
from beianrules.industries import INDUSTRIES, content_category, implied_industries
from beianrules.model import App, Filing, PreApproval, Website, date_text

KINDS = (
    FactKind("content_category", "One token of a service's `content_categories`.", {
        "path": PATH, "service": PATH, "service_name": TEXT, "token": TEXT, "known": FLAG, "unit_only": FLAG,
        "category": token("content_category"), "filer_type": token("entity_type"), "filer_type_path": PATH,
    }),
    FactKind("industry_claim", "A pre-approval industry a service's content categories imply.", {
        "path": PATH, "service": PATH, "service_name": TEXT, "industry": token("industry"),
        "approval_required": FLAG, "has_pre_approval": FLAG, "pre_approvals_path": PATH,
    }),
    FactKind("pre_approval", "One `pre_approvals` entry and what is wrong with it.", {
        "path": PATH, "service": PATH, "service_name": TEXT, "industry": token("industry"),
        "expired": FLAG, "number_missing": FLAG, "attachment_missing": FLAG,
        "valid_until": DATE, "as_of": DATE, "expired_path": PATH, "number_missing_path": PATH,
        "attachment_missing_path": PATH, "problems": tokens("pre_approval_problem"),
    }),
)


def services(filing: Filing) -> Iterator[tuple[str, Website | App]]:
    """(path, service) for every website, then every APP."""
    for i, site in enumerate(filing.websites):
        yield f"websites[{i}]", site
    for i, app in enumerate(filing.apps):
        yield f"apps[{i}]", app


def facts(ctx: Context) -> list[Fact]:
    filing, as_of = ctx.filing, ctx.as_of
    # Where some portal uploads the approval among the order's attachments rather than naming it
    # on the entry: we cannot tell which entry it belongs to, so it excuses every entry (silence).
    shared_document = any(a.type == "pre_approval_document" for a in filing.attachments)
    built = []
    for path, service in services(filing):
        built.extend(_content_categories(filing, path, service))
        built.extend(_industry_claims(path, service))
        # An industry the library does not describe makes no fact (the converter admits only the known ones;
        # format 1.1's `religion` is one of them).
        built.extend(_pre_approval(path, service, n, entry, as_of, shared_document)
                     for n, entry in enumerate(service.pre_approvals) if entry.industry in INDUSTRIES)
    return built


def _content_categories(filing: Filing, path: str, service: Website | App) -> list[Fact]:
    found = []
    for n, declared in enumerate(service.content_categories):
        category = content_category(declared)
        found.append({
            "kind": "content_category",
            "ref": f"{path}.content_categories[{n}]",
            "path": f"{path}.content_categories[{n}]",
            "service": path,
            "service_name": service.name,
            "token": declared,
            "known": category is not None,
            # Unknown token: no verdict on who may declare it.
            "unit_only": category.unit_only if category else None,
            "category": declared if category else None,
            "filer_type": filing.entity.type,
            "filer_type_path": "entity.type",
        })
    return found


def _industry_claims(path: str, service: Website | App) -> list[Fact]:
    given = {entry.industry for entry in service.pre_approvals}
    found = []
    for industry in implied_industries(service.content_categories):
        found.append({
            "kind": "industry_claim",
            "ref": f"{path}:industry:{industry}",
            "path": f"{path}.content_categories",
            "service": path,
            "service_name": service.name,
            "industry": industry,
            "approval_required": INDUSTRIES[industry].still_required,
            "has_pre_approval": industry in given,
            "pre_approvals_path": f"{path}.pre_approvals",
        })
    return found


def _blank(text: str | None) -> bool:
    return text is None or not text.strip()


def _pre_approval(path: str, service: Website | App, n: int, entry: PreApproval, as_of: _dt.date,
                  shared_document: bool) -> Fact:
    entry_path = f"{path}.pre_approvals[{n}]"
    # No date given: unknown, not expired.
    expired = entry.valid_until < as_of if entry.valid_until is not None else None
    number_missing = _blank(entry.number)
    attachment_missing = _blank(entry.attachment) and not shared_document
    problems = [name for name, wrong in (("expired", expired), ("number_missing", number_missing),
                                         ("attachment_missing", attachment_missing)) if wrong]
    return {
        "kind": "pre_approval",
        "ref": entry_path,
        "path": entry_path,
        "service": path,
        "service_name": service.name,
        "industry": entry.industry,
        "expired": expired,
        "number_missing": number_missing,
        "attachment_missing": attachment_missing,
        "valid_until": date_text(entry.valid_until),
        "as_of": as_of.isoformat(),
        "expired_path": f"{entry_path}.valid_until" if expired else None,
        "number_missing_path": f"{entry_path}.number" if number_missing else None,
        "attachment_missing_path": f"{entry_path}.attachment" if attachment_missing else None,
        "problems": problems or None,
    }

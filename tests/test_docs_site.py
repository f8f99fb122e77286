"""The docs site (issue 12, point 9): every page reachable, every public module in the API reference, and the
examples of the hand-written pages run as doctests.

The build itself (``sphinx-build -W``, the ``docs`` extra) runs in ``.ci/run``; these checks need no Sphinx.
"""

from __future__ import annotations

import doctest
import importlib
import pkgutil
import re
from pathlib import Path

import pytest

import beianrules

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
GENERATED = {"rules.md", "provinces.md", "format.md"}  # python -m beianrules.docs writes them
PAGES = sorted(p.name for p in DOCS.glob("*.md"))
WRITTEN = [name for name in PAGES if name not in GENERATED]


def _toctree_entries() -> set[str]:
    text = (DOCS / "index.md").read_text(encoding="utf-8")
    entries: set[str] = set()
    for block in re.findall(r"```\{toctree\}\n(.*?)```", text, re.S):
        entries |= {line.strip() for line in block.splitlines() if line.strip() and not line.startswith(":")}
    return entries


def test_every_page_is_in_a_toctree():
    assert {f"{name.removesuffix('.md')}" for name in PAGES} - {"index"} == _toctree_entries()


def test_the_site_has_the_pages_the_issue_asks_for():
    assert {"quickstart", "format", "rules", "provinces", "api", "cli", "adapters", "audit",
            "changelog"} <= _toctree_entries()
    assert "../CHANGELOG.md" in (DOCS / "changelog.md").read_text(encoding="utf-8")


def _public_modules() -> list[str]:
    names = []
    for info in pkgutil.walk_packages(beianrules.__path__, "beianrules."):
        if info.name.endswith("__main__") or any(part.startswith("_") for part in info.name.split(".")):
            continue
        if hasattr(importlib.import_module(info.name), "__all__"):
            names.append(info.name)
    return ["beianrules", *names]


def test_the_api_reference_documents_every_public_module():
    documented = set(re.findall(r"^\.\. automodule:: (\S+)$", (DOCS / "api.md").read_text(encoding="utf-8"), re.M))
    assert set(_public_modules()) <= documented


def _failures(text: str, name: str) -> tuple[int, int, str]:
    """(examples, failures, report) of the ``>>>`` examples in ``text``, run from the repository root."""
    test = doctest.DocTestParser().get_doctest(text, {}, name, name, 0)
    out: list[str] = []
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    runner.run(test, out=out.append)
    return len(test.examples), runner.failures, "".join(out)


@pytest.mark.parametrize("page", WRITTEN)
def test_the_examples_of_the_page_pass(page, monkeypatch):
    monkeypatch.chdir(ROOT)  # the pages read examples/ by relative paths, as a reader in a checkout would
    examples, failures, report = _failures((DOCS / page).read_text(encoding="utf-8"), page)
    assert failures == 0, report


def test_the_guides_have_examples_that_run():
    counts = {page: _failures((DOCS / page).read_text(encoding="utf-8"), page)[0]
              for page in ("quickstart.md", "audit.md", "adapters.md")}
    assert all(count >= 3 for count in counts.values()), counts


def test_a_wrong_example_is_a_failure():
    examples, failures, report = _failures("```pycon\n>>> 1 + 1\n3\n\n```\n", "wrong")
    assert (examples, failures) == (1, 1) and "Expected:\n    3" in report

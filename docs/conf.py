"""Sphinx configuration of the beianrules docs site (``sphinx-build -W docs build/docs``; the ``docs`` extra).

The pages are Markdown (MyST); the API reference is autodoc over the package's docstrings, which are reST.
The rule, province and format references are the generated ``rules.md``, ``provinces.md`` and ``format.md``.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # the checkout's package, also when it is not installed

import beianrules  # noqa: E402

project = "beianrules"
author = "beianrules contributors"
copyright = "2026, beianrules contributors"
release = version = beianrules.__version__

extensions = ["myst_parser", "sphinx.ext.autodoc", "sphinx.ext.napoleon", "sphinx.ext.viewcode"]
source_suffix = {".md": "markdown"}
exclude_patterns = ["_build", "build"]

# The generated references link to rules by their heading slugs (rules.md#id_expired).
myst_heading_anchors = 3
myst_enable_extensions = ["colon_fence", "deflist"]

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "show-inheritance": True}

html_theme = "furo"
html_title = f"beianrules {release}"

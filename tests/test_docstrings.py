"""Every public name has a docstring (issue 12, point 9): the API reference is built from them.

A public name is one listed in an ``__all__`` of the package or of one of its modules. Classes and functions
need their own docstring, and so does every public method and property a public class defines; a constant or
a type alias needs an attribute docstring (a string right after its assignment), which autodoc shows too.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
from functools import cache
from pathlib import Path

import pytest

import beianrules

MODULES = ["beianrules"] + sorted(
    info.name for info in pkgutil.walk_packages(beianrules.__path__, "beianrules.")
    if not info.name.endswith("__main__"))  # running it would start the command line


def _public_names() -> list[tuple[str, str]]:
    found = []
    for name in MODULES:
        module = importlib.import_module(name)
        found += [(name, public) for public in getattr(module, "__all__", ())]
    return found


PUBLIC = _public_names()


@cache
def _module_tree(module_name: str) -> ast.Module:
    path = Path(importlib.import_module(module_name).__file__ or "")
    return ast.parse(path.read_text(encoding="utf-8"))


def _attribute_doc(module_name: str, name: str, depth: int = 0) -> str | None:
    """The string right after ``name``'s assignment at module level, following ``from x import name``."""
    body = _module_tree(module_name).body
    for statement, following in zip(body, body[1:] + [None], strict=True):
        targets = (statement.targets if isinstance(statement, ast.Assign)
                   else [statement.target] if isinstance(statement, ast.AnnAssign) else [])
        if any(isinstance(t, ast.Name) and t.id == name for t in targets):
            if (isinstance(following, ast.Expr) and isinstance(following.value, ast.Constant)
                    and isinstance(following.value.value, str)):
                return following.value.value
            return None
    for statement in body:
        if isinstance(statement, ast.ImportFrom) and statement.module and depth < 5:
            for alias in statement.names:
                if (alias.asname or alias.name) == name:
                    source = importlib.util.resolve_name("." * statement.level + statement.module, module_name) \
                        if statement.level else statement.module
                    return _attribute_doc(source, alias.name, depth + 1)
    return None


def _own_doc(obj: object) -> str | None:
    doc = getattr(obj, "__doc__", None)
    return doc if isinstance(doc, str) and doc.strip() else None


def _missing(module_name: str, name: str) -> list[str]:
    obj = getattr(importlib.import_module(module_name), name)
    where = f"{module_name}.{name}"
    if inspect.isclass(obj):
        missing = [] if _own_doc(obj) else [where]
        for attribute, value in vars(obj).items():
            function = value.fget if isinstance(value, property) else getattr(value, "__func__", value)
            if not attribute.startswith("_") and inspect.isfunction(function) and not _own_doc(function):
                missing.append(f"{where}.{attribute}")
        return missing
    if inspect.isfunction(obj) or inspect.isbuiltin(obj) or hasattr(obj, "__wrapped__"):
        return [] if _own_doc(obj) else [where]
    if inspect.ismodule(obj):
        return [] if _own_doc(obj) else [where]
    # A constant or a type alias: its docstring is in the source.
    return [] if _attribute_doc(module_name, name) else [where]


def test_the_public_names_are_found():
    assert ("beianrules", "check") in PUBLIC and ("beianrules", "Report") in PUBLIC
    assert ("beianrules.errors", "Source") in PUBLIC  # a type alias
    assert len(PUBLIC) > 100


@pytest.mark.parametrize(("module_name", "name"), PUBLIC, ids=[f"{m}.{n}" for m, n in PUBLIC])
def test_every_public_name_has_a_docstring(module_name, name):
    assert not _missing(module_name, name), f"no docstring: {_missing(module_name, name)}"


def test_an_undocumented_name_is_found(tmp_path, monkeypatch):
    (tmp_path / "undocumented_fixture.py").write_text(
        '"""A module."""\n__all__ = ["f", "C", "N", "D"]\n'
        "def f(): pass\n"
        'class C:\n    """A class."""\n    def method(self): pass\n    @property\n    def prop(self): return 1\n'
        "N = 3\n"
        'D = 4\n"""D is documented."""\n', encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    assert _missing("undocumented_fixture", "f") == ["undocumented_fixture.f"]
    assert _missing("undocumented_fixture", "C") == ["undocumented_fixture.C.method", "undocumented_fixture.C.prop"]
    assert _missing("undocumented_fixture", "N") == ["undocumented_fixture.N"]
    assert _missing("undocumented_fixture", "D") == []

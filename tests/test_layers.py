"""Data flows one way: no module imports one of a higher layer (issue 6, point 9)."""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "beianrules"

# Lowest first. A module may import its own layer and those below it, never one above.
LAYERS = [
    ("paths", "notebook", "errors", "problems", "finding", "model",
     "industries", "provinces._table", "_region_data", "reference", "countries", "sources"),
    ("filing_number", "regions", "divisions"),
    ("provinces._schema", "provinces", "vocabulary"),
    ("convert", "coherence", "schema", "registry", "conflicts", "facts"),
    ("declaration", "examples", "synthetic"),
    ("rulebook",),
    ("evaluator", "engine"),
    ("report", "checker", "auditing", "records", "worker_preload"),
    ("formatdoc", "docs", "rulebook_export", "clients", "cli", "__main__", "__init__", "dask"),
]


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" and len(parts) > 1 else parts)


def _layer(name: str) -> int:
    """The layer of ``beianrules.<name>``: the longest listed prefix decides (``provinces.js`` → ``provinces``)."""
    best = None
    for level, members in enumerate(LAYERS):
        for member in members:
            if (name == member or name.startswith(member + ".")) and (best is None or len(member) > len(best[1])):
                best = (level, member)
    assert best is not None, f"beianrules.{name} is in no layer: add it to LAYERS"
    return best[0]


def _imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("beianrules"):
            base = node.module.removeprefix("beianrules").lstrip(".")
            if base:
                found.add(base)
            else:  # from beianrules import x: x is a module (or the package's own name)
                found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.Import):
            found |= {a.name.removeprefix("beianrules.") for a in node.names if a.name.startswith("beianrules.")}
    return found


MODULES = sorted(PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=[str(p.relative_to(PACKAGE)) for p in MODULES])
def test_no_module_imports_a_higher_layer(path):
    name = _module_name(path)
    own = _layer(name)
    higher = {imported for imported in _imports(path) if _layer(imported) > own}
    assert not higher, f"beianrules.{name} (layer {own}) imports {sorted(higher)} from higher layers"


def test_the_layers_say_what_the_design_says():
    assert _layer("provinces.js") == _layer("provinces._schema") < _layer("facts.province") < _layer("rulebook")
    assert _layer("finding") < _layer("evaluator") == _layer("engine")
    assert _layer("vocabulary") < _layer("facts.people") < _layer("declaration")
    # The client adapters sit above the checker, beside the command line (which uses them).
    assert _layer("checker") < _layer("clients.wechat") == _layer("clients._common") == _layer("cli")


def test_an_upward_import_is_found(tmp_path):
    module = tmp_path / "fake.py"
    module.write_text("from beianrules.rulebook import registry\nimport beianrules.checker\n", encoding="utf-8")
    assert _imports(module) == {"rulebook", "checker"}
    assert all(_layer(name) > _layer("provinces") for name in _imports(module))

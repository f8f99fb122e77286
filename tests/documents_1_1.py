"""Documents for the format 1.1 tests: the shipped 1.1 example, FORMAT.md's, and a document with null written
in every optional place it leaves out."""

import json
import types
import typing
from pathlib import Path

import attrs

from beianrules.model import Filing, json_key

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE_1_1 = ROOT / "examples" / "format-1.1.json"
SPEC = ROOT.parent / "shared" / "spec" / "FORMAT.md"


def example_1_1():
    return json.loads(EXAMPLE_1_1.read_text(encoding="utf-8"))


def spec_example_1_1():
    """The example document of FORMAT.md's "Example (1.1)", or None when the spec is not beside this checkout."""
    if not SPEC.is_file():
        return None
    block = SPEC.read_text(encoding="utf-8").split("### Example (1.1)", 1)[1].split("```json", 1)[1].split("```")[0]
    return json.loads(block)


def with_nulls(value, type_=Filing):
    """``value`` with null written for every optional key it leaves out, in every object, recursively."""
    origin = typing.get_origin(type_)
    if origin in (typing.Union, types.UnionType):
        inner = [t for t in typing.get_args(type_) if t is not type(None)]
        return with_nulls(value, inner[0]) if len(inner) == 1 and value is not None else value
    if origin is tuple and isinstance(value, list):
        return [with_nulls(item, typing.get_args(type_)[0]) for item in value]
    if attrs.has(type_) and isinstance(value, dict):
        hints = typing.get_type_hints(type_)
        filled = dict(value)
        for field in attrs.fields(type_):
            key = json_key(field)
            if key in filled:
                filled[key] = with_nulls(filled[key], hints[field.name])
            elif field.default is not attrs.NOTHING:
                filled[key] = None
        return filled
    return value

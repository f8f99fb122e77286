"""Dotted input paths (``websites[10].domains[0]``) as location tuples, and their natural order."""

from __future__ import annotations

import re

_PART = re.compile(r"\[(\d+)\]|([^.\[\]]+)")

Location = tuple[str | int, ...]


def location(path: str) -> Location:
    """``"websites[10].domains[0]"`` → ``("websites", 10, "domains", 0)``; ``""`` (the whole document) → ``()``."""
    return tuple(int(index) if index else name for index, name in _PART.findall(path))


def dotted(parts: Location) -> str:
    """The inverse of :func:`location`."""
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


def sort_key(path: str) -> tuple[tuple[int, int, str], ...]:
    """A key that orders paths naturally: ``websites[2]`` before ``websites[10]``, a parent before its fields."""
    return tuple((0, part, "") if isinstance(part, int) else (1, 0, part) for part in location(path))

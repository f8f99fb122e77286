"""benchmarks/stages.py reaches into the pipeline's stages by name: it must keep finding every one of them.

Only that it runs and names each stage and fact module is tested here; its timings are the benchmark's.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from beianrules import facts

SCRIPT = Path(__file__).parent.parent / "benchmarks" / "stages.py"


def _stages(*args: str) -> dict[str, float]:
    run = subprocess.run([sys.executable, str(SCRIPT), "12", "--warm-up", "5", *args], capture_output=True,
                         text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    return {match["stage"].strip(): float(match["micros"])
            for match in re.finditer(r"^  (?P<stage>.+?)\s+(?P<micros>[\d.]+) µs$", run.stdout, re.MULTILINE)}


@pytest.mark.parametrize("audit", [False, True], ids=["check", "audit"])
def test_every_stage_and_fact_module_is_timed(audit: bool) -> None:
    stages = _stages(*(["--audit"] if audit else []))
    expected = {"read: JSON, structuring, cross-field dates", "facts", "evaluate", "reasons, rendered in zh and en"}
    if audit:
        expected.add("registry view of the book")
    modules = {"facts: " + module.__name__.rsplit(".", 1)[-1] for module in facts._MODULES}
    # Every pipeline stage is timed, and the fact modules the check runs (a module none of whose kinds its rules
    # read is not run, so not listed).
    assert expected <= set(stages) <= expected | modules
    assert {"facts: people", "facts: entity", "facts: identity_checks"} <= set(stages)
    # The clocks ran: each filing is read and its facts built, and the modules' share is within the facts'.
    assert stages["read: JSON, structuring, cross-field dates"] > 0
    assert 0 < sum(micros for stage, micros in stages.items() if stage in modules) <= stages["facts"]

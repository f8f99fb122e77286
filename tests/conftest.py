import json
from pathlib import Path

import pytest

from beianrules import engine as durable_engine

CASES_DIR = Path(__file__).parent / "cases"
ENGINES = ["durable", "python"]


def load_cases():
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(CASES_DIR.glob("*.json"))]


@pytest.fixture(params=ENGINES)
def engine(request):
    if request.param == "durable" and not durable_engine.AVAILABLE:
        pytest.skip("durable-rules is not installed on this Python (>= 3.13): the reference evaluator runs alone")
    return request.param

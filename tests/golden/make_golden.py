"""Write tests/golden/reasons.json: what every rule example and shared case reports today.

Made once, before the vocabulary redesign (issue 6), and compared by
tests/test_golden.py after it: for every input, code, kind, severity, paths and
the rendered zh/en message and remedy must stay as they were. Inputs are keyed
by what they are (province, as_of, changes, registry), not by title, so an
example that moves into a generated rule is still compared.
Run from the repo root: ``python tests/golden/make_golden.py``.
"""

import json
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent))

import beianrules  # noqa: E402
from beianrules.examples import example_documents  # noqa: E402


def example_key(rule, example) -> str:
    return json.dumps({"province": example.province or rule.province, "as_of": example.as_of,
                       "changes": example.changes, "registry": list(example.registry)},
                      sort_keys=True, ensure_ascii=False, default=repr)


def reasons(report) -> list[dict]:
    return [{k: v for k, v in r.to_dict().items() if k != "evidence"} for r in report.reasons]


def snapshot(engine: str) -> dict:
    examples = {}
    for rule in beianrules.rules():
        for example in rule.examples:
            document, registry = example_documents(rule, example)
            examples[f"{rule.code} {example_key(rule, example)}"] = reasons(
                beianrules.check(document, registry=registry, engine=engine))
    cases = {}
    for path in sorted((HERE.parent / "cases").glob("*.json")):
        case = json.loads(path.read_text(encoding="utf-8"))
        if case.get("input_error"):
            continue
        cases[case["name"]] = reasons(beianrules.check(case["document"], registry=case["registry"], engine=engine))
    return {"examples": examples, "cases": cases}


if __name__ == "__main__":
    golden = snapshot("python")
    assert snapshot("durable") == golden, "the engines disagree"
    (HERE / "reasons.json").write_text(json.dumps(golden, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                                       encoding="utf-8")
    print(len(golden["examples"]), "examples,", len(golden["cases"]), "cases")

"""The command line: ``beianrules check FILE``, ``audit``, ``rules``, ``explain``, ``number``, ``schema``.

Exit status: 0 acceptable, 1 at least one reason of severity error (or a
malformed filing number for ``number``), 2 bad input (an engine that is not
installed here included), 3 an engine failure. The status follows the
exception's class (:data:`EXIT_STATUS`), never its message. Bad input is
listed path by path on standard error, never as a traceback.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, NoReturn

from beianrules import checker
from beianrules.convert import parse_date
from beianrules.errors import BeianrulesError, EngineFailure, EngineUnavailable, InputError, InputIssue

if TYPE_CHECKING:
    from beianrules.registry import Registry

EXIT_OK, EXIT_REJECTED, EXIT_BAD_INPUT, EXIT_ENGINE_FAILURE = 0, 1, 2, 3

EXIT_STATUS: tuple[tuple[type[BeianrulesError], int], ...] = (
    (InputError, EXIT_BAD_INPUT),
    (EngineUnavailable, EXIT_BAD_INPUT),  # the caller asked for an engine this Python cannot have
    (EngineFailure, EXIT_ENGINE_FAILURE),
)
"""Exception class → exit status, first match wins; any other library error is an engine-side failure."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # argparse exits with 2 too; keep its message, lose nothing
        self.print_usage(sys.stderr)
        print(f"beianrules: error: {message}", file=sys.stderr)
        sys.exit(EXIT_BAD_INPUT)


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="beianrules", description="Check ICP filing (ICP备案) orders and audit approved filings.")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("--registry", metavar="FILE.jsonl", help="other filings, one JSON document a line")
        p.add_argument("--as-of", metavar="DATE", help="check date when the document gives none (default: today)")
        p.add_argument("--format", choices=("text", "json"), default="text")
        p.add_argument("--lang", choices=("zh", "en"), default="zh")
        p.add_argument("--engine", choices=("durable", "python"), default=None,
                       help=f"rule engine (default: {checker.DEFAULT_ENGINE})")

    check = sub.add_parser("check", help="check one filing (a JSON document; - for standard input)")
    check.add_argument("file")
    common(check)

    audit = sub.add_parser("audit", help="audit every filing of a JSON Lines file against the others")
    audit.add_argument("file")
    common(audit)

    rules = sub.add_parser("rules", help="list the declared rules")
    rules.add_argument("--province", help="only rules that can apply in this province")
    rules.add_argument("--format", choices=("text", "json", "markdown"), default="text")

    explain = sub.add_parser("explain", help="show one rule: what, why, how to fix, sources, examples")
    explain.add_argument("code")

    number = sub.add_parser("number", help="parse a filing number (备案号)")
    number.add_argument("text")
    number.add_argument("--format", choices=("text", "json"), default="text")

    sub.add_parser("schema", help="print the JSON Schema (draft 2020-12) of the filing document")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return _COMMANDS[args.command](args)
    except BeianrulesError as err:
        if isinstance(err, InputError):
            _print_issues(err.issues)
        else:
            print(f"beianrules: {_WHAT.get(type(err), 'error')}: {err}", file=sys.stderr)
        return exit_status(err)
    except BrokenPipeError:  # output piped into `head` and the like: not an error of ours
        import os
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK


_WHAT: dict[type[BeianrulesError], str] = {EngineUnavailable: "engine not available", EngineFailure: "engine error"}


def exit_status(error: BeianrulesError) -> int:
    """The exit status for a library error, by its class."""
    return next((status for cls, status in EXIT_STATUS if isinstance(error, cls)), EXIT_ENGINE_FAILURE)


def _print_issues(issues: Sequence[InputIssue]) -> None:
    print(f"beianrules: bad input, {len(issues)} problem(s):", file=sys.stderr)
    for issue in issues:
        print(f"  {issue.path or '(document)'}: {issue.problem}", file=sys.stderr)


def _read_text(path: str, what: str) -> str:
    try:
        if path == "-":
            return sys.stdin.read()
        with open(path, encoding="utf-8") as handle:
            return handle.read()
    except OSError as exc:
        raise InputError([InputIssue("", f"cannot read {what} {path!r}: {exc.strerror}")]) from None
    except UnicodeDecodeError:
        raise InputError([InputIssue("", f"{what} {path!r} is not UTF-8 text")]) from None


def _load_registry(path: str | None) -> Registry | None:
    if path is None:
        return None
    from beianrules.registry import Registry
    try:
        return Registry.from_jsonl(path)
    except OSError as exc:
        raise InputError([InputIssue("", f"cannot read registry {path!r}: {exc.strerror}")]) from None
    except UnicodeDecodeError:
        raise InputError([InputIssue("", f"registry {path!r} is not UTF-8 text")]) from None


def _as_of(text: str | None) -> _dt.date | None:
    if text is None:
        return None
    try:
        return parse_date(text)
    except ValueError as exc:
        raise InputError([InputIssue("--as-of", str(exc))]) from None


def _cmd_check(args: argparse.Namespace) -> int:
    as_of = _as_of(args.as_of)
    registry = _load_registry(args.registry)
    report = checker.check(_read_text(args.file, "filing"), registry=registry, as_of=as_of, engine=args.engine)
    print(report.to_json() if args.format == "json" else report.to_text(args.lang))
    return EXIT_OK if report.ok else EXIT_REJECTED


def _cmd_audit(args: argparse.Namespace) -> int:
    as_of = _as_of(args.as_of)
    registry = _load_registry(args.registry)
    from beianrules.registry import filings_from_lines
    filings = filings_from_lines(_read_text(args.file, "filings").splitlines(), "line")
    reports = list(checker.audit(filings, registry=registry, as_of=as_of, engine=args.engine))
    if args.format == "json":
        print(json.dumps([r.to_dict() for r in reports], ensure_ascii=False, indent=2))
    elif not reports:
        print("no filings to audit")
    else:
        print("\n\n".join(r.to_text(args.lang) for r in reports))
    return EXIT_OK if all(r.ok for r in reports) else EXIT_REJECTED


def _cmd_rules(args: argparse.Namespace) -> int:
    from beianrules import docs
    from beianrules.provinces._table import province_code
    province = None
    if args.province:
        province = province_code(args.province)
        if province is None:
            raise InputError([InputIssue("--province", f"unknown province {args.province!r}")])
    print(docs.render_rule_list(province, args.format))
    return EXIT_OK


def _cmd_explain(args: argparse.Namespace) -> int:
    from beianrules import docs
    from beianrules.rulebook import registry
    rule = registry().get(args.code.strip().upper())
    if rule is None:
        raise InputError([InputIssue("code", f"no rule {args.code!r}; `beianrules rules` lists them")])
    print(docs.render_rule(rule))
    return EXIT_OK


def _cmd_number(args: argparse.Namespace) -> int:
    from beianrules.errors import FilingNumberError
    from beianrules.filing_number import parse_filing_number
    try:
        number = parse_filing_number(args.text)
    except FilingNumberError as err:
        print(f"beianrules: malformed filing number: {err.problem} / {err.problem_zh}", file=sys.stderr)
        return EXIT_REJECTED
    fields = {"text": number.text, "province": number.province, "prefix": number.prefix, "form": number.form,
              "entity_number": number.entity_number, "entity_serial": number.entity_serial,
              "service_serial": number.service_serial, "service_kind": number.service_kind}
    if args.format == "json":
        print(json.dumps(fields, ensure_ascii=False, indent=2))
    else:
        print("\n".join(f"{k:15} {'—' if v is None else v}" for k, v in fields.items()))
    return EXIT_OK


def _cmd_schema(_args: argparse.Namespace) -> int:
    from beianrules.schema import json_schema
    print(json.dumps(json_schema(), ensure_ascii=False, indent=2))
    return EXIT_OK


_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "check": _cmd_check, "audit": _cmd_audit, "rules": _cmd_rules, "explain": _cmd_explain, "number": _cmd_number,
    "schema": _cmd_schema,
}

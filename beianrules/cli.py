"""The command line: ``beianrules check FILE``, ``audit``, ``rules``, ``explain``, ``number``, ``schema``.

``check --from wechat|douyin REQUEST.json --code-tables DIR`` checks a platform's filing request
(:mod:`beianrules.clients`) and reports with the request's own field names.

Exit status (:data:`EXIT_STATUSES_HELP`, also in ``--help``): 0 acceptable, 1 at least one reason of
severity error (or a malformed filing number for ``number``), 2 bad input (an engine that is not
installed here included), 3 an engine failure, 4 an internal error (a bug: a short note naming where to
report it, the traceback only with ``BEIANRULES_TRACEBACK=1``). The status follows the exception's class
(:data:`EXIT_STATUS`), never its message, and survives a closed pipe (``| head``). Bad input is listed
path by path on standard error, or as one JSON object on standard output with ``--format json``, never as
a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as _dt
import json
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TextIO, cast

import attrs

import beianrules
from beianrules import checker
from beianrules.convert import date_argument, read_text
from beianrules.errors import BeianrulesError, EngineFailure, EngineUnavailable, InputError, InputIssue
from beianrules.problems import issue
from beianrules.report import Report

if TYPE_CHECKING:
    from beianrules import auditing
    from beianrules.registry import Registry

EXIT_OK, EXIT_REJECTED, EXIT_BAD_INPUT, EXIT_ENGINE_FAILURE, EXIT_INTERNAL = 0, 1, 2, 3, 4
EXIT_INTERRUPTED = 130  # the shells' 128 + SIGINT

TRACEBACK_VARIABLE = "BEIANRULES_TRACEBACK"
"""Set (to anything but empty) to see the traceback of an internal error."""

EXIT_STATUSES_HELP = f"""exit status:
  0  acceptable: no reason of severity error (also with --exit-zero)
  1  rejected: at least one reason of severity error
  2  bad input: the document, a registry line or an argument (every problem listed; with --format json
     one JSON object on standard output); also an engine not installed here
  3  engine failure: the rule engine could not give a result
  4  internal error: a bug in beianrules (set {TRACEBACK_VARIABLE}=1 to see the traceback)
  5  audit only: some lines could not be read, and some filings read are not acceptable"""
EXIT_BAD_INPUT_AND_REJECTED = 5
"""``audit``: some lines could not be read and some filings read are not acceptable (both said at once)."""

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
    parser = _Parser(prog="beianrules", description="Check ICP filing (ICP备案) orders and audit approved filings.",
                     epilog=EXIT_STATUSES_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"beianrules {beianrules.__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    documented: dict[str, Any] = {"epilog": EXIT_STATUSES_HELP, "formatter_class": argparse.RawDescriptionHelpFormatter}

    def common(p: argparse.ArgumentParser, formats: tuple[str, ...] = ("text", "json"),
               as_of_help: str = "check date when the document gives none (default: today)") -> None:
        p.add_argument("--registry", metavar="FILE.jsonl", help="other filings, one JSON document a line")
        p.add_argument("--select", metavar="CODES", action="append", default=[],
                       help="report only these rules: codes or prefixes, comma-separated (ID_EXPIRED,CONTACT_); "
                            "against --ignore the longer match wins, as in ruff")
        p.add_argument("--ignore", metavar="CODES", action="append", default=[],
                       help="leave these rules out: codes or prefixes, comma-separated")
        p.add_argument("--exit-zero", action="store_true",
                       help="exit 0 even when a reason of severity error stands (bad input and failures keep "
                            "their statuses)")
        p.add_argument("--as-of", metavar="DATE", help=as_of_help)
        p.add_argument("--format", choices=formats, default="text")
        p.add_argument("--lang", choices=("zh", "en"), default="zh")
        p.add_argument("--engine", choices=("durable", "python"), default=None,
                       help=f"rule engine (default: {checker.DEFAULT_ENGINE})")

    check = sub.add_parser("check", help="check one filing (a JSON document; - for standard input)", **documented)
    check.add_argument("file")
    common(check)
    client = check.add_argument_group(
        "client requests", "FILE is a WeChat applyIcpFiling or Douyin submit_record_info request; the report's paths "
        "are the request's own field names")
    client.add_argument("--from", dest="client", choices=("wechat", "douyin"), default=None,
                        help="read FILE as this platform's request")
    client.add_argument("--code-tables", metavar="DIR",
                        help="the platform's list responses, one <endpoint>.json each (query_icp_subject_types.json, "
                             "query_corp_type_list.json, …)")
    client.add_argument("--order-type", metavar="T", help="order.type (new_filing, new_app, …)")
    client.add_argument("--fact", metavar="PATH=VALUE", action="append", default=[],
                        help="a FORMAT path the request lacks, as text (apps[0].name=青藤缴费), or PATH:=JSON for "
                             "other JSON values (order.commercial:=false)")

    audit = sub.add_parser("audit", help="audit every filing of a JSON Lines file against the others", **documented)
    audit.add_argument("file")
    common(audit, ("text", "json", "jsonl", "csv"),
           "the day of every report, overriding the records' own as_of (default: each record's, else today)")
    audit.add_argument("--jobs", type=int, metavar="N", default=None,
                       help="processes reading and checking the filings (default: the number of CPUs; 1: this process)")
    audit.add_argument("--strict", action="store_true",
                       help="all or nothing: any bad line stops the audit before the first report (exit 2)")
    audit.add_argument("--no-progress", action="store_true", help="no progress bar (shown only on a terminal)")
    audit.add_argument("--statistics", action="store_true",
                       help="the closing summary on standard error also when it is not a terminal")

    rules = sub.add_parser("rules", help="list the declared rules (--format json: the whole rulebook, versioned, "
                                         "with province parameters, vocabularies and sources)")
    rules.add_argument("--province", help="only rules that can apply in this province (JS, 苏, 32, …)")
    rules.add_argument("--as-of", metavar="DATE", help="only rules in force on this day")
    rules.add_argument("--changed-between", nargs=2, metavar=("D1", "D2"),
                       help="only rules that started or ended after D1 and on or before D2")
    rules.add_argument("--format", choices=("text", "json", "markdown"), default="text")

    explain = sub.add_parser("explain", help="show a rule: what, why, how to fix, sources, examples")
    explain.add_argument("code", nargs="?", help="the rule's code (a near miss lists the closest codes)")
    explain.add_argument("--all", action="store_true", help="every rule")
    explain.add_argument("--format", choices=("text", "json"), default="text",
                         help="json: the rule's entry of `beianrules rules --format json` (a list with --all)")

    number = sub.add_parser("number", help="parse a filing number (备案号)")
    number.add_argument("text")
    number.add_argument("--format", choices=("text", "json"), default="text")
    number.add_argument("--lang", choices=("zh", "en"), default="zh")

    sub.add_parser("schema", help="print the JSON Schema (draft 2020-12) of the filing document")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    stdout = sys.stdout
    out = _ClosedPipeSafe(stdout)
    sys.stdout = cast(TextIO, out)
    try:
        return _run(args)
    finally:
        out.flush()
        sys.stdout = stdout


def _run(args: argparse.Namespace) -> int:
    try:
        return _COMMANDS[args.command](args)
    except BeianrulesError as err:
        _print_error(err, args)
        return exit_status(err)
    except KeyboardInterrupt:
        print("beianrules: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as exc:  # a bug of ours, whatever it is: a short note, the traceback only when asked for
        _print_internal_error(exc, args)
        return EXIT_INTERNAL


class _ClosedPipeSafe:
    """Standard output that outlives its reader: once the pipe is closed (``| head``), the rest of the output
    is dropped, and the command goes on to end with its own exit status (1 for a rejected order)."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self.closed_pipe = False

    def write(self, text: str) -> int:
        if not self.closed_pipe:
            try:
                return self._stream.write(text)
            except BrokenPipeError:
                self._drop()
        return len(text)

    def flush(self) -> None:
        if not self.closed_pipe:
            try:
                self._stream.flush()
            except BrokenPipeError:
                self._drop()

    def _drop(self) -> None:
        self.closed_pipe = True
        # The interpreter flushes standard output once more at exit: let that write go nowhere.
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), self._stream.fileno())

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


_FAILURES: dict[type[BeianrulesError], tuple[str, str, str]] = {
    EngineUnavailable: ("engine_unavailable", "engine not available", "规则引擎不可用"),
    EngineFailure: ("engine_failure", "engine error", "规则引擎出错"),
}
"""Library errors other than bad input: their code in JSON output, their name in English and Chinese."""


def _lang(args: argparse.Namespace) -> str:
    return str(getattr(args, "lang", "en"))


def _json_output(args: argparse.Namespace) -> str | None:
    """``json`` or ``jsonl`` when the command's output is JSON (errors then are JSON too), else None."""
    chosen = getattr(args, "format", "text")
    return str(chosen) if chosen in ("json", "jsonl") else None


def _print_json(value: dict[str, Any], args: argparse.Namespace) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2 if _json_output(args) == "json" else None))


def _print_error(err: BeianrulesError, args: argparse.Namespace) -> None:
    if isinstance(err, InputError):
        if _json_output(args):
            _print_json(err.to_dict(), args)
        else:
            _print_issues(err, _lang(args))
        return
    code, name_en, name_zh = _FAILURES.get(type(err), ("error", "error", "错误"))
    if _json_output(args):
        _print_json({"error": code, "message": str(err)}, args)
    else:
        print(f"beianrules：{name_zh}：{err}" if _lang(args) == "zh" else f"beianrules: {name_en}: {err}",
              file=sys.stderr)


def _print_internal_error(exc: Exception, args: argparse.Namespace) -> None:
    if os.environ.get(TRACEBACK_VARIABLE):
        traceback.print_exception(exc, file=sys.stderr)
    what = f"{type(exc).__name__}: {str(exc)[:200]}"
    where = _bug_tracker()
    if _lang(args) == "zh":
        print(f"beianrules：内部错误（beianrules 的缺陷，不是输入的问题）：{what}\n"
              f"  请把命令和输入报告到 {where}；设置 {TRACEBACK_VARIABLE}=1 可显示调用栈。", file=sys.stderr)
    else:
        print(f"beianrules: internal error (a bug in beianrules, not a problem of the input): {what}\n"
              f"  Please report it, with the command and the input, to {where}; set {TRACEBACK_VARIABLE}=1 to see "
              "the traceback.", file=sys.stderr)
    if _json_output(args):
        _print_json({"error": "internal", "message": what}, args)


def _bug_tracker() -> str:
    """Where bugs are reported: the package's ``Bug Tracker`` (or ``Issues``) project URL, else the tracker by
    name."""
    from importlib import metadata
    try:
        urls = metadata.metadata("beianrules").get_all("Project-URL") or []
    except metadata.PackageNotFoundError:
        urls = []
    for entry in urls:
        label, _, url = entry.partition(",")
        if label.strip().lower() in ("bug tracker", "issues", "bug reports"):
            return str(url).strip()
    return "the beianrules issue tracker"


def exit_status(error: BeianrulesError) -> int:
    """The exit status for a library error, by its class."""
    return next((status for cls, status in EXIT_STATUS if isinstance(error, cls)), EXIT_ENGINE_FAILURE)


def _print_issues(err: InputError, lang: str) -> None:
    heading = (f"beianrules：输入有误，{len(err.issues)} 个问题：" if lang == "zh"
               else f"beianrules: bad input, {len(err.issues)} problem(s):")
    print(heading, file=sys.stderr)
    for line in err.messages(lang):
        print(f"  {line}", file=sys.stderr)


def _read_text(path: str, what: str) -> str:
    """The text of FILE (``-``: standard input, read as UTF-8 whatever the locale), a byte order mark dropped."""
    return read_text(getattr(sys.stdin, "buffer", sys.stdin) if path == "-" else Path(path), what)


def _load_registry(path: str | None) -> Registry | None:
    if path is None:
        return None
    from beianrules.registry import Registry, filings_from_lines
    # JSON Lines ends a record at "\n" only: str.splitlines would also cut at a U+2028 inside a JSON string.
    return Registry(filings_from_lines(_read_text(path, "registry").split("\n"), "registry line"))


def _as_of(text: str | None) -> _dt.date | None:
    return None if text is None else date_argument(text, "--as-of")


def _bad_argument(option: str, reason: str) -> InputIssue:
    return issue(option, "bad_argument", reason=reason, source="argument")


def _unknown_rule(option: str, code: str) -> InputIssue:
    """``no rule X (did you mean …?)``, in both languages."""
    from beianrules import rulebook_export
    near = rulebook_export.suggest_codes(code)
    return issue(option, "unknown_rule", value=code, source="argument",
                 suggestion_zh=f"（您是否要找 {'、'.join(near)}？）" if near else "",
                 suggestion_en=f" (did you mean {', '.join(near)}?)" if near else "")


def _selector(args: argparse.Namespace) -> Callable[[str], bool]:
    """Whether a reason's code is reported under ``--select`` / ``--ignore``, as ruff reads them: the longest
    matching code or prefix decides, ``--ignore`` winning a tie; without ``--select`` every code is selected."""
    select, ignore = _codes(args.select, "--select"), _codes(args.ignore, "--ignore")

    def keeps(code: str) -> bool:
        chosen = max((len(s) for s in select if code.startswith(s)), default=-1 if select else 0)
        dropped = max((len(s) for s in ignore if code.startswith(s)), default=-1)
        return chosen >= 0 and dropped < chosen

    return keeps


def _codes(given: Sequence[str], option: str) -> tuple[str, ...]:
    """The codes and prefixes of an option given once or more, comma-separated; each must begin a rule code."""
    from beianrules.rulebook import registry
    known = tuple(registry())
    codes = tuple(dict.fromkeys(code.strip().upper() for item in given for code in item.split(",") if code.strip()))
    unknown = [code for code in codes if not any(k.startswith(code) for k in known)]
    if unknown:
        raise InputError([_unknown_rule(option, code) for code in unknown])
    return codes


def _selected(report: Report, keeps: Callable[[str], bool]) -> Report:
    return attrs.evolve(report, reasons=tuple(r for r in report.reasons if keeps(r.code)))


def _status(ok: bool, args: argparse.Namespace) -> int:
    return EXIT_OK if ok or args.exit_zero else EXIT_REJECTED


def _cmd_check(args: argparse.Namespace) -> int:
    keeps = _selector(args)
    as_of = _as_of(args.as_of)
    registry = _load_registry(args.registry)
    if args.client is not None:
        report = _check_request(args, as_of, registry)
    else:
        for option, value in (("--code-tables", args.code_tables), ("--order-type", args.order_type),
                              ("--fact", args.fact)):
            if value:
                raise InputError([_bad_argument(option, "only with --from wechat or --from douyin")])
        report = checker.check(_read_text(args.file, "filing"), registry=registry, as_of=as_of, engine=args.engine)
    report = _selected(report, keeps)
    print(report.to_json() if args.format == "json" else report.to_text(args.lang))
    return _status(report.ok, args)


def _check_request(args: argparse.Namespace, as_of: _dt.date | None, registry: Registry | None) -> Report:
    """``check --from wechat|douyin``: the request adapted (CLIENTS.md), checked, reported in its own paths."""
    from beianrules.clients import CodeTables, douyin, wechat
    if args.code_tables is None:
        raise InputError([_bad_argument("--code-tables", f"required with --from {args.client}: the directory of "
                                                         "the platform's list responses")])
    facts = _facts(args.fact)
    if args.order_type is not None and facts.setdefault("order.type", args.order_type) != args.order_type:
        raise InputError([_bad_argument("--order-type", "contradicts --fact order.type")])
    tables = CodeTables.from_directory(args.code_tables)
    check = wechat.check if args.client == "wechat" else douyin.check
    return check(_read_text(args.file, "request"), code_tables=tables, facts=facts, as_of=as_of,
                 registry=registry, engine=args.engine)


def _facts(given: Sequence[str]) -> dict[str, Any]:
    """``PATH=VALUE`` (text) and ``PATH:=JSON`` options → FORMAT paths and values."""
    facts: dict[str, Any] = {}
    issues: list[InputIssue] = []
    for item in given:
        path, equals, value = item.partition("=")
        raw = path.endswith(":")
        path = path.removesuffix(":").strip()
        if not equals or not path:
            issues.append(_bad_argument("--fact", f"{item!r} is not PATH=VALUE (or PATH:=JSON)"))
            continue
        if raw:
            try:
                facts[path] = json.loads(value)
            except ValueError as exc:
                issues.append(_bad_argument(f"--fact {path}", f"not JSON after := ({exc})"))
                continue
        else:
            facts[path] = value
    if issues:
        raise InputError(issues)
    return facts


def _cmd_audit(args: argparse.Namespace) -> int:
    """Results stream to standard output as they are made; bad lines are records there (and on standard
    error), the rest is audited. Exit status: 0 all acceptable, 1 some not, 2 bad lines (the rest
    acceptable), 5 bad lines and some not acceptable (:data:`EXIT_BAD_INPUT_AND_REJECTED`)."""
    from beianrules import auditing
    keeps = _selector(args)
    as_of = _as_of(args.as_of)
    registry = _load_registry(args.registry)
    if args.jobs is not None and args.jobs < 1:
        raise InputError([_bad_argument("--jobs", f"must be 1 or more, got {args.jobs}")])
    source = _audit_source(args.file)
    jobs = args.jobs if args.jobs is not None else auditing.default_jobs()
    progress = None if args.no_progress or not sys.stderr.isatty() else auditing.ProgressBar(sys.stderr)
    run = auditing.Audit(source, registry=registry, as_of=as_of, engine=args.engine, jobs=jobs, strict=args.strict,
                         on_read=progress.read if progress else None)
    summary = auditing.Summary()
    writer = auditing.writer(args.format, sys.stdout, args.lang)
    try:
        for result in run:
            if progress is not None:
                progress.checked(run.total)
            if isinstance(result, Report):
                result = _selected(result, keeps)
            summary.add(result)
            if isinstance(result, auditing.InputErrorResult):
                for line in InputError(result.issues).messages(args.lang):
                    print(f"beianrules: {line}", file=sys.stderr)
            writer.write(result)
        writer.close(summary)
    finally:
        if progress is not None:
            progress.close()
    if args.statistics or sys.stderr.isatty():
        print(summary.text(run.timings, args.lang), file=sys.stderr)
    rejected = summary.filings > summary.acceptable and not args.exit_zero
    if summary.input_errors:
        return EXIT_BAD_INPUT_AND_REJECTED if rejected else EXIT_BAD_INPUT
    return EXIT_REJECTED if rejected else EXIT_OK


def _audit_source(path: str) -> auditing.Source:
    from beianrules import auditing
    if path != "-":
        try:
            with open(path, "rb"):
                pass
        except OSError as exc:
            raise InputError([issue("", "unreadable_file", what="filings", file=path, reason=exc.strerror or str(exc),
                                    source="argument")]) from None
        return auditing.jsonl_source(path)
    lines = [(n, line) for n, line in enumerate(sys.stdin.buffer, start=1) if line.strip()]
    return lambda: iter(lines)


def _cmd_rules(args: argparse.Namespace) -> int:
    from beianrules import docs, rulebook_export
    from beianrules.convert import bureau_code
    from beianrules.problems import issue
    from beianrules.provinces._table import PROVINCE_CODES
    province = None
    if args.province is not None:
        province = bureau_code(args.province)  # read as order.province is (JS, 苏, 32, 320000)
        if province is None:
            raise InputError([issue("--province", "unknown_province_argument", value=args.province,
                                    codes=" ".join(PROVINCE_CODES), source="argument")])
    as_of = rulebook_export.as_day(args.as_of, "--as-of") if args.as_of is not None else None
    window = (rulebook_export.date_window(tuple(args.changed_between), "--changed-between")
              if args.changed_between is not None else None)
    if args.format == "json":
        print(json.dumps(rulebook_export.rulebook_json(province, as_of, window), ensure_ascii=False, indent=2))
        return EXIT_OK
    if as_of is None and window is None:
        print(docs.render_rule_list(province, args.format))
        return EXIT_OK
    rules = rulebook_export.select_rules(province, as_of, window)
    if window is not None and args.format == "text":
        changes = rulebook_export.changes_between(rules, *window)
        width = max((len(rule.code) for rule, _, _ in changes), default=0)
        print("\n".join(f"{day.isoformat()}  {change:7}  {rule.code:{width}}  {rule.kind}"
                        for rule, change, day in changes) or "(no rule started or ended)")
    else:
        print(docs.render_rule_list(province, args.format, rules))
    return EXIT_OK


def _cmd_explain(args: argparse.Namespace) -> int:
    from beianrules import docs, rulebook_export
    from beianrules.problems import issue
    from beianrules.rulebook import registry
    if args.all == (args.code is not None):
        raise InputError([issue("code", "code_or_all", source="argument")])
    if args.all:
        rules = list(registry().values())
    else:
        rule = registry().get(args.code.strip().upper())
        if rule is None:
            raise InputError([_unknown_rule("code", args.code)])
        rules = [rule]
    if args.format == "json":
        entries = [rulebook_export.rule_entry(r) for r in rules]
        print(json.dumps(entries if args.all else entries[0], ensure_ascii=False, indent=2))
    else:
        print("\n\n".join(docs.render_rule(r) for r in rules))
    return EXIT_OK


def _cmd_number(args: argparse.Namespace) -> int:
    from beianrules.errors import FilingNumberError
    from beianrules.filing_number import parse_filing_number
    try:
        number = parse_filing_number(args.text)
    except FilingNumberError as err:
        if args.format == "json":
            print(json.dumps({"error": "filing_number", "text": err.text, "position": err.position,
                              "message": {"zh": err.problem_zh, "en": err.problem}}, ensure_ascii=False))
        elif args.lang == "zh":
            print(f"beianrules：备案号格式不正确：{err.problem_zh}", file=sys.stderr)
        else:
            print(f"beianrules: malformed filing number: {err.problem}", file=sys.stderr)
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

"""One error hierarchy: every deliberate exception is a BeianrulesError, survives pickle, and maps to an exit
status by class."""

import pickle
from concurrent.futures import ProcessPoolExecutor

import pytest

import beianrules
from beianrules import cli, errors
from beianrules.provinces import parameters

ALL = [errors.InputError, errors.FilingNumberError, errors.RuleDeclarationError, errors.UnknownProvinceError,
       errors.EngineError, errors.EngineUnavailable, errors.EngineFailure, errors.LocDataError]


@pytest.mark.parametrize("cls", ALL)
def test_every_error_is_a_beianrules_error(cls):
    assert issubclass(cls, beianrules.BeianrulesError)


def test_engine_unavailable_and_engine_failure_are_separate_classes():
    assert not issubclass(errors.EngineUnavailable, errors.EngineFailure)
    assert not issubclass(errors.EngineFailure, errors.EngineUnavailable)
    assert issubclass(errors.EngineUnavailable, beianrules.EngineError)
    assert issubclass(errors.EngineFailure, beianrules.EngineError)


def _raised(call):
    with pytest.raises(beianrules.BeianrulesError) as info:
        call()
    return info.value


def _round_trip(error):
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error) and str(copy) == str(error)
    return copy


def test_input_error_keeps_every_issue_through_pickle():
    error = _raised(lambda: beianrules.check({"order": {"type": "nonsense"}, "entity": 1}))
    assert len(error.issues) >= 3
    copy = _round_trip(error)
    assert copy.issues == error.issues


def test_filing_number_error_keeps_its_data_through_pickle():
    error = _raised(lambda: beianrules.parse_filing_number("浙ICP备 2023000777号"))
    copy = _round_trip(error)
    assert (copy.text, copy.problem, copy.problem_zh, copy.position) == (
        error.text, error.problem, error.problem_zh, error.position)


@pytest.mark.parametrize("error", [
    errors.RuleDeclarationError("X: declared twice"),
    errors.UnknownProvinceError("unknown province code 'XX'"),
    errors.EngineUnavailable("durable-rules is not installed"),
    errors.EngineFailure("durable-rules reported: boom"),
    errors.LocDataError("cn/loc: unexpected name"),
])
def test_the_others_survive_pickle(error):
    _round_trip(error)


def test_unknown_province_is_raised_and_still_a_key_error():
    error = _raised(lambda: parameters("XX"))
    assert isinstance(error, errors.UnknownProvinceError) and isinstance(error, KeyError)
    assert "'XX'" in str(_round_trip(error))


def _check_bad_document(_):
    return beianrules.check({"order": {}})


def test_a_bad_document_in_a_process_pool_comes_back_whole():
    with ProcessPoolExecutor(max_workers=1) as pool:
        future = pool.submit(_check_bad_document, None)
        with pytest.raises(beianrules.InputError) as info:
            future.result(timeout=120)
        assert any(issue.path.startswith("order.") for issue in info.value.issues)
        # The pool survived the error: it still runs work.
        assert pool.submit(sum, [1, 2]).result(timeout=60) == 3


@pytest.mark.parametrize("error, status", [
    (errors.InputError([errors.InputIssue("order.type", "bad")]), 2),
    (errors.EngineUnavailable("durable-rules is not installed here"), 2),
    # The message says "not installed", the class says failure: the class decides.
    (errors.EngineFailure("the library is not installed properly: boom"), 3),
    (errors.RuleDeclarationError("broken"), 3),
])
def test_the_command_line_maps_classes_to_exit_statuses(monkeypatch, capsys, error, status):
    def fail(args):
        raise error
    monkeypatch.setitem(cli._COMMANDS, "rules", fail)
    assert cli.main(["rules"]) == status
    assert "Traceback" not in capsys.readouterr().err

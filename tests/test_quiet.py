"""No warning reaches the user from the engine, on every supported Python (issue 12, point 3)."""

import subprocess
import sys
import warnings

import beianrules
from beianrules import engine
from beianrules.examples import base_document

_CHECK = """
import beianrules
from beianrules import engine
from beianrules.examples import base_document
for name in ("python", "durable") if engine.AVAILABLE else ("python",):
    assert beianrules.check(base_document("ZJ"), engine=name).ok
"""


def test_a_check_passes_under_warnings_as_errors():
    done = subprocess.run([sys.executable, "-W", "error", "-c", _CHECK], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""


def test_the_users_own_filters_still_hold_around_a_check():
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        beianrules.check(base_document("ZJ"), engine="durable" if engine.AVAILABLE else "python")
        warnings.warn("the user's own", DeprecationWarning, stacklevel=1)
    assert [str(w.message) for w in caught] == ["the user's own"]

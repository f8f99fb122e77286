"""A process forked while another thread is inside a durable check does not hang (issue 6, point 10).

The child inherits the parent's memory as it was at the fork: a lock another
thread held is held for ever there. ``os.register_at_fork`` gives the engine a
fresh lock and no host in the child, so its first check makes them anew.
"""

import os
import signal
import threading
import time
import warnings

import pytest

import beianrules
from beianrules import engine
from beianrules.examples import base_document

pytestmark = [
    pytest.mark.skipif(not engine.AVAILABLE, reason="durable-rules is not installed"),
    pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork() here"),
]

CHILD_SECONDS = 30


def _fork_and_check() -> int:
    """Fork; the child checks a filing on durable and exits 0 (or is killed by its alarm). The child's status."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # 3.12+: fork with threads running
        pid = os.fork()
    if pid == 0:  # the child: never return into pytest
        status = 1
        try:
            signal.alarm(CHILD_SECONDS)  # a hang ends as SIGALRM, not as a stuck test run
            report = beianrules.check(base_document("JS"), engine="durable")
            status = 0 if report.ok else 2
        finally:
            os._exit(status)
    deadline = time.monotonic() + CHILD_SECONDS + 10
    while time.monotonic() < deadline:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return status
        time.sleep(0.02)
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    return -1


def test_fork_while_another_thread_holds_the_engine_lock():
    beianrules.check(base_document("ZJ"), engine="durable")  # the parent has a host and rulebooks
    held, release = threading.Event(), threading.Event()

    def inside_a_check():
        with engine._ENGINE._lock:
            held.set()
            release.wait(60)

    thread = threading.Thread(target=inside_a_check)
    thread.start()
    try:
        assert held.wait(10)
        assert _fork_and_check() == 0
    finally:
        release.set()
        thread.join()


def test_twenty_forks_while_another_thread_checks_in_a_loop():
    stop = threading.Event()
    checked = []

    def keep_checking():
        while not stop.is_set():
            checked.append(beianrules.check(base_document("GD"), engine="durable").ok)

    thread = threading.Thread(target=keep_checking)
    thread.start()
    try:
        statuses = [_fork_and_check() for _ in range(20)]
    finally:
        stop.set()
        thread.join()
    assert statuses == [0] * 20
    assert checked and all(checked)
    # The parent's engine still works after all those forks.
    assert beianrules.check(base_document("ZJ"), engine="durable").ok

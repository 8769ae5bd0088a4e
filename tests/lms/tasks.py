"""The tiny task of the scale-out test: each run appends its number to a file.

Appends of one short line with O_APPEND are atomic between processes, so the
file counts every run, from every worker of every cluster.
"""

import os
import time


def run_record(n: int, path: str) -> int:
    line = f"{n} {os.getppid()}\n".encode()
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    try:
        os.write(fd, line)
    finally:
        os.close(fd)
    return n


def slow_record(n: int, path: str, seconds: float) -> int:
    """The worker-kill test's task: a « start » line with the worker's pid, a
    pause (the test kills the worker then), a « done » line: the effect."""
    _append(path, f"start {n} {os.getpid()}\n")
    time.sleep(seconds)
    _append(path, f"done {n} {os.getpid()}\n")
    return n


def _append(path: str, text: str) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    try:
        os.write(fd, text.encode())
    finally:
        os.close(fd)

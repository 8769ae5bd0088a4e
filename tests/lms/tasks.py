"""The tiny task of the scale-out test: each run appends its number to a file.

Appends of one short line with O_APPEND are atomic between processes, so the
file counts every run, from every worker of every cluster.
"""

import os


def run_record(n: int, path: str) -> int:
    line = f"{n} {os.getppid()}\n".encode()
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    try:
        os.write(fd, line)
    finally:
        os.close(fd)
    return n

"""Kills the process that imports it, as a crashing C extension would."""
import os

os.abort()


def still_described(flag: bool) -> int:
    return int(flag)

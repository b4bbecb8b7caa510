"""Importing this module leaves a mark: tests use it to prove that no import happened."""
import os

_marker = os.environ.get("PYBIND_SIDE_EFFECT_MARKER")
if _marker:
    with open(_marker, "a", encoding="utf-8") as handle:
        handle.write("imported\n")


def ping():
    return "pong"

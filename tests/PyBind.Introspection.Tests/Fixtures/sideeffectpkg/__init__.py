"""Modules of this package leave a marker file next to it when imported: proof that an import ran."""
import os


def mark(name):
    with open(os.path.join(os.path.dirname(__file__), name + ".marker"), "a", encoding="utf-8") as handle:
        handle.write("imported\n")

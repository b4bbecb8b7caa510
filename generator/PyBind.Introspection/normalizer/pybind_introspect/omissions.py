"""Leaving out what cannot be described: one member's failure costs that member, never its module.

Describing a member runs a lot of code over what packages declare and what their live objects do (descriptors,
metaclasses, ``__signature__`` properties, annotations that evaluate to anything); whatever goes wrong there is
caught per member, the member's partial output is removed, and a warning located at the member's definition says
what happened.
"""
from __future__ import annotations

import contextlib
import dataclasses
import inspect
from typing import Callable, Iterator, List, Optional, Tuple

from .model import Diagnostic

Location = Tuple[Optional[str], int]


class Omissions:
    """The members of one module left out so far, as warnings."""

    def __init__(self) -> None:
        self.diagnostics: List[Diagnostic] = []

    @contextlib.contextmanager
    def guard(self, container, label: str, where: Callable[[], Location]) -> Iterator[None]:
        """Runs the body that adds ``label`` to ``container`` (a model dataclass); if it raises, every list of the
        container is cut back to its length before, and a warning at ``where()`` names the member and the cause."""
        lengths = {f.name: len(getattr(container, f.name)) for f in dataclasses.fields(container)
                   if isinstance(getattr(container, f.name), list)}
        try:
            yield
        except Exception as error:  # noqa: BLE001 - any failure of one member must leave the others intact
            for name, length in lengths.items():
                del getattr(container, name)[length:]
            path, line = _safely(where)
            self.diagnostics.append(Diagnostic("'%s' was left out: describing it raised %s: %s"
                                               % (label, type(error).__name__, _first_line(error)), path, line))


def live_location(obj) -> Location:
    """Where a live object is defined (its source file and first line), as far as ``inspect`` can tell."""
    try:
        path = inspect.getsourcefile(obj) or inspect.getfile(obj)
    except (TypeError, OSError):
        return None, 0
    try:
        return path, inspect.getsourcelines(obj)[1]
    except (TypeError, OSError, IndexError):
        return path, 0


def _safely(where: Callable[[], Location]) -> Location:
    try:
        return where()
    except Exception:  # noqa: BLE001 - locating is best effort: the warning itself must not fail
        return None, 0


def _first_line(error: BaseException) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else "(no message)"

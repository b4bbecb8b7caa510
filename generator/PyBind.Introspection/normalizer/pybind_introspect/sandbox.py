"""The confinement of the process that imports modules to describe them.

Importing a module runs its code. The worker process that does it (see :mod:`worker`) starts in a fresh temporary
folder that is its home, working and temporary folder, with no display (``MPLBACKEND=Agg``, no ``DISPLAY``), and
calls :func:`confine` before importing anything it describes: from then on an audit hook refuses, with
``PermissionError`` (an ``OSError``, which code that probes for a network or a cache folder already expects):

- every network operation (connecting, binding, sending, resolving a host name);
- opening a file for writing, creating, removing, renaming or changing a file, anywhere outside that folder.

Audit hooks see what Python code does through the standard library; a C extension writing on its own is not seen,
and a process the module starts inherits only the environment (home and temporary folder). The parent bounds the
whole with a time limit per module.
"""
from __future__ import annotations

import os
import sys

_NETWORK_EVENTS = frozenset((
    "socket.connect", "socket.bind", "socket.sendto", "socket.sendmsg", "socket.getaddrinfo",
    "socket.gethostbyname", "socket.gethostbyaddr",
))
# Events that change files, with the positions of their arguments that are the paths changed.
_CHANGING_EVENTS = {
    "os.mkdir": (0,), "os.remove": (0,), "os.rmdir": (0,), "os.rename": (0, 1), "os.link": (1,),
    "os.symlink": (1,), "os.truncate": (0,), "os.chmod": (0,), "os.chown": (0,), "os.utime": (0,),
    "shutil.rmtree": (0,), "shutil.copyfile": (1,), "shutil.copytree": (1,), "shutil.move": (0, 1),
    "shutil.make_archive": (0,), "sqlite3.connect": (0,),
}
_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND
_ALWAYS_WRITABLE = ("/dev/null",)


def sandbox_environment(folder: str, base=None) -> dict:
    """The environment of the worker: home, temporary and working folder ``folder``, no display, Agg plots."""
    # None of the caller's PYTHON* variables apply (the path is sent explicitly). A fixed hash seed makes values
    # built by iterating a set (pandas' tuple(set_of_names)) come out in one order, so every run writes the same stub.
    environment = {name: value for name, value in (os.environ if base is None else base).items()
                   if not name.startswith("PYTHON") and name not in ("DISPLAY", "WAYLAND_DISPLAY")}
    environment.update({
        "HOME": folder, "TMPDIR": folder, "TEMP": folder, "TMP": folder, "XDG_CACHE_HOME": folder,
        "XDG_CONFIG_HOME": folder, "MPLBACKEND": "Agg", "PYTHONDONTWRITEBYTECODE": "1", "PYTHONHASHSEED": "0",
        "QT_QPA_PLATFORM": "offscreen", "NO_PROXY": "*",
    })
    return environment


def confine(folder: str) -> None:
    """From now on in this process, refuse network operations and changes to files outside ``folder``."""
    sys.dont_write_bytecode = True
    allowed = os.path.realpath(folder) + os.sep

    def writable(path) -> bool:
        if isinstance(path, int):  # an open file descriptor: opening it was checked
            return True
        try:
            resolved = os.path.realpath(os.fsdecode(path))
        except (TypeError, ValueError):
            return False
        return resolved.startswith(allowed) or resolved in _ALWAYS_WRITABLE

    def refuse(what: str) -> None:
        raise PermissionError("%s is not allowed while PyBind.Gen describes modules (imports run sandboxed)" % what)

    def hook(event: str, arguments) -> None:
        if event == "open":
            path, mode, flags = (tuple(arguments) + (None, None, None))[:3]
            writing = (isinstance(flags, int) and flags & _WRITE_FLAGS) or \
                (isinstance(mode, str) and any(c in mode for c in "wax+"))
            if writing and path is not None and not writable(path):
                refuse("writing %s" % os.fsdecode(path))
        elif event in _NETWORK_EVENTS:
            refuse("network access (%s)" % event)
        elif event in _CHANGING_EVENTS:
            for index in _CHANGING_EVENTS[event]:
                path = arguments[index] if index < len(arguments) else None
                if isinstance(path, (str, bytes, os.PathLike)) and path != ":memory:" and not writable(path):
                    refuse("%s on %s" % (event, os.fsdecode(path)))

    sys.addaudithook(hook)

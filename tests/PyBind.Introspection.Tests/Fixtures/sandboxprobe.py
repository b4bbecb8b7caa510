"""Filled in at import with what the sandbox let this module do (the test reads it back from the stub's docstring)."""
import json
import os
import socket
import tempfile


def _outcome(action):
    try:
        action()
        return "allowed"
    except OSError as error:
        return type(error).__name__


def _write(path):
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("written while being described\n")


_here = os.path.dirname(os.path.abspath(__file__))
__doc__ = json.dumps({
    "connect": _outcome(lambda: socket.create_connection(("127.0.0.1", 9), timeout=1).close()),
    "resolve": _outcome(lambda: socket.getaddrinfo("localhost", 80)),
    "write_next_to_module": _outcome(lambda: _write(os.path.join(_here, "sandboxprobe.marker"))),
    "write_in_temp": _outcome(lambda: _write(os.path.join(tempfile.gettempdir(), "probe.txt"))),
    "write_in_home": _outcome(lambda: _write(os.path.join(os.path.expanduser("~"), "probe.txt"))),
    "home_is_temp": os.path.expanduser("~") == tempfile.gettempdir() == os.getcwd(),
    "display": os.environ.get("DISPLAY"),
    "mplbackend": os.environ.get("MPLBACKEND"),
}, sort_keys=True)


def probe() -> str:
    return __doc__

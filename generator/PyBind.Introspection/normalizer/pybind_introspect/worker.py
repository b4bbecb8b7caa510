"""Describing modules that must be imported, in a child process that is time-boxed and sandboxed.

The parent (:func:`pybind_introspect.normalize`, inside the build's tool) keeps the queue of modules; the child
imports and describes them one at a time and keeps what it imported between them (a package's submodules share
their imports). A module whose description does not come back in time, or that kills the child (a crash in a C
extension, ``os._exit``), is described by the parent from its sources and stubs instead, with a warning, and a
fresh child goes on with the next module.

Protocol: JSON lines. The parent sends ``{"sys_path": [...], "options": {...}}`` and then ``{"module": name}``
per module; the child answers each with ``{"module", "stub", "error", "warnings": [[message, path, line, import_failed], ...]}``
on a private copy of its standard output (the modules' own output goes to a log file the parent reads only to
explain a crash).
"""
from __future__ import annotations

import json
import os
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from typing import List, Optional

from .model import Diagnostic
from .sandbox import confine, sandbox_environment


class WorkerFailure(Exception):
    """The child could not describe the module: it timed out, crashed or could not start."""


class ImportingWorker:
    """The parent's side: one child at a time, started when needed, replaced after a failure."""

    def __init__(self, options, sys_path: List[str], timeout: float):
        self._request = {"sys_path": list(sys_path), "options": _options_to_json(options)}
        self._timeout = timeout
        self._process: Optional[subprocess.Popen] = None
        self._folder: Optional[str] = None
        self._log = None
        self._buffer = bytearray()

    def describe(self, module: str):
        """The child's :class:`ModuleResult` for ``module``; raises :class:`WorkerFailure` with the cause."""
        from .api import ModuleResult  # the api imports this module
        if self._process is None:
            self._start()
        try:
            self._send({"module": module})
            answer = json.loads(self._read_line(_Budget(self._process.pid, self._timeout)))
        except TimeoutError as timeout:
            self.close()
            raise WorkerFailure("importing and describing it took longer than %s" % timeout)
        except (EOFError, BrokenPipeError, ValueError) as error:
            cause = self._crash_cause(error)
            self.close()
            raise WorkerFailure(cause)
        warnings = [Diagnostic(*warning) for warning in answer["warnings"]]
        return ModuleResult(answer["module"], answer["stub"], answer["error"], warnings)

    def close(self) -> None:
        """Ends the child (it is killed: module code may have left threads that never let it exit)."""
        if self._process is not None:
            if self._process.poll() is None:
                self._process.kill()
            self._process.wait()
            for stream in (self._process.stdin, self._process.stdout):
                stream.close()
            self._process = None
        if self._log is not None:
            self._log.close()
            self._log = None
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
            self._folder = None
        self._buffer.clear()

    def _start(self) -> None:
        executable = sys.executable
        if not executable or not os.path.isfile(executable):
            raise WorkerFailure("no Python executable to run the import in (sys.executable is %r)" % executable)
        self._folder = tempfile.mkdtemp(prefix="pybind-describe-")
        self._log = open(os.path.join(self._folder, "output.log"), "w+b")
        package_parent = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
        # The environment carries no PYTHON* variable of the caller's (see sandbox_environment); -s: no user site.
        self._process = subprocess.Popen(
            [executable, "-s", "-c",
             "import sys; sys.path.insert(0, %r); from pybind_introspect.worker import serve; serve(%r)"
             % (package_parent, self._folder)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self._log, cwd=self._folder,
            env=sandbox_environment(self._folder), start_new_session=True)
        self._send(self._request)

    def _send(self, message) -> None:
        self._process.stdin.write(json.dumps(message).encode("utf-8") + b"\n")
        self._process.stdin.flush()

    def _read_line(self, budget: "_Budget") -> bytes:
        descriptor = self._process.stdout.fileno()
        while b"\n" not in self._buffer:
            if not select.select([descriptor], [], [], 1.0)[0]:
                budget.check()
                continue
            chunk = os.read(descriptor, 1 << 20)
            if not chunk:
                raise EOFError()
            self._buffer += chunk
        end = self._buffer.index(b"\n")
        line = bytes(self._buffer[:end])
        del self._buffer[:end + 1]
        return line

    def _crash_cause(self, error: BaseException) -> str:
        code = self._process.poll()
        if code is None and isinstance(error, EOFError):  # the pipe closed first: the exit status follows
            try:
                code = self._process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                code = None
        if code is not None and code < 0:
            try:
                what = "was killed by %s" % signal.Signals(-code).name
            except ValueError:
                what = "was killed by signal %d" % -code
        elif code is not None:
            what = "exited with code %d" % code
        else:
            what = "answered something unreadable (%s)" % type(error).__name__
        self._log.seek(0)
        lines = [line.strip() for line in self._log.read()[-4000:].decode("utf-8", "replace").splitlines()]
        last = next((line for line in reversed(lines) if line), None)
        return "the process importing it %s%s" % (what, " (last output: %s)" % last if last else "")


class _Budget:
    """The time one module may take: ``limit`` seconds of the child's processor time (what a busy machine does not
    stretch, so a stub does not depend on the load), and ``WALL_FACTOR`` times that on the clock (an import that
    waits, on a lock or a socket, uses no processor time). Where processor time cannot be read, the clock alone."""

    WALL_FACTOR = 5

    def __init__(self, pid: int, limit: float):
        self._stat = "/proc/%d/stat" % pid
        self._limit = limit
        self._start_cpu = self._cpu()
        self._wall_deadline = time.monotonic() + limit * (self.WALL_FACTOR if self._start_cpu is not None else 1)

    def check(self) -> None:
        cpu = self._cpu()
        if cpu is not None and cpu - self._start_cpu > self._limit:
            raise TimeoutError("%g s of processor time (the time limit)" % self._limit)
        if time.monotonic() > self._wall_deadline:
            raise TimeoutError("%g s (the time limit)" % self._limit if cpu is None else
                               "%g s on the clock (%d times the time limit) while waiting rather than computing"
                               % (self._limit * self.WALL_FACTOR, self.WALL_FACTOR))

    def _cpu(self):
        """User and system processor seconds of the child and its finished children, from /proc; None elsewhere."""
        try:
            with open(self._stat, "rb") as handle:
                fields = handle.read().rsplit(b")", 1)[1].split()
        except (OSError, IndexError):
            return None
        return sum(int(f) for f in fields[11:15]) / os.sysconf("SC_CLK_TCK")


def serve(folder: str) -> None:
    """The child's side: answer requests until the parent closes the pipe."""
    from .api import Options, Session  # imported before confinement: nothing of ours is written later either
    protocol = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # whatever the modules print (Python or C) goes to the log, never into the protocol
    sys.stdout = sys.stderr
    requests = sys.stdin.buffer
    setup = json.loads(requests.readline())
    sys.path[:] = setup["sys_path"]
    session = Session(Options(**setup["options"]))
    confine(folder)
    for line in requests:
        module = json.loads(line)["module"]
        result = session.describe(module)
        answer = {"module": result.module, "stub": result.stub, "error": result.error,
                  "warnings": [[w.message, w.path, w.line, w.import_failed] for w in result.warnings]}
        protocol.write(json.dumps(answer).encode("utf-8") + b"\n")
        protocol.flush()
    protocol.close()
    os._exit(0)  # threads a module left running must not keep the child alive


def _options_to_json(options) -> dict:
    return {"typeshed": list(options.typeshed), "find_typeshed": options.find_typeshed, "allow_imports": True,
            "include_submodules": False, "source_paths": list(options.source_paths),
            "search_paths": list(options.search_paths), "import_timeout": options.import_timeout,
            "isolate_imports": False}

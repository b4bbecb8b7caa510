# pybind-stub: 1
# module: distributed.diskutils
# module-version: 2022.12.1+ds.1
# interpreter: CPython 3.11.2 linux x86_64
# sources: distributed/diskutils.py, runtime
# content-hash: sha256:dc1caae6bee2bcccb1e44690aa5ab8b3ffde6de34bad3185fe9dee00d51aea7d
import logging
import typing

DIR_LOCK_EXT: str = '.dirlock'
logger: logging.Logger

def is_locking_enabled() -> typing.Any: ...

def safe_unlink(path: typing.Any) -> typing.Any: ...

class WorkDir:
    """
    A temporary work directory inside a WorkSpace.
   \x20"""
    dir_path: str
    def __init__(
        self,
        workspace: typing.Any,
        name: typing.Any = None,
        prefix: typing.Any = None,
    ) -> None: ...
    def release(self) -> typing.Any:
        """
        Dispose of this directory.
       \x20"""
        ...

class WorkSpace:
    """
    An on-disk workspace that tracks disposable work directories inside it.
    If a process crashes or another event left stale directories behind,
    this will be detected and the directories purged.
   \x20"""
    base_dir: str
    def __init__(self, base_dir: str) -> None: ...
    def new_work_dir(self, **kwargs: typing.Any) -> typing.Any:
        """
        Create and return a new WorkDir in this WorkSpace.
        Either the *prefix* or *name* parameter should be given
        (*prefix* is preferred as it avoids potential collisions)

        Parameters
        ----------
        prefix : str (optional)
            The prefix of the temporary subdirectory name for the workdir
        name : str (optional)
            The subdirectory name for the workdir
       \x20"""
        ...

# pybind-stub: 1
# module: distributed.deploy.spec
# module-version: 2022.12.1+ds.1
# interpreter: CPython 3.11.2 linux x86_64
# sources: distributed/deploy/spec.py, runtime
# content-hash: sha256:a8adec8ac1f9bbb6f25b26370ff230a8ed05daa5bc2a08a43779d290bedb81f8
import distributed
import logging
import typing
from distributed.deploy import ProcessInterface as ProcessInterface
from distributed import SpecCluster as SpecCluster

logger: logging.Logger

def close_clusters() -> typing.Any: ...

async def run_spec(
    spec: dict[str, typing.Any],
    *args: typing.Any,
) -> dict[str, distributed.Worker | distributed.Nanny]: ...

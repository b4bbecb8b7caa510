# pybind-stub: 1
# module: distributed.deploy.adaptive
# module-version: 2022.12.1+ds.1
# interpreter: CPython 3.11.2 linux x86_64
# sources: distributed/deploy/adaptive.py, runtime
# content-hash: sha256:23f1172c3100c7885f2c750dd90f45aedf6410b4dc27df3e15c769fb82a5d974
import logging
from distributed import Adaptive as Adaptive

logger: logging.Logger

# pybind-stub: 1
# module: distributed.deploy.local
# module-version: 2022.12.1+ds.1
# interpreter: CPython 3.11.2 linux x86_64
# sources: distributed/deploy/local.py, runtime
# content-hash: sha256:ec4aff1aa76b3bdae241e3bd99b822ff7feb3815b2db2e563fc6f6b20a7340b5
import logging
from distributed import LocalCluster as LocalCluster

logger: logging.Logger

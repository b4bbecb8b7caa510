# pybind-stub: 1
# module: distributed.deploy.cluster
# module-version: 2022.12.1+ds.1
# interpreter: CPython 3.11.2 linux x86_64
# sources: distributed/deploy/cluster.py, runtime
# content-hash: sha256:b578a95f6daffbc3365b513ae13ea56c9350e7a02a26b07efde9a4c5bed3febc
import logging
from distributed.deploy import Cluster as Cluster

logger: logging.Logger

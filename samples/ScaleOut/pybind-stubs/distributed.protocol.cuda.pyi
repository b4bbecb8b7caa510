# pybind-stub: 1
# module: distributed.protocol.cuda
# module-version: 2022.12.1+ds.1
# interpreter: CPython 3.11.2 linux x86_64
# sources: distributed/protocol/cuda.py, runtime
# content-hash: sha256:904f21e5cdb3b8dbbad8842cf07d7a3469d6e06c0898bf735c4025003777eb65
import dask.utils
import distributed.protocol.serialize
import typing

cuda_deserialize: dask.utils.Dispatch
cuda_object_with_dict_serializer: distributed.protocol.serialize.ObjectDictSerializer
cuda_serialize: dask.utils.Dispatch

def cuda_dumps(x: typing.Any) -> typing.Any: ...

def cuda_loads(header: typing.Any, frames: typing.Any) -> typing.Any: ...

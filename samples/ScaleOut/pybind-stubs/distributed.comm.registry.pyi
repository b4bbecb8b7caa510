# pybind-stub: 1
# module: distributed.comm.registry
# module-version: 2022.12.1+ds.1
# interpreter: CPython 3.11.2 linux x86_64
# sources: distributed/comm/registry.py, runtime
# content-hash: sha256:4ddd7139ee05731132094c9b3b7072ccf3724c78e197da585ee1b9cfb511f593
import abc
import typing

backends: dict[str, Backend]

def get_backend(scheme: str) -> Backend:
    """
    Get the Backend instance for the given *scheme*.
    It looks for matching scheme in dask's internal cache, and falls-back to
    package metadata for the group name ``distributed.comm.backends``
   \x20"""
    ...

class Backend(abc.ABC):
    """
    A communication backend, selected by a given URI scheme (e.g. 'tcp').
   \x20"""
    @abc.abstractmethod
    def get_address_host(self, loc: typing.Any) -> typing.Any:
        """
        Get a host name (normally an IP address) identifying the host the
        address is located on.
        *loc* is a scheme-less address.
       \x20"""
        ...
    def get_address_host_port(self, loc: typing.Any) -> typing.Any:
        """
        Get the (host, port) tuple of the scheme-less address *loc*.
        This should only be implemented by IP-based transports.
       \x20"""
        ...
    @abc.abstractmethod
    def get_connector(self) -> typing.Any:
        """
        Get a connector object usable for connecting to addresses.
       \x20"""
        ...
    @abc.abstractmethod
    def get_listener(
        self,
        loc: typing.Any,
        handle_comm: typing.Any,
        deserialize: typing.Any,
        **connection_args: typing.Any,
    ) -> typing.Any:
        """
        Get a listener object for the scheme-less address *loc*.
       \x20"""
        ...
    @abc.abstractmethod
    def get_local_address_for(self, loc: typing.Any) -> typing.Any:
        """
        Get the local listening address suitable for reaching *loc*.
       \x20"""
        ...
    @abc.abstractmethod
    def resolve_address(self, loc: typing.Any) -> typing.Any:
        """
        Resolve the address into a canonical form.
        *loc* is a scheme-less address.

        Simple implementations may return *loc* unchanged.
       \x20"""
        ...

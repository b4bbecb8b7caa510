# pybind-stub: 1
# module: distributed.node
# module-version: 2022.12.1+ds.1
# interpreter: CPython 3.11.2 linux x86_64
# sources: distributed/node.py, runtime
# content-hash: sha256:54297b83095d7776dcb793d62bcdd7eb16b52988fe6443e2512f555a669893a1
import distributed.core
import typing

class ServerNode(distributed.core.Server):
    """
    Base class for server nodes in a distributed cluster.
   \x20"""
    def get_logs(
        self,
        start: typing.Any = 0,
        n: typing.Any = None,
        timestamps: typing.Any = False,
    ) -> typing.Any:
        """
        Fetch log entries for this node

        Parameters
        ----------
        start : float, optional
            A time (in seconds) to begin filtering log entries from
        n : int, optional
            Maximum number of log entries to return from filtered results
        timestamps : bool, default False
            Do we want log entries to include the time they were generated?

        Returns
        -------
        List of tuples containing the log level, message, and (optional) timestamp for each filtered entry
       \x20"""
        ...
    @property
    def service_ports(self) -> typing.Any: ...
    def start_http_server(
        self,
        routes: typing.Any,
        dashboard_address: typing.Any,
        default_port: typing.Any = 0,
        ssl_options: typing.Any = None,
    ) -> typing.Any:
        """This creates an HTTP Server running on this node"""
        ...
    def start_services(self, default_listen_ip: typing.Any) -> typing.Any: ...
    def stop_services(self) -> typing.Any: ...
    def versions(self, packages: typing.Any = None) -> typing.Any: ...

# pybind-stub: 1
# module: distributed.comm.addressing
# module-version: 2022.12.1+ds.1
# interpreter: CPython 3.11.2 linux x86_64
# sources: distributed/comm/addressing.py, runtime
# content-hash: sha256:36ae38001b571e24b715678931601bd64116e7a7b456fef88863b931270e3746
import typing

def address_from_user_args(
    host: typing.Any = None,
    port: typing.Any = None,
    interface: typing.Any = None,
    protocol: typing.Any = None,
    peer: typing.Any = None,
    security: typing.Any = None,
    default_port: typing.Any = 0,
) -> str:
    """Get an address to listen on from common user provided arguments"""
    ...

def addresses_from_user_args(
    host: typing.Any = None,
    port: typing.Any = None,
    interface: typing.Any = None,
    protocol: typing.Any = None,
    peer: typing.Any = None,
    security: typing.Any = None,
    default_port: typing.Any = 0,
) -> list:
    """Get a list of addresses if the inputs are lists

    This is like ``address_from_user_args`` except that it also accepts lists
    for some of the arguments.  If these arguments are lists then it will map
    over them accordingly.

    Examples
    --------
    >>> addresses_from_user_args(host="127.0.0.1", protocol=["inproc", "tcp"])
    ["inproc://127.0.0.1:", "tcp://127.0.0.1:"]
   \x20"""
    ...

def get_address_host(addr: str) -> str:
    """
    Return a hostname / IP address identifying the machine this address
    is located on.

    In contrast to get_address_host_port(), this function should always
    succeed for well-formed addresses.

    >>> get_address_host('tcp://1.2.3.4:80')
    '1.2.3.4'
   \x20"""
    ...

def get_address_host_port(addr: str, strict: bool = False) -> tuple[str, int]:
    """
    Get a (host, port) tuple out of the given address.
    For definition of strict check parse_address
    ValueError is raised if the address scheme doesn't allow extracting
    the requested information.

    >>> get_address_host_port('tcp://1.2.3.4:80')
    ('1.2.3.4', 80)
    >>> get_address_host_port('tcp://[::1]:80')
    ('::1', 80)
   \x20"""
    ...

def get_local_address_for(addr: str) -> str:
    """
    Get a local listening address suitable for reaching *addr*.

    For instance, trying to reach an external TCP address will return
    a local TCP address that's routable to that external address.

    >>> get_local_address_for('tcp://8.8.8.8:1234')
    'tcp://192.168.1.68'
    >>> get_local_address_for('tcp://127.0.0.1:1234')
    'tcp://127.0.0.1'
   \x20"""
    ...

def normalize_address(addr: str) -> str:
    """
    Canonicalize address, adding a default scheme if necessary.

    >>> normalize_address('tls://[::1]')
    'tls://[::1]'
    >>> normalize_address('[::1]')
    'tcp://[::1]'
   \x20"""
    ...

def parse_address(addr: str, strict: bool = False) -> tuple[str, str]:
    """
    Split address into its scheme and scheme-dependent location string.

    >>> parse_address('tcp://127.0.0.1')
    ('tcp', '127.0.0.1')

    If strict is set to true the address must have a scheme.
   \x20"""
    ...

def parse_host_port(
    address: str | tuple[str, int],
    default_port: str | int | None = None,
) -> tuple[str, int]:
    """
    Parse an endpoint address given in the form "host:port".
   \x20"""
    ...

def resolve_address(addr: str) -> str:
    """
    Apply scheme-specific address resolution to *addr*, replacing
    all symbolic references with concrete location specifiers.

    In practice, this can mean hostnames are resolved to IP addresses.

    >>> resolve_address('tcp://localhost:8786')
    'tcp://127.0.0.1:8786'
   \x20"""
    ...

def unparse_address(scheme: str, loc: str) -> str:
    """
    Undo parse_address().

    >>> unparse_address('tcp', '127.0.0.1')
    'tcp://127.0.0.1'
   \x20"""
    ...

def unparse_host_port(host: str, port: int | None = None) -> str:
    """
    Undo parse_host_port().
   \x20"""
    ...

def uri_from_host_port(host_arg: str | None, port_arg: str | None, default_port: int) -> str:
    """
    Process the *host* and *port* CLI options.
    Return a URI.
   \x20"""
    ...

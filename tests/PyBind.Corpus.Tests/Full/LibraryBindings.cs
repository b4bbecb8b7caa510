using PyBind;

namespace PyBind.Corpus.Tests.Full;

// One binding per other library of the corpus (tests/corpus/corpus.tsv): the module a user reaches for first, where
// its classes live (a class is bound in its home module: requests.PreparedRequest, not requests.models'), bound only
// with -p:PyBindCorpus=all like the key libraries of Bindings.cs.
[PyImport("requests")] public static partial class Requests;
[PyImport("httpx")] public static partial class Httpx;
[PyImport("aiohttp")] public static partial class Aiohttp;
[PyImport("flask")] public static partial class FlaskModule;
[PyImport("werkzeug.utils")] public static partial class WerkzeugUtils;
[PyImport("jinja2")] public static partial class Jinja;
[PyImport("tornado.escape")] public static partial class TornadoEscape;
[PyImport("urllib3.util")] public static partial class Urllib3Util;
[PyImport("lxml.etree")] public static partial class Etree;
[PyImport("bs4")] public static partial class Bs4;
[PyImport("tomli")] public static partial class Tomli;
[PyImport("pytz")] public static partial class Pytz;
[PyImport("openpyxl")] public static partial class Openpyxl;
[PyImport("markdown")] public static partial class Md;
[PyImport("docutils.core")] public static partial class DocutilsCore;
[PyImport("xmltodict")] public static partial class Xmltodict;
[PyImport("msgpack")] public static partial class Msgpack;
[PyImport("simplejson")] public static partial class Simplejson;
[PyImport("sqlalchemy")] public static partial class Sqlalchemy;
[PyImport("PIL.Image")] public static partial class PilImage;
[PyImport("click")] public static partial class Click;
[PyImport("click.testing")] public static partial class ClickTesting;
[PyImport("rich.text")] public static partial class RichText;
[PyImport("tabulate")] public static partial class TabulateModule;
[PyImport("pygments")] public static partial class Pygments;
[PyImport("pygments.lexers")] public static partial class PygmentsLexers;
[PyImport("pygments.formatters")] public static partial class PygmentsFormatters;
[PyImport("regex")] public static partial class PyRegex;
[PyImport("pydantic")] public static partial class Pydantic;
[PyImport("jsonschema")] public static partial class Jsonschema;
[PyImport("cryptography.hazmat.primitives.hashes")] public static partial class Hashes;
[PyImport("jwt")] public static partial class Jwt;
[PyImport("toolz")] public static partial class Toolz;
[PyImport("more_itertools")] public static partial class MoreItertools;
[PyImport("sortedcontainers")] public static partial class SortedContainers;
[PyImport("cachetools")] public static partial class Cachetools;
[PyImport("six")] public static partial class Six;
[PyImport("packaging.version")] public static partial class PackagingVersion;
[PyImport("psutil")] public static partial class Psutil;

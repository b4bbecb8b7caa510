using System;
using System.Collections.Generic;
using System.Linq;
using PyBind;
using Xunit;

namespace PyBind.Corpus.Tests.Full;

/// <summary>
/// One meaningful call per library of the corpus beyond the key ones (SmokeTests.cs), through the typed bindings of
/// LibraryBindings.cs, compared with the answer Python itself gives for the same call. Offline: no network, no display.
/// Built and run with -p:PyBindCorpus=all (tests/corpus/run.sh --smoke).
/// </summary>
public sealed class LibrarySmokeTests
{
    [Fact]
    public void RequestsPreparedRequest_PrepareUrl_EncodesTheQueryAsRequestsDoes()
    {
        using var request = new Requests.PreparedRequest();
        request.PrepareUrl("http://example.com/search", new Dictionary<string, object> { ["q"] = "a b&c", ["page"] = 3L });

        Assert.Equal(
            Python.Eval<string>("(lambda p: (p.prepare_url('http://example.com/search', {'q': 'a b&c', 'page': 3}), p.url)[1])(__import__('requests').PreparedRequest())"),
            request.Url);
    }

    [Fact]
    public void HttpxUrl_HostPortAndJoin_AreWhatHttpxParses()
    {
        using var url = new Httpx.URL("https://example.com:8443/a/b?x=1");
        using Httpx.URL joined = url.Join("../c?y=2");

        using PyScope python = Python.CreateScope();
        python.Run("import httpx\nurl = httpx.URL('https://example.com:8443/a/b?x=1')");
        Assert.Equal(python.Eval<string>("url.host"), url.Host);
        Assert.Equal(python.Eval<long>("url.port"), url.Port);
        Assert.Equal(python.Eval<string>("str(url.join('../c?y=2'))"), joined.ToString());
    }

    [Fact]
    public void AiohttpBasicAuth_Encode_IsTheHeaderAiohttpWrites()
    {
        using var auth = new Aiohttp.BasicAuth("user", "pass");

        Assert.Equal(Python.Eval<string>("__import__('aiohttp').BasicAuth('user', 'pass').encode()"), auth.Encode());
        Assert.Equal("Basic dXNlcjpwYXNz", auth.Encode());
    }

    [Fact]
    public void FlaskTestClient_CallsACSharpView_AndGetsItsAnswer()
    {
        using var app = new FlaskModule.Flask("corpus");
        app.AddUrlRule("/hello", endpoint: "hello", viewFunc: (Func<string>)(() => "Hello from C#"));
        using PyObject client = app.TestClient();
        using PyObject response = client.CallMethod("get", "/hello");

        using PyScope python = Python.CreateScope();
        python.Run("import flask\napp = flask.Flask('corpus')\napp.add_url_rule('/hello', 'hello', lambda: 'Hello from C#')\nresponse = app.test_client().get('/hello')");
        Assert.Equal(python.Eval<long>("response.status_code"), response.GetAttr("status_code").As<long>());
        Assert.Equal(python.Eval<byte[]>("response.data"), response.GetAttr("data").As<byte[]>());
    }

    [Fact]
    public void WerkzeugSecureFilename_IsWerkzeugsSafeName()
    {
        const string unsafeName = "../../etc/my résumé file.txt";

        Assert.Equal(Python.Eval<string>("__import__('werkzeug.utils').utils.secure_filename('../../etc/my résumé file.txt')"), WerkzeugUtils.SecureFilename(unsafeName));
    }

    [Fact]
    public void Jinja2Template_Render_IsWhatJinjaRenders()
    {
        using var template = new Jinja.Template("Hello {{ name }}!{% for i in items %} {{ i * 2 }}{% endfor %}");
        string rendered = template.Render(kwargs: new Dictionary<string, object?> { ["name"] = "corpus", ["items"] = new[] { 1L, 2L, 3L } });

        Assert.Equal(Python.Eval<string>("__import__('jinja2').Template('Hello {{ name }}!{% for i in items %} {{ i * 2 }}{% endfor %}').render(name='corpus', items=[1, 2, 3])"), rendered);
    }

    [Fact]
    public void TornadoXhtmlEscape_IsTornadosEscaping()
    {
        const string markup = "<a href='x'>Tom & \"Jerry\"</a>";

        string escaped = TornadoEscape.XhtmlEscape(markup);

        Assert.Equal(Python.Eval<string>("__import__('tornado.escape').escape.xhtml_escape('<a href=\\'x\\'>Tom & \"Jerry\"</a>')"), escaped);
        Assert.Equal(markup, TornadoEscape.XhtmlUnescape(escaped));
    }

    [Fact]
    public void Urllib3ParseUrl_SplitsAsUrllib3Does()
    {
        using Urllib3Util.Url.Url_ url = Urllib3Util.ParseUrl("https://user@example.com:8080/p/q?x=1#frag");

        using PyScope python = Python.CreateScope();
        python.Run("import urllib3.util\nurl = urllib3.util.parse_url('https://user@example.com:8080/p/q?x=1#frag')");
        Assert.Equal(python.Eval<string>("url.host"), url.Host);
        Assert.Equal(python.Eval<string>("url.request_uri"), url.GetAttr("request_uri").As<string>());
        Assert.Equal(python.Eval<string>("str(url)"), url.ToString());
    }

    [Fact]
    public void LxmlEtree_ParsesAndSerializes_AsLxmlDoes()
    {
        using PyObject root = Etree.Fromstring("<a><b>1</b><b>2</b><c/></a>");
        using PyObject serialized = Etree.Tostring_(root);

        Assert.Equal(Python.Eval<byte[]>("__import__('lxml.etree').etree.tostring(__import__('lxml.etree').etree.fromstring('<a><b>1</b><b>2</b><c/></a>'))"), serialized.As<byte[]>());
        Assert.Equal(2, root.CallMethod("findall", "b").Count);
    }

    [Fact]
    public void BeautifulSoup_Text_IsTheTextBs4Extracts()
    {
        using var soup = new Bs4.BeautifulSoup("<p>Hi <b>there</b>, <i>corpus</i></p>", "html.parser");

        Assert.Equal(Python.Eval<string>("__import__('bs4').BeautifulSoup('<p>Hi <b>there</b>, <i>corpus</i></p>', 'html.parser').get_text()"), soup.Text);
    }

    [Fact]
    public void TomliLoads_GivesWhatPythonLoads()
    {
        const string document = "title = \"corpus\"\n[owner]\nsizes = [1, 2, 3]\nratio = 0.5\n";

        IDictionary<string, PyObject> loaded = Tomli.Loads(document);

        using PyObject expected = Python.Eval("__import__('tomli').loads('title = \"corpus\"\\n[owner]\\nsizes = [1, 2, 3]\\nratio = 0.5\\n')");
        Assert.True(((PyObject)loaded).Equals(expected), $"{loaded} != {expected}");
        Assert.Equal("corpus", loaded["title"].As<string>());
    }

    [Fact]
    public void PytzTimezone_UtcOffsetInSummer_IsPytzsOffset()
    {
        using PyObject paris = Pytz.Timezone("Europe/Paris");
        var noon = new DateTime(2022, 7, 1, 12, 0, 0);

        TimeSpan offset = paris.CallMethod("utcoffset", noon).As<TimeSpan>();

        Assert.Equal(Python.Eval<TimeSpan>("__import__('pytz').timezone('Europe/Paris').utcoffset(__import__('datetime').datetime(2022, 7, 1, 12))"), offset);
        Assert.Contains("Europe/Paris", Pytz.CommonTimezones);
        Assert.Equal(Python.Eval<long>("len(__import__('pytz').common_timezones)"), Pytz.CommonTimezones.Count);
    }

    [Fact]
    public void OpenpyxlWorkbookInMemory_HoldsTheRowsOpenpyxlHolds()
    {
        using var workbook = new Openpyxl.Workbook();
        using Openpyxl.Worksheet.Worksheet_.Worksheet sheet = workbook.Active.As<Openpyxl.Worksheet.Worksheet_.Worksheet>();
        sheet.Append(new object[] { "name", "n" });
        sheet.Append(new object[] { "corpus", 52L });
        using PyObject cell = sheet.Cell(2L, 2L);

        using PyScope python = Python.CreateScope();
        python.Run("import openpyxl\nsheet = openpyxl.Workbook().active\nsheet.append(['name', 'n'])\nsheet.append(['corpus', 52])");
        Assert.Equal(python.Eval<long>("sheet.cell(2, 2).value"), cell.GetAttr("value").As<long>());
        Assert.Equal(python.Eval<string>("sheet.dimensions"), sheet.GetAttr("dimensions").As<string>());
    }

    [Fact]
    public void Markdown_ToHtml_IsWhatMarkdownWrites()
    {
        const string text = "# Corpus\n\nSome *emphasis* and a [link](https://example.com).\n\n- one\n- two\n";

        Assert.Equal(Python.Eval<string>("__import__('markdown').markdown('# Corpus\\n\\nSome *emphasis* and a [link](https://example.com).\\n\\n- one\\n- two\\n')"), Md.Markdown_(text));
    }

    [Fact]
    public void DocutilsPublishParts_HtmlBody_IsDocutilsBody()
    {
        const string source = "Title\n=====\n\nSome *emphasis* and ``code``.\n";

        using PyObject parts = DocutilsCore.PublishParts(source, writerName: "html");

        Assert.Equal(
            Python.Eval<string>("__import__('docutils.core').core.publish_parts('Title\\n=====\\n\\nSome *emphasis* and ``code``.\\n', writer_name='html')['body']"),
            parts["body"].As<string>());
    }

    [Fact]
    public void XmltodictParse_GivesWhatXmltodictParses()
    {
        const string xml = "<shop id=\"7\"><item>apple</item><item>pear</item></shop>";

        using PyObject parsed = Xmltodict.Parse(xml);

        using PyObject expected = Python.Eval("__import__('xmltodict').parse('<shop id=\"7\"><item>apple</item><item>pear</item></shop>')");
        Assert.True(parsed.Equals(expected), $"{parsed} != {expected}");
        Assert.Equal(xml, Xmltodict.Unparse(parsed.As<IDictionary<string, PyObject>>(), fullDocument: false));
    }

    [Fact]
    public void MsgpackPackb_IsMsgpacksBytes_AndUnpackbRoundTrips()
    {
        object[] value = [1L, "two", 3.5, new Dictionary<string, object> { ["k"] = true }];

        using PyObject packed = Msgpack.Packb(value);
        using PyObject unpacked = Msgpack.Unpackb(packed);

        Assert.Equal(Python.Eval<byte[]>("__import__('msgpack').packb([1, 'two', 3.5, {'k': True}])"), packed.As<byte[]>());
        Assert.True(unpacked.Equals(Python.Eval("[1, 'two', 3.5, {'k': True}]")), unpacked.ToString());
    }

    [Fact]
    public void SimplejsonLoads_WithDecimals_GivesPythonsDecimal()
    {
        using PyObject loaded = Simplejson.Loads("{\"price\": 1.10, \"items\": [1, 2]}", kwds: new Dictionary<string, object?> { ["use_decimal"] = true });

        Assert.Equal(Python.Eval<decimal>("__import__('simplejson').loads('{\"price\": 1.10, \"items\": [1, 2]}', use_decimal=True)['price']"), loaded["price"].As<decimal>());
        Assert.Equal(1.10m, loaded["price"].As<decimal>());
        Assert.Equal(Python.Eval<string>("__import__('simplejson').dumps({'b': [1, 2], 'a': None}, sort_keys=True)"),
            Simplejson.Dumps(new Dictionary<string, object?> { ["b"] = new[] { 1L, 2L }, ["a"] = null }, kwds: new Dictionary<string, object?> { ["sort_keys"] = true }));
    }

    [Fact]
    public void SqlalchemyInMemorySqlite_SumsWhatSqlalchemySums()
    {
        using PyObject engine = Sqlalchemy.CreateEngine("sqlite://", future: true);
        using PyObject connection = engine.CallMethod("connect");
        try
        {
            connection.CallMethod("exec_driver_sql", "create table t (x integer)").Dispose();
            connection.CallMethod("exec_driver_sql", "insert into t values (4), (5), (33)").Dispose();
            using PyObject total = connection.CallMethod("exec_driver_sql", "select sum(x) * 2 from t").CallMethod("scalar");

            using PyScope python = Python.CreateScope();
            python.Run("""
                import sqlalchemy
                with sqlalchemy.create_engine('sqlite://', future=True).connect() as connection:
                    connection.exec_driver_sql('create table t (x integer)')
                    connection.exec_driver_sql('insert into t values (4), (5), (33)')
                    total = connection.exec_driver_sql('select sum(x) * 2 from t').scalar()
                """);
            Assert.Equal(python.Eval<long>("total"), total.As<long>());
        }
        finally
        {
            connection.CallMethod("close").Dispose();
        }
    }

    [Fact]
    public void PilImageNew_InMemory_HasPillowsSizePixelsAndBytes()
    {
        using PilImage.Image image = PilImage.New("RGB", (4L, 3L), "red");

        using PyScope python = Python.CreateScope();
        python.Run("from PIL import Image\nimage = Image.new('RGB', (4, 3), 'red')");
        Assert.Equal((4L, 3L), image.Size);
        Assert.Equal(python.Eval<string>("str(image.getpixel((1, 1)))"), image.Getpixel((1L, 1L)).ToString());
        Assert.Equal(python.Eval<byte[]>("image.tobytes()"), image.Tobytes());
    }

    [Fact]
    public void ClickCliRunner_InvokesACommand_AndCapturesClicksOutput()
    {
        const string command = "__import__('click').command()(__import__('click').argument('name')(lambda name: __import__('click').echo('Hello ' + name)))";
        using Click.Command hello = Python.Eval(command).As<Click.Command>();

        using ClickTesting.Result result = new ClickTesting.CliRunner().Invoke(hello, new[] { "corpus" });

        Assert.Equal(Python.Eval<string>("__import__('click.testing').testing.CliRunner().invoke(" + command + ", ['corpus']).output"), result.Output);
        Assert.Equal(Python.Eval<string>("__import__('click').style('hi', fg='red', bold=True)"), Click.Style("hi", fg: "red", bold: true));
    }

    [Fact]
    public void RichTextFromMarkup_Plain_IsRichsText()
    {
        using RichText.Text text = RichText.Text.FromMarkup("[bold]Hello[/bold] [red]corpus[/red]!");

        Assert.Equal(Python.Eval<string>("__import__('rich.text').text.Text.from_markup('[bold]Hello[/bold] [red]corpus[/red]!').plain"), text.Plain);
    }

    [Fact]
    public void Tabulate_Table_IsTabulatesTable()
    {
        string table = TabulateModule.Tabulate(new[] { new object[] { "numpy", 155L }, new object[] { "pandas", 231L } }, headers: new[] { "library", "modules" });

        Assert.Equal(Python.Eval<string>("__import__('tabulate').tabulate([['numpy', 155], ['pandas', 231]], headers=['library', 'modules'])"), table);
    }

    [Fact]
    public void PygmentsHighlight_Html_IsPygmentsHtml()
    {
        // PythonLexer's constructor is Lexer's, in pygments.lexer, which no [PyImport] here binds.
        using var lexer = new PygmentsLexers.PythonLexer();
        using var formatter = new PygmentsFormatters.HtmlFormatter();
        using PyObject html = Pygments.Highlight("def f(x):\n    return x + 1\n", lexer, formatter);

        Assert.Equal(
            Python.Eval<string>("__import__('pygments').highlight('def f(x):\\n    return x + 1\\n', __import__('pygments.lexers').lexers.PythonLexer(), __import__('pygments.formatters').formatters.HtmlFormatter())"),
            html.As<string>());
    }

    [Fact]
    public void PygmentsLexer_MadeWithItsBasesOptions_TokenizesAsPygmentsDoes()
    {
        // Lexer.__init__(**options) and Lexer.get_tokens, both of pygments.lexer's Lexer.
        using var lexer = new PygmentsLexers.PythonLexer(new Dictionary<string, object?> { ["stripnl"] = false });

        Assert.Equal(
            Python.Eval<string[]>("[v for _, v in __import__('pygments.lexers').lexers.PythonLexer(stripnl=False).get_tokens('\\nx = 1\\n')]"),
            lexer.GetTokens("\nx = 1\n").Select(t => t.Item2).ToArray());
    }

    [Fact]
    public void RegexFindall_WithUnicodeProperties_IsWhatRegexFinds()
    {
        IList<PyObject> words = PyRegex.Findall(@"\p{Lu}\w+", "Hello World, Élan and python");

        Assert.Equal(Python.Eval<string[]>("__import__('regex').findall(r'\\p{Lu}\\w+', 'Hello World, Élan and python')"), words.Select(w => w.As<string>()).ToArray());
    }

    [Fact]
    public void PydanticParseObjAs_CoercesAsPydanticDoes()
    {
        using PyObject listOfInts = Python.Eval("list[int]");

        using PyObject parsed = Pydantic.ParseObjAs(listOfInts, new object[] { "1", 2L, 3.0 });

        Assert.True(parsed.Equals(Python.Eval("__import__('pydantic').parse_obj_as(list[int], ['1', 2, 3.0])")), parsed.ToString());
        Assert.Equal([1L, 2L, 3L], parsed.As<long[]>());
    }

    [Fact]
    public void JsonschemaDraft7Validator_JudgesAsJsonschemaDoes_AndRaisesItsValidationError()
    {
        var schema = new Dictionary<string, object?> { ["type"] = "object", ["required"] = new[] { "name" }, ["properties"] = new Dictionary<string, object> { ["name"] = new Dictionary<string, object> { ["type"] = "string" } } };
        using var validator = new Jsonschema.Draft7Validator(schema);

        using PyScope python = Python.CreateScope();
        python.Run("import jsonschema\nvalidator = jsonschema.Draft7Validator({'type': 'object', 'required': ['name'], 'properties': {'name': {'type': 'string'}}})");
        Assert.Equal(python.Eval<bool>("validator.is_valid({'name': 'corpus'})"), validator.IsValid(new Dictionary<string, object> { ["name"] = "corpus" }));
        Assert.Equal(python.Eval<bool>("validator.is_valid({'name': 52})"), validator.IsValid(new Dictionary<string, object> { ["name"] = 52L }));
        Jsonschema.ValidationError error = Assert.Throws<Jsonschema.ValidationError>(() => validator.Validate(new Dictionary<string, object>()));
        Assert.Equal(python.Eval<string>("next(validator.iter_errors({})).message"), error.GetPythonException().GetAttr("message").As<string>());
    }

    [Fact]
    public void CryptographySha256_IsHashlibsDigest()
    {
        // SHA256 declares no __init__ (nor does HashAlgorithm): it has no C# constructor, so Python makes it.
        using Hashes.SHA256 algorithm = Python.Eval("__import__('cryptography.hazmat.primitives.hashes').hazmat.primitives.hashes.SHA256()").As<Hashes.SHA256>();
        using var hash = new Hashes.Hash(algorithm);
        hash.Update("corpus"u8.ToArray());

        Assert.Equal(Python.Eval<byte[]>("__import__('hashlib').sha256(b'corpus').digest()"), hash.Finalize_());
    }

    [Fact]
    public void JwtEncode_IsPyJwtsToken_AndDecodesBack()
    {
        string token = Jwt.Encode(new Dictionary<string, object> { ["sub"] = "corpus", ["n"] = 52L }, "secret", algorithm: "HS256");

        IDictionary<string, PyObject> claims = Jwt.Decode(token, "secret", algorithms: new[] { "HS256" });

        Assert.Equal(Python.Eval<string>("__import__('jwt').encode({'sub': 'corpus', 'n': 52}, 'secret', algorithm='HS256')"), token);
        Assert.Equal("corpus", claims["sub"].As<string>());
        Assert.Equal(52L, claims["n"].As<long>());
    }

    [Fact]
    public void ToolzFrequencies_CountsAsToolzDoes()
    {
        using PyObject counts = Toolz.Frequencies("abracadabra");

        Assert.True(counts.Equals(Python.Eval("__import__('toolz').frequencies('abracadabra')")), counts.ToString());
    }

    [Fact]
    public void MoreItertoolsChunked_GivesMoreItertoolsChunks()
    {
        using PyIterator<IList<long>> chunks = MoreItertools.Chunked(Enumerable.Range(0, 7).Select(i => (long)i), 3);

        string[] actual = chunks.Select(chunk => string.Join(", ", chunk)).ToArray();

        Assert.Equal(Python.Eval<string[]>("[', '.join(map(str, c)) for c in __import__('more_itertools').chunked(range(7), 3)]"), actual);
    }

    [Fact]
    public void SortedContainersSortedList_StaysSortedAsSortedContainersKeepsIt()
    {
        using var sorted = new SortedContainers.SortedList(new[] { 5L, 1L, 3L });
        sorted.Add(2L).Dispose();
        using PyObject index = sorted.BisectLeft(3L);

        using PyScope python = Python.CreateScope();
        python.Run("import sortedcontainers\nsorted_list = sortedcontainers.SortedList([5, 1, 3])\nsorted_list.add(2)");
        Assert.Equal(python.Eval<string>("repr(sorted_list)"), sorted.Repr());
        Assert.Equal(python.Eval<long>("sorted_list.bisect_left(3)"), index.As<long>());
    }

    [Fact]
    public void CachetoolsLruCache_EvictsWhatCachetoolsEvicts()
    {
        using var cache = new Cachetools.LRUCache(2);
        cache.SetItem("a", 1L);
        cache.SetItem("b", 2L);
        cache["a"].Dispose();
        cache.SetItem("c", 3L);

        using PyScope python = Python.CreateScope();
        python.Run("import cachetools\ncache = cachetools.LRUCache(2)\ncache['a'] = 1\ncache['b'] = 2\ncache['a']\ncache['c'] = 3");
        Assert.Equal(python.Eval<string[]>("sorted(cache)"), cache.AsEnumerable<string>().Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(python.Eval<double>("cache.currsize"), cache.Currsize);
    }

    [Fact]
    public void SixEnsureStr_DecodesAsSixDoes()
    {
        byte[] utf8 = "Grüße"u8.ToArray();

        Assert.Equal(Python.Eval<string>("__import__('six').ensure_str('Grüße'.encode('utf-8'))"), Six.EnsureStr(utf8));
        Assert.Equal(Python.Eval<bool>("__import__('six').PY3"), Six.Py3);
    }

    [Fact]
    public void PackagingVersion_ComparesAndParsesAsPackagingDoes()
    {
        using var newer = new PackagingVersion.Version("1.10.0");
        using var older = new PackagingVersion.Version("1.9");
        using PackagingVersion.Version candidate = PackagingVersion.Parse("2.0rc1");

        Assert.Equal(Python.Eval<bool>("__import__('packaging.version').version.Version('1.10.0') > __import__('packaging.version').version.Version('1.9')"), newer > older);
        Assert.True(newer > older);
        Assert.Equal(Python.Eval<bool>("__import__('packaging.version').version.parse('2.0rc1').is_prerelease"), candidate.IsPrerelease);
        Assert.Equal(Python.Eval<long[]>("list(__import__('packaging.version').version.parse('2.0rc1').release)"), candidate.Release.ToArray());
    }

    [Fact]
    public void PsutilProcess_IsThisProcess_AsPsutilSeesIt()
    {
        using var process = new Psutil.Process();

        Assert.Equal(Python.Eval<long>("__import__('os').getpid()"), process.Pid);
        Assert.Equal(Python.Eval<long>("__import__('psutil').cpu_count()"), Psutil.CpuCount());
    }
}

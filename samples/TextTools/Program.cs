using PyBind;

// Python's text tools from C#: a diff of two releases' notes, a fuzzy lookup, wrapping, JSON and regular expressions.
string[] before = ["Faster startup.\n", "Fixed a crash on exit.\n", "New logo.\n"];
string[] after = ["Faster startup.\n", "Fixed a crash on exit when idle.\n", "New logo.\n", "Dark mode.\n"];

Console.WriteLine("difflib.unified_diff:");
foreach (string line in Difflib.UnifiedDiff(before, after, fromfile: "1.0", tofile: "1.1"))
    Console.Write(line);

string[] commands = ["install", "uninstall", "list", "search", "update"];
Console.WriteLine();
Console.WriteLine($"difflib.get_close_matches('instal', commands) = [{string.Join(", ", Difflib.GetCloseMatches("instal", commands))}]");

const string blurb = "PyBind.Gen generates typed C# for installed Python modules at build time, so that calls into Python are checked by the compiler and documented in the editor.";
Console.WriteLine();
Console.WriteLine("textwrap.fill(width=40, initial_indent='> ', subsequent_indent='> '):");
Console.WriteLine(TextWrap.Fill(blurb, width: 40, initialIndent: "> ", subsequentIndent: "> "));

var release = new Dictionary<string, object?> { ["version"] = "1.1", ["changes"] = after.Length, ["stable"] = true };
string json = Json.Dumps(release, indent: 2, sortKeys: true);
Console.WriteLine();
Console.WriteLine("json.dumps(indent=2, sort_keys=True):");
Console.WriteLine(json);
using PyObject parsed = Json.Loads(json);
Console.WriteLine($"json.loads(...)['changes'] = {parsed["changes"].As<long>()}");

const string log = "2024-03-01 ok; 2024-03-02 failed; 2024-03-05 ok";
Console.WriteLine();
Console.WriteLine($"re.findall(r'\\d{{4}}-\\d{{2}}-\\d{{2}}', log) = [{string.Join(", ", Re.Findall(@"\d{4}-\d{2}-\d{2}", log).Select(match => match.ToString()))}]");
Console.WriteLine($"re.sub(r'failed', 'FAILED', log) = {Re.Sub("failed", "FAILED", log)}");

#!/usr/bin/env python3
"""What binding numpy costs a user in the editor and in the build, against the same project without the binding.

Two console projects that use the generator, the runtime and the stub tool as the package gives them (the Release
builds of this repository as an analyzer, a reference and the tool, the package's build files imported, numpy and statistics from the committed
stubs-cache/): "numpy" binds numpy and statistics in Bindings.cs, "plain" is the same project without Bindings.cs.
Two controls tell what listing numpy's names costs from what our binding's shape costs: "twin", the plain project
referencing a plain class library whose static class Twin has Np's shape (the same names, each method with as many
overloads of as many parameters, the same nested classes and properties; plain types, one-line docs, no attributes),
and AdvSimd (System.Runtime.Intrinsics.Arm, the BCL's largest static class) in the plain project.
CompletionProbe/ asks Roslyn's completion service in-process for the same receivers (CPU time: steadier on a busy
machine, and without the server's own per-item cost).

  editor: csharp-ls (bash .ci/install-deps installs it) driven over LSP as an editor drives it: the project's load, the
          first completion after it, then REPEATS times an edit (a statement typed above) followed at once by a completion
          after `Np.` (numpy) or `Math.` (plain), and the server's resident memory at the end; and the same after `Math.`
          in the numpy project, which tells the binding's cost to the rest of the code from the cost of listing numpy's
          500-odd names; and after `Twin.` and `AdvSimd.` (the controls); and after `Np.` with Bindings.cs open, which
          csharp-ls then compiles as source; and `Np.`, `Twin.` and `Math.` in turn in one server (runs of separate
          servers see different loads on a shared machine).
  watch:  the stub watcher (PyBindGenerateStubs on, the numpy project with an own shapes.py, built once): seconds from
          saving a new function in shapes.py, and from saving a new [PyImport] in the open Bindings.cs, to the new
          names in the completion, with csharp-ls told of changed files as an editor tells it (obj/ included).
  build:  `dotnet build` after an edit to Program.cs, REPEATS times, once the build is warm (compiler server running).

A benchmark, not a test: it prints and writes results.md next to it, with the machine's load; nothing is asserted.
  python3 tests/PyBind.Gen.Benchmarks/Editor/editor_benchmark.py [--repeats N] [--no-write] [--watch-only]
"""
import argparse, json, os, queue, shutil, statistics, subprocess, sys, tempfile, threading, time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
SERVER = os.environ.get("PYBIND_CSHARP_LS") or os.path.join(ROOT, "artifacts", "tools", "csharp-ls", "csharp-ls")
ENV = dict(os.environ, DOTNET_CLI_TELEMETRY_OPTOUT="1", DOTNET_NOLOGO="1")

PROJECT = """<Project Sdk="Microsoft.NET.Sdk">
  <Import Project="{root}/generator/PyBind.Gen.Package/build/PyBind.Gen.props" />
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <ImplicitUsings>enable</ImplicitUsings>
    <Nullable>enable</Nullable>
    <PyBindStubsFolder>{root}/stubs-cache/</PyBindStubsFolder>
    <PyBindGenerateStubs>false</PyBindGenerateStubs>
    <PyBindIntrospectionTool>{root}/generator/PyBind.Introspection/bin/Release/net8.0/PyBind.Introspection.dll</PyBindIntrospectionTool>
    <PyBindReadyToRunGenerator>{root}/generator/PyBind.Gen/bin/Release/netstandard2.0/linux-x64/PyBind.Gen.dll</PyBindReadyToRunGenerator>
  </PropertyGroup>
  <ItemGroup>
    <Reference Include="{root}/runtime/PyBind.Runtime/bin/Release/net10.0/PyBind.Runtime.dll" />
    <Analyzer Include="{root}/generator/PyBind.Gen/bin/Release/netstandard2.0/PyBind.Gen.dll" />
  </ItemGroup>
  <Import Project="{root}/generator/PyBind.Gen.Package/build/PyBind.Gen.targets" />
</Project>
"""

BINDINGS = """using PyBind;

[PyImport("numpy")] static partial class Np;
[PyImport("statistics")] static partial class Stats;
"""

# The completion is asked for after the receiver on the last line; edits are typed on the first line.
PROGRAMS = {
    "numpy": "Console.WriteLine(\"start\");\ndouble total = 0;\nvar m = Np.",
    "plain": "Console.WriteLine(\"start\");\ndouble total = 0;\nvar m = Math.",
}
CONTROLS = {
    "twin": "Console.WriteLine(\"start\");\ndouble total = 0;\nvar m = Twin.",
    "advsimd": "Console.WriteLine(\"start\");\ndouble total = 0;\nvar m = System.Runtime.Intrinsics.Arm.AdvSimd.",
}

# Distinct first-parameter types for a twin method's overloads of one arity.
TWIN_TYPES = ["object", "string", "int", "long", "double", "bool", "float", "byte", "short", "char", "decimal", "uint", "ulong", "ushort", "sbyte", "nint"]


def make_projects(folder):
    projects = {}
    for name, program in PROGRAMS.items():
        path = os.path.join(folder, name)
        os.makedirs(path)
        with open(os.path.join(path, name + ".csproj"), "w") as f:
            f.write(PROJECT.format(root=ROOT))
        if name == "numpy":
            with open(os.path.join(path, "Bindings.cs"), "w") as f:
                f.write(BINDINGS)
        with open(os.path.join(path, "Program.cs"), "w") as f:
            f.write(program.replace("var m = Np.", "var m = Np.Pi;").replace("var m = Math.", "var m = Math.PI;") + "\n")
        projects[name] = path
    return projects


class Server:
    """csharp-ls over stdio; notifications are queued, requests wait for their response."""

    def __init__(self, folder, env=ENV):
        self.process = subprocess.Popen([SERVER, "--loglevel", "info"], cwd=folder, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        threading.Thread(target=self.process.stderr.read, daemon=True).start()  # its log, read so that it never blocks
        self.notifications = queue.Queue()
        self.responses = {}
        self.answered = threading.Condition()
        self.next_id = 0
        self.globs = []  # what it asked the editor to watch (client/registerCapability)
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        stream = self.process.stdout
        while True:
            length = None
            while True:
                line = stream.readline()
                if not line:
                    return
                line = line.strip()
                if not line:
                    break
                key, value = line.decode().split(":", 1)
                if key.lower() == "content-length":
                    length = int(value)
            message = json.loads(stream.read(length))
            if "method" in message and "id" in message:
                result = [{"analyzersEnabled": True} for _ in message["params"].get("items", [])] if message["method"] == "workspace/configuration" else None
                if message["method"] == "client/registerCapability":
                    self.globs += [w["globPattern"] for r in message["params"]["registrations"] if r["method"] == "workspace/didChangeWatchedFiles"
                                   for w in r["registerOptions"]["watchers"]]
                self._send({"jsonrpc": "2.0", "id": message["id"], "result": result})
            elif "id" in message:
                with self.answered:
                    self.responses[message["id"]] = message
                    self.answered.notify_all()
            else:
                self.notifications.put(message)

    def _send(self, message):
        body = json.dumps(message).encode()
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def request(self, method, params):
        self.next_id += 1
        request_id = self.next_id
        self._send({"jsonrpc": "2.0", "id": request_id, "method": method, "params": params})
        with self.answered:
            self.answered.wait_for(lambda: request_id in self.responses)
            return self.responses.pop(request_id).get("result")

    def notify(self, method, params):
        self._send({"jsonrpc": "2.0", "method": method, "params": params})

    def wait_for(self, method, match):
        while True:
            message = self.notifications.get()
            if message.get("method") == method and match(message["params"]):
                return

    def resident_mb(self):
        with open(f"/proc/{self.process.pid}/status") as f:
            return next(int(line.split()[1]) for line in f if line.startswith("VmRSS:")) / 1024

    def close(self):
        self.process.kill()
        self.process.wait()


def completion_labels(server, uri, line, character):
    result = server.request("textDocument/completion", {"textDocument": {"uri": uri}, "position": {"line": line, "character": character}})
    items = result.get("items", []) if isinstance(result, dict) else (result or [])
    return [item["label"] for item in items]


def start(folder, env=ENV, watch=False):
    """csharp-ls loaded on folder, and how long the load took; with watch, as an editor that watches files for it."""
    started = time.perf_counter()
    server = Server(folder, env)
    capabilities = {"window": {"workDoneProgress": True}, "textDocument": {"completion": {}, "publishDiagnostics": {}}}
    if watch:
        capabilities["workspace"] = {"didChangeWatchedFiles": {"dynamicRegistration": True}}
    server.request("initialize", {"processId": os.getpid(), "rootUri": "file://" + folder, "capabilities": capabilities})
    server.notify("initialized", {})
    # Editors send their settings next; csharp-ls 0.28 starts loading only on a message after "initialized".
    server.notify("workspace/didChangeConfiguration", {"settings": {"csharp": {}}})
    server.wait_for("$/progress", lambda p: (p.get("value") or {}).get("kind") == "end")
    return server, time.perf_counter() - started


class WatchedFiles:
    """An editor's file watcher for the globs the server registered ("**/*.{cs,csproj,sln,slnx}"): each report sends
    what was made, changed or deleted since the last one (workspace/didChangeWatchedFiles), obj/ included."""

    def __init__(self, server, folder):
        glob = server.globs[0]
        assert glob.startswith("**/*.{"), glob
        self.server, self.folder = server, folder
        self.extensions = tuple("." + e for e in glob[len("**/*.{"):-1].split(","))
        self.seen = self.scan()

    def scan(self):
        return {os.path.join(d, f): os.stat(os.path.join(d, f)).st_mtime_ns for d, _, fs in os.walk(self.folder) for f in fs if f.endswith(self.extensions)}

    def report(self):
        now = self.scan()
        changes = [{"uri": "file://" + f, "type": 1 if f not in self.seen else 2} for f, t in now.items() if self.seen.get(f) != t]
        changes += [{"uri": "file://" + f, "type": 3} for f in self.seen if f not in now]
        self.seen = now
        if changes:
            self.server.notify("workspace/didChangeWatchedFiles", {"changes": changes})


def editor(name, folder, repeats, text, open_bindings=False):
    uri = "file://" + os.path.join(folder, "Program.cs")
    server, loaded = start(folder)
    if open_bindings:
        # Opened, csharp-ls compiles Bindings.cs as source: its classes are bound in the editor's compilation again.
        server.notify("textDocument/didOpen", {"textDocument": {"uri": "file://" + os.path.join(folder, "Bindings.cs"), "languageId": "csharp", "version": 1, "text": BINDINGS}})
    server.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "csharp", "version": 1, "text": text}})
    last_line = text.count("\n")
    column = len(text.split("\n")[-1])
    first = time.perf_counter()
    count = len(completion_labels(server, uri, last_line, column))
    first = time.perf_counter() - first
    after_edit = []
    for version in range(2, repeats + 2):
        # A statement typed on the first line: every line below moves down by one.
        server.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": version},
                                                 "contentChanges": [{"range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}}, "text": f"total += {version};\n"}]})
        last_line += 1
        asked = time.perf_counter()
        labels = completion_labels(server, uri, last_line, column)
        after_edit.append(time.perf_counter() - asked)
        assert len(labels) == count, f"{name}: {len(labels)} completions after an edit, {count} before"
    memory = server.resident_mb()
    server.close()
    return {"load": loaded, "first": first, "items": count, "after_edit": after_edit, "memory": memory}


def interleaved(folder, repeats):
    """One server on the numpy project (twin.dll referenced too), completions after `Np.`, `Twin.` and `Math.` in turn,
    each right after an edit: the three receivers under the same load, project and analyzers."""
    receivers = ["Np", "Twin", "Math"]
    uri = "file://" + os.path.join(folder, "Program.cs")
    server, _ = start(folder)
    text = "Console.WriteLine(\"start\");\ndouble total = 0;\n" + "".join(f"var m{i} = {r}.;\n" for i, r in enumerate(receivers))
    server.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "csharp", "version": 1, "text": text}})
    lines = {r: 2 + i for i, r in enumerate(receivers)}
    times = {r: [] for r in receivers}
    version = 1
    for lap in range(repeats + 1):
        for receiver in receivers:
            version += 1
            server.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": version},
                                                     "contentChanges": [{"range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}}, "text": f"total += {version};\n"}]})
            lines = {r: line + 1 for r, line in lines.items()}
            asked = time.perf_counter()
            completion_labels(server, uri, lines[receiver], len(f"var m0 = {receiver}."))
            if lap:  # the first lap warms each receiver
                times[receiver].append(time.perf_counter() - asked)
    server.close()
    return times


WATCH_BINDINGS = BINDINGS + '[PyImport("shapes")] static partial class Shapes;\n'
WATCH_PROGRAM = "Console.WriteLine(\"start\");\nvar a = Shapes.Area(1.0);\nvar m = {}."
SHAPES = 'def area(radius: float) -> float:\n    "The area of a circle."\n    return 3.14159 * radius * radius\n'


def watch(folder):
    """The stub watcher in an editor: the numpy project with an own shapes.py, built once (its stubs made by the build,
    PyBindGenerateStubs on); csharp-ls as an editor that watches files for it. Seconds from saving a new function in
    shapes.py to its name in the completion after `Shapes.`, and from saving a new [PyImport("fractions")] in the open
    Bindings.cs to `Fraction` in the completion after `Fractions.`."""
    path = os.path.join(folder, "watch")
    os.makedirs(path)
    project = PROJECT.format(root=ROOT)
    for setting in ("PyBindStubsFolder", "PyBindGenerateStubs"):
        project = "\n".join(line for line in project.split("\n") if f"<{setting}>" not in line)
    files = {"watch.csproj": project, "Bindings.cs": WATCH_BINDINGS, "Program.cs": WATCH_PROGRAM.format("Shapes")[:-len("Shapes.")] + "0;\n", "shapes.py": SHAPES}
    for name, text in files.items():
        with open(os.path.join(path, name), "w") as f:
            f.write(text)
    env = dict(ENV, PYBIND_PYTHON="/usr/bin/python3")
    dotnet(["build"], path, env)
    server, _ = start(path, env, watch=True)
    watched = WatchedFiles(server, path)
    program, bindings = "file://" + os.path.join(path, "Program.cs"), "file://" + os.path.join(path, "Bindings.cs")

    def until_listed(label, receiver, deadline=300):
        started = time.perf_counter()
        while time.perf_counter() - started < deadline:
            watched.report()
            if label in completion_labels(server, program, 2, len(WATCH_PROGRAM.format(receiver).split("\n")[-1])):
                return time.perf_counter() - started
            time.sleep(0.1)
        return float("nan")

    server.notify("textDocument/didOpen", {"textDocument": {"uri": program, "languageId": "csharp", "version": 1, "text": WATCH_PROGRAM.format("Shapes")}})
    assert until_listed("Area", "Shapes", deadline=1) >= 0
    with open(os.path.join(path, "shapes.py"), "a") as f:
        f.write('\n\ndef perimeter(radius: float) -> float:\n    "The perimeter of a circle."\n    return 2 * 3.14159 * radius\n')
    own = until_listed("Perimeter", "Shapes")

    # Opened, Bindings.cs is source again in csharp-ls: its classes are bound from the stubs in the editor's compilation.
    server.notify("textDocument/didOpen", {"textDocument": {"uri": bindings, "languageId": "csharp", "version": 1, "text": WATCH_BINDINGS}})
    opened = until_listed("Perimeter", "Shapes")
    server.notify("textDocument/didChange", {"textDocument": {"uri": program, "version": 2}, "contentChanges": [{"text": WATCH_PROGRAM.format("Fractions")}]})
    text = WATCH_BINDINGS + '[PyImport("fractions")] static partial class Fractions;\n'
    server.notify("textDocument/didChange", {"textDocument": {"uri": bindings, "version": 2}, "contentChanges": [{"text": text}]})
    with open(os.path.join(path, "Bindings.cs"), "w") as f:
        f.write(text)
    server.notify("textDocument/didSave", {"textDocument": {"uri": bindings}})
    module = until_listed("Fraction", "Fractions")
    server.close()
    return {"own": own, "opened": opened, "module": module}


def dotnet(arguments, folder=None, env=ENV):
    """Runs a dotnet command quietly; its output is shown when it fails."""
    done = subprocess.run(["dotnet", *arguments, "-nologo", "-v", "q", "-clp:ErrorsOnly"], cwd=folder, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"dotnet {' '.join(arguments)} failed in {folder or ROOT}:\n{done.stdout}{done.stderr}")


def build(folder, repeats):
    def run():
        started = time.perf_counter()
        dotnet(["build", "--no-restore"], folder)
        return time.perf_counter() - started
    dotnet(["restore"], folder)
    run(), run()  # warm: the compiler server and MSBuild nodes started, the outputs there
    program = os.path.join(folder, "Program.cs")
    times = []
    for edit in range(repeats):
        with open(program, "a") as f:
            f.write(f"// edit {edit}\n")
        times.append(run())
    return times


def np_shape(generated):
    """Np's members as the generator writes them (the files of the class Np, directly inside it): (kind, name, arity)
    for each method overload, property and nested type."""
    import re
    members = []
    for path in sorted(p for p in generated if os.path.basename(p).startswith("Np.") or os.path.basename(p) == "Np.g.cs"):
        depth, inside = 0, None
        for line in open(path, encoding="utf-8"):
            code = line.strip()
            if code.startswith("//"):
                continue
            code = re.sub(r'@?"(?:[^"\\]|\\.)*"', '""', code)
            if inside is None and re.match(r"(?:public |internal )?static partial class Np\b", code):
                inside = depth + 1
            if inside is not None and depth == inside:
                nested = re.match(r"public (?:static |sealed |abstract |partial )*(class|struct|enum|interface) (\w+)", code)
                method = re.match(r"public (?:static |new )+(?:\([^()]*\)|[^=(])+? (\w+)(?:<[^>]*>)?\((.*)\)", code)
                prop = re.match(r"public (?:static |new )+(?:\([^()]*\)|[^=(])+? (\w+)\s*(?:=>|\{|$)", code)
                if nested:
                    members.append(("type", nested.group(2), 0))
                elif method:
                    params = method.group(2)
                    arity = 0 if not params.strip() else 1 + sum(1 for i, c in enumerate(params) if c == "," and params[:i].count("<") == params[:i].count(">") and params[:i].count("(") == params[:i].count(")"))
                    members.append(("method", method.group(1), arity))
                elif prop:
                    members.append(("property", prop.group(1), 0))
            depth += code.count("{") - code.count("}")
    return members


def make_twin(folder, members):
    """A class library whose static class Twin has the shape of Np, compiled; the path of its assembly."""
    path = os.path.join(folder, "twin")
    os.makedirs(path)
    with open(os.path.join(path, "twin.csproj"), "w") as f:
        f.write('<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable>'
                '<GenerateDocumentationFile>true</GenerateDocumentationFile><NoWarn>CS1591</NoWarn></PropertyGroup></Project>\n')
    lines, seen, types = ["public static class Twin", "{"], {}, set()
    for kind, name, arity in members:
        if kind == "type":
            if name not in types:
                types.add(name)
                lines += [f"    /// <summary>{name}.</summary>", f"    public sealed class {name} {{ }}"]
        elif kind == "property":
            lines += [f"    /// <summary>{name}.</summary>", f"    public static object? {name} => null;"]
        else:
            index = seen.get((name, arity), 0)
            seen[(name, arity)] = index + 1
            first = TWIN_TYPES[index % len(TWIN_TYPES)] + "[]" * (index // len(TWIN_TYPES))
            parameters = ", ".join([f"{first} a0"] + [f"object? a{i}" for i in range(1, arity)]) if arity else ""
            if not arity and index:
                continue
            lines += [f"    /// <summary>{name}.</summary>", f"    public static object? {name}({parameters}) => null;"]
    with open(os.path.join(path, "Twin.cs"), "w") as f:
        f.write("\n".join(lines + ["}", ""]))
    dotnet(["build", "-c", "Release"], path)
    return os.path.join(path, "bin", "Release", "net10.0", "twin.dll"), sum(1 for m in members if m[0] == "method")


def probe(projects, twin):
    """Roslyn's completion service in-process (CompletionProbe/): CPU and wall-clock milliseconds of a completion right
    after an edit, without csharp-ls's own per-item work, for the receivers of the editor rows; "numpy-source" compiles
    the generated files with Program.cs (as when Bindings.cs is open, with bodies: an upper bound)."""
    tool = os.path.join(HERE, "CompletionProbe")
    dotnet(["build", "-c", "Release"], tool)
    runtime = os.path.join(ROOT, "runtime", "PyBind.Runtime", "bin", "Release", "net10.0", "PyBind.Runtime.dll")
    bindings = os.path.join(projects["numpy"], "obj", "Debug", "net10.0", "pybind", "bindings", "ref", "numpy.PyBindings.dll")
    generated = os.path.join(projects["numpy"], "obj", "generated")
    cases = {
        "numpy": ("Np", [runtime, bindings]),
        "numpy-source": ("Np", [runtime, "--source", generated, "--source", os.path.join(projects["numpy"], "Bindings.cs")]),
        "plain": ("Math", [runtime]),
        "twin": ("Twin", [runtime, twin]),
        "advsimd": ("System.Runtime.Intrinsics.Arm.AdvSimd", [runtime]),
    }
    results = {}
    for name, (receiver, references) in cases.items():
        done = subprocess.run(["dotnet", os.path.join(tool, "bin", "Release", "net10.0", "CompletionProbe.dll"), receiver, "30", "numpy", *references],
                              env=ENV, capture_output=True, text=True, check=True)
        results[name] = json.loads(done.stdout)
    return results


def generated_size(folder):
    """What the generator writes for the project: files, lines and bytes (a build with EmitCompilerGeneratedFiles, with the
    bindings in the project's own compilation so that the compiler writes them there)."""
    out = os.path.join(folder, "obj", "generated")
    with open(os.path.join(folder, "Program.cs"), "a") as f:
        f.write("// compiled again, with the generated files written\n")
    dotnet(["build", "--no-restore", "-p:PyBindPrecompileBindings=false", "-p:EmitCompilerGeneratedFiles=true", f"-p:CompilerGeneratedFilesOutputPath={out}"], folder)
    files = [os.path.join(d, f) for d, _, fs in os.walk(out) for f in fs]
    return files, sum(sum(1 for _ in open(f, encoding="utf-8")) for f in files), sum(os.path.getsize(f) for f in files)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument("--watch-only", action="store_true", help="only the stub watcher's two latencies, printed")
    args = parser.parse_args()
    for project in ("runtime/PyBind.Runtime", "generator/PyBind.Gen", "generator/PyBind.Introspection"):
        dotnet(["build", os.path.join(ROOT, project), "-c", "Release"])
    folder = tempfile.mkdtemp(prefix="pybind-editor-bench-")
    try:
        watched = watch(folder)
        if args.watch_only:
            print(watched)
            return
        projects = make_projects(folder)
        builds = {name: build(path, args.repeats) for name, path in projects.items()}
        editors = {name: editor(name, path, args.repeats, PROGRAMS[name]) for name, path in projects.items()}
        editors["numpy-math"] = editor("numpy-math", projects["numpy"], args.repeats, PROGRAMS["plain"])
        editors["numpy-open"] = editor("numpy-open", projects["numpy"], args.repeats, PROGRAMS["numpy"], open_bindings=True)
        files, lines, size = generated_size(projects["numpy"])
        shape = np_shape(files)
        twin, overloads = make_twin(folder, shape)
        with open(os.path.join(projects["plain"], "plain.csproj")) as f:
            plain = f.read()
        with open(os.path.join(projects["plain"], "plain.csproj"), "w") as f:
            f.write(plain.replace("<ItemGroup>", f'<ItemGroup>\n    <Reference Include="{twin}" />', 1))
        dotnet(["restore"], projects["plain"])
        for name, program in CONTROLS.items():
            editors[name] = editor(name, projects["plain"], args.repeats, program)
        with open(os.path.join(projects["numpy"], "numpy.csproj")) as f:
            numpy_project = f.read()
        with open(os.path.join(projects["numpy"], "numpy.csproj"), "w") as f:
            f.write(numpy_project.replace("<ItemGroup>", f'<ItemGroup>\n    <Reference Include="{twin}" />', 1))
        dotnet(["build"], projects["numpy"])
        turns = interleaved(projects["numpy"], 2 * args.repeats)
        probes = probe(projects, twin)
        files = len(files)
    finally:
        shutil.rmtree(folder, ignore_errors=True)

    med = statistics.median
    ms = lambda seconds: f"{seconds * 1000:.0f} ms"
    rows = [
        ("project load (design-time build, csharp-ls)", f"{editors['numpy']['load']:.1f} s", f"{editors['plain']['load']:.1f} s", f"{editors['numpy']['load'] / editors['plain']['load']:.2f}×"),
        ("first completion after load", ms(editors["numpy"]["first"]), ms(editors["plain"]["first"]), f"{editors['numpy']['first'] / editors['plain']['first']:.2f}×"),
        (f"completion right after an edit, median of {args.repeats}", ms(med(editors["numpy"]["after_edit"])), ms(med(editors["plain"]["after_edit"])),
         f"{med(editors['numpy']['after_edit']) / med(editors['plain']['after_edit']):.2f}×"),
        ("  (min – max)", f"{ms(min(editors['numpy']['after_edit']))} – {ms(max(editors['numpy']['after_edit']))}",
         f"{ms(min(editors['plain']['after_edit']))} – {ms(max(editors['plain']['after_edit']))}", ""),
        ("  the same after `Math.` in both projects", ms(med(editors["numpy-math"]["after_edit"])), ms(med(editors["plain"]["after_edit"])),
         f"{med(editors['numpy-math']['after_edit']) / med(editors['plain']['after_edit']):.2f}×"),
        ("  the same with Bindings.cs open in the editor (bound as source)", ms(med(editors["numpy-open"]["after_edit"])), ms(med(editors["plain"]["after_edit"])),
         f"{med(editors['numpy-open']['after_edit']) / med(editors['plain']['after_edit']):.2f}×"),
        ("completion items", str(editors["numpy"]["items"]), str(editors["plain"]["items"]), ""),
        (f"control: `Twin.` (Np's shape, plain; {editors['twin']['items']} items, {overloads} methods) right after an edit", ms(med(editors["numpy"]["after_edit"])), ms(med(editors["twin"]["after_edit"])),
         f"{med(editors['numpy']['after_edit']) / med(editors['twin']['after_edit']):.2f}×"),
        (f"control: `AdvSimd.` (BCL, {editors['advsimd']['items']} items) right after an edit", ms(med(editors["numpy"]["after_edit"])), ms(med(editors["advsimd"]["after_edit"])),
         f"{med(editors['numpy']['after_edit']) / med(editors['advsimd']['after_edit']):.2f}×"),
        ("  per item: `Np.`, `Twin.`, `AdvSimd.`, `Math.`", " / ".join(f"{med(editors[n]['after_edit']) * 1e6 / editors[n]['items']:.0f}" for n in ("numpy", "twin")) + " µs",
         " / ".join(f"{med(editors[n]['after_edit']) * 1e6 / editors[n]['items']:.0f}" for n in ("advsimd", "plain")) + " µs", ""),
        (f"the three in turn in one server (numpy project, twin referenced), median of {2 * args.repeats}: `Np.` vs `Math.`; `Twin.`",
         ms(med(turns["Np"])), f"{ms(med(turns['Math']))}; {ms(med(turns['Twin']))}",
         f"{med(turns['Np']) / med(turns['Math']):.2f}×; {med(turns['Np']) / med(turns['Twin']):.2f}× Twin"),
        ("Roslyn's completion service in-process (CompletionProbe), CPU median of 30: `Np.` vs `Math.`", f"{probes['numpy']['cpu_ms']:.1f} ms", f"{probes['plain']['cpu_ms']:.1f} ms",
         f"{probes['numpy']['cpu_ms'] / probes['plain']['cpu_ms']:.2f}×"),
        ("  `Np.` vs `Twin.`; `Np.` vs `AdvSimd.`", f"{probes['numpy']['cpu_ms']:.1f} ms", f"{probes['twin']['cpu_ms']:.1f} / {probes['advsimd']['cpu_ms']:.1f} ms",
         f"{probes['numpy']['cpu_ms'] / probes['twin']['cpu_ms']:.2f}× / {probes['numpy']['cpu_ms'] / probes['advsimd']['cpu_ms']:.2f}×"),
        ("  `Np.` with numpy's generated files compiled as source (Bindings.cs open, upper bound)", f"{probes['numpy-source']['cpu_ms']:.1f} ms", f"{probes['plain']['cpu_ms']:.1f} ms",
         f"{probes['numpy-source']['cpu_ms'] / probes['plain']['cpu_ms']:.2f}×"),
        ("server resident memory at the end", f"{editors['numpy']['memory']:.0f} MB", f"{editors['plain']['memory']:.0f} MB", ""),
        ("stub watcher: own `.py` saved → its new function in completion", f"{watched['own']:.1f} s", "", ""),
        ("stub watcher: Bindings.cs opened → the next completion (numpy bound as source)", f"{watched['opened']:.1f} s", "", ""),
        ("stub watcher: `[PyImport(\"fractions\")]` saved in the open Bindings.cs → `Fraction` in completion", f"{watched['module']:.1f} s", "", ""),
        (f"`dotnet build` after an edit, median of {args.repeats}", f"{med(builds['numpy']):.2f} s", f"{med(builds['plain']):.2f} s",
         f"{med(builds['numpy']) - med(builds['plain']):+.2f} s"),
    ]
    load = os.getloadavg()
    report = [
        "# Editor and build cost of a numpy binding",
        "",
        "Written by `python3 tests/PyBind.Gen.Benchmarks/Editor/editor_benchmark.py` (see its docstring): a console project",
        "binding numpy and statistics (`Np.`) against the same project without the binding (`Math.`), csharp-ls 0.28.0.",
        f"Generated for the numpy project: {files} files, {lines:,} lines, {size / 1e6:.1f} MB.",
        "",
        "| | numpy | plain | ratio |",
        "|---|---:|---:|---:|",
        *[f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows],
        "",
        f"Machine: {os.cpu_count()} cores, load average {load[0]:.2f} / {load[1]:.2f} / {load[2]:.2f} (1/5/15 min) at the end; "
        f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}. Other processes share the machine: compare the columns of one run, not runs.",
        "",
    ]
    print("\n".join(report))
    if not args.no_write:
        with open(os.path.join(HERE, "results.md"), "w") as f:
            f.write("\n".join(report))


if __name__ == "__main__":
    sys.exit(main())

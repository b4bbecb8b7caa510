using System.Collections.Generic;

namespace PyBind;

public partial class Python
{
    private const string FindImportsSource = """
        import ast

        def find_imports(code):
            try:
                tree = ast.parse(code)
            except (SyntaxError, ValueError):
                return []
            names = []
            for node in ast.walk(tree):
                if isinstance(node, ast.Import):
                    names.extend(alias.name.partition(".")[0] for alias in node.names)
                elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    names.append(node.module.partition(".")[0])
            return list(dict.fromkeys(names))
        """;

    private static PyScope? s_importFinder;

    /// <summary>
    /// The top-level modules <paramref name="code"/> imports (<c>import a.b</c> and <c>from a.b import c</c> give
    /// <c>a</c>), in order of first appearance, without running it; relative imports are left out. Code that is not
    /// valid Python gives an empty list. With <see cref="PythonPackages.List"/>, what a script needs that is missing.
    /// </summary>
    public static IReadOnlyList<string> FindImports(string code)
    {
        System.ArgumentNullException.ThrowIfNull(code);
        using GilScope gil = Gil.Acquire();
        using PyObject find = PyScope.Helpers(ref s_importFinder, FindImportsSource).Get("find_imports");
        using PyObject names = find.Call(code);
        return names.As<string[]>();
    }
}

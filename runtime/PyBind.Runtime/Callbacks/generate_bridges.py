"""Writes DelegateBridges.g.cs: the delegate bridges of Func<...>/Action<...> for 0 to MAX parameters, their
converter factories and the Python.Function overloads. Every arity has the same shape; a template keeps them one.
Run: python3 generate_bridges.py (from this folder)."""
MAX = 8

def tparams(n, result):
    names = [f"T{i}" for i in range(1, n + 1)] + (["TResult"] if result else [])
    return names

def generic(names):
    return f"<{', '.join(names)}>" if names else ""

def delegate_type(n, result):
    names = tparams(n, result)
    return ("Func" if result else "Action") + generic(names)

def bridge_name(n, result):
    return ("FuncBridge" if result else "ActionBridge") + generic(tparams(n, result))

def open_generic(n, result):
    k = len(tparams(n, result))
    return ("FuncBridge" if result else "ActionBridge") + (f"<{',' * (k - 1)}>" if k else "")

def bridge(n, result):
    names = tparams(n, result)
    dtype = delegate_type(n, result)
    name = bridge_name(n, result)
    cls = name.split("<")[0]
    fields = "".join(f"    private readonly PyConverter<T{i}> _arg{i};\n" for i in range(1, n + 1))
    if result:
        fields += "    private readonly PyConverter<TResult> _result;\n"
    ctor_params = ", ".join([f"PyConverter<T{i}> arg{i}" for i in range(1, n + 1)] + (["PyConverter<TResult> result"] if result else []))
    ctor_body = "".join(f"        _arg{i} = arg{i};\n" for i in range(1, n + 1)) + ("        _result = result;\n" if result else "")
    default_args = ", ".join([f"PyConverters.For<T{i}>()" for i in range(1, n + 1)] + (["PyConverters.For<TResult>()"] if result else []))
    call_args = ", ".join(f"_arg{i}.FromPython(args[{i - 1}])" for i in range(1, n + 1))
    invoke = (f"_result.ToPython(function({call_args}))" if result
              else None)
    invoke_body = (f"        => {invoke};\n" if result else
                   f"    {{\n        function({call_args});\n        return PyConvert.None();\n    }}\n")
    if names:
        constructors = f"""{fields}
    public {cls}() : this({default_args}) {{ }}

    internal {cls}({ctor_params}) : base({n})
    {{
{ctor_body}    }}"""
    else:
        constructors = f"    public {cls}() : base(0) {{ }}"
    caller_params = ", ".join(f"T{i} arg{i}" for i in range(1, n + 1))
    adds = "".join(f"                args.Add(bridge._arg{i}.ToPython(arg{i}));\n" for i in range(1, n + 1))
    call = "args.Call(Callable.Handle)"
    ret = (f"                return Result(bridge._result, {call});\n" if result
           else f"                PyMarshal.Release({call});\n")
    caller_ret = "TResult" if result else "void"
    return f'''/// <summary><see cref="{dtype.replace('<', '{').replace('>', '}')}"/> both ways.</summary>
internal sealed unsafe class {name} : DelegateBridge<{dtype}>
{{
{constructors}

    protected override nint Invoke({dtype} function, nint* args)
{invoke_body}
    protected override {dtype} Wrap(PyObject callable) => new Caller({"this, " if names else ""}callable).Invoke;

    private sealed class Caller({f"{name} bridge, " if names else ""}PyObject callable) : PythonFunction(callable)
    {{
        public {caller_ret} Invoke({caller_params})
        {{
            using GilScope gil = Gil.Acquire();
            var args = new PyArgs(stackalloc nint[{n + 1}]);
            try
            {{
{adds}{ret}            }}
            finally
            {{
                args.Dispose();
            }}
        }}
    }}
}}
'''

def factory(n, result):
    names = tparams(n, result)
    if not names:
        return ""
    dtype = delegate_type(n, result)
    kind = "Func" if result else "Action"
    params = ", ".join([f"PyConverter<T{i}> arg{i}" for i in range(1, n + 1)] + (["PyConverter<TResult> result"] if result else []))
    args = ", ".join([f"arg{i}" for i in range(1, n + 1)] + (["result"] if result else []))
    return f'''
    /// <summary>A <c>Callable</c>: the delegate becomes a Python function and a Python callable becomes the delegate, with these converters.</summary>
    public static PyConverter<{dtype}> {kind}{generic(names)}({params}) => new {bridge_name(n, result)}({args});
'''

def function(n, result):
    names = tparams(n, result)
    dtype = delegate_type(n, result)
    return f'''
    /// <summary>
    /// A Python function that calls <paramref name="function"/>, converting the arguments to its parameter types and
    /// the result back. Python keeps the delegate alive as long as it holds the function.
    /// </summary>
    /// <param name="function">The delegate.</param>
    /// <param name="name">The function's <c>__name__</c>; by default the method's name (<c>&lt;lambda&gt;</c> for a lambda).</param>
    public static PyObject Function{generic(names)}({dtype} function, string? name = null)
        => NewFunction(Bridges.{"Func" if result else "Action"}Of{generic(names)}.Instance, function, name);
'''

def cache(n, result):
    names = tparams(n, result)
    dtype = delegate_type(n, result)
    kind = "Func" if result else "Action"
    return f'''    internal static class {kind}Of{generic(names)}
    {{
        internal static readonly {bridge_name(n, result)} Instance = new();
    }}
'''

out = ['''// <auto-generated>
// Produced by generate_bridges.py: Func/Action bridges for 0 to %d parameters. Edit the script, not this file.
// </auto-generated>
#nullable enable
using System;
using System.Diagnostics.CodeAnalysis;
using PyBind.Callbacks;
using PyBind.Marshalling;

namespace PyBind.Callbacks
{
''' % MAX]
for result in (True, False):
    for n in range(0, MAX + 1):
        out.append("\n".join("    " + line if line else line for line in bridge(n, result).splitlines()) + "\n")
out.append('''
    /// <summary>The bridge of each delegate type, made once per closed type (the AOT-friendly path: no reflection).</summary>
    internal static class Bridges
    {''')
for result in (True, False):
    for n in range(0, MAX + 1):
        out.append("\n".join("    " + line if line else line for line in cache(n, result).splitlines()))
out.append('''
        /// <summary>
        /// The bridge of a <c>Func</c>/<c>Action</c> type known only at run time, or null for another delegate type:
        /// the reflection path of <see cref="PyConverters.For{T}"/> and <see cref="PyConvert.ToPython(object?)"/>
        /// (under native AOT, use the typed <c>Python.Function</c> overloads and <c>PyConverters.Func</c>/<c>Action</c>).
        /// </summary>
        [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Callers check RuntimeFeature.IsDynamicCodeSupported.")]
        [UnconditionalSuppressMessage("Trimming", "IL2055", Justification = "The bridge types are kept by the DynamicDependency attributes.")]
        [UnconditionalSuppressMessage("Trimming", "IL2072", Justification = "The bridge types are kept by the DynamicDependency attributes.")]
        [UnconditionalSuppressMessage("Trimming", "IL2077", Justification = "The bridge types are kept by the DynamicDependency attributes.")]''')
for result in (True, False):
    for n in range(0, MAX + 1):
        if len(tparams(n, result)) == 0:
            continue
        out.append(f'        [DynamicDependency(DynamicallyAccessedMemberTypes.PublicConstructors, typeof({open_generic(n, result)}))]')
out.append('''        internal static IDelegateBridge? Create(Type delegateType)
        {
            if (delegateType == typeof(System.Action))
                return ActionOf.Instance;
            if (!delegateType.IsGenericType || DefinitionFor(delegateType.GetGenericTypeDefinition()) is not { } definition)
                return null;
            return (IDelegateBridge?)Activator.CreateInstance(definition.MakeGenericType(delegateType.GetGenericArguments()));
        }

        private static Type? DefinitionFor(Type delegateDefinition) => delegateDefinition.FullName switch
        {''')
for result in (True, False):
    for n in range(0, MAX + 1):
        k = len(tparams(n, result))
        if k == 0:
            continue
        name = ("System.Func`" if result else "System.Action`") + str(k)
        out.append(f'            "{name}" => typeof({open_generic(n, result)}),')
out.append('''            _ => null,
        };

        /// <summary>The open delegate type with <paramref name="parameters"/> parameters (<c>Func</c> when <paramref name="returnsValue"/>), for adapting other delegate types.</summary>
        internal static Type? DelegateDefinition(int parameters, bool returnsValue) => (parameters, returnsValue) switch
        {''')
for result in (True, False):
    for n in range(0, MAX + 1):
        k = len(tparams(n, result))
        t = ("Func" if result else "Action") + (f"<{',' * (k - 1)}>" if k else "")
        out.append(f'            ({n}, {"true" if result else "false"}) => typeof({t}),')
out.append('''            _ => null,
        };
    }
}

namespace PyBind
{
    public static partial class PyConverters
    {''')
for result in (True, False):
    for n in range(0, MAX + 1):
        out.append("\n".join("    " + line if line else line for line in factory(n, result).splitlines()))
out.append('''    }

    public partial class Python
    {''')
for result in (True, False):
    for n in range(0, MAX + 1):
        out.append("\n".join("    " + line if line else line for line in function(n, result).splitlines()))
out.append('''    }
}
''')
text = "\n".join(out)
text = "\n".join(line.rstrip() for line in text.splitlines()) + "\n"
open("DelegateBridges.g.cs", "w").write(text)

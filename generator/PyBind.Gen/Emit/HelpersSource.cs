namespace PyBind.Gen.Emit;

/// <summary>
/// The private helper class generated once into each <c>[PyImport]</c> class: argument conversions that name their
/// context in errors, Python's operators through cached callables, and the <c>**kwargs</c> path (results and
/// attributes go through the runtime's <c>PyMarshal</c>). Written against the runtime's public API only. Everything nested in the <c>[PyImport]</c>
/// class (submodules, wrappers) can reach a private nested class of it.
/// </summary>
internal static class HelpersSource
{
    /// <summary>The class, indented with tabs like the rest of the generated code.</summary>
    public static readonly string Text = Source.Replace("    ", "\t");

    private const string Source = """
        /// <summary>Conversions and Python operations shared by the generated members (not for use by hand).</summary>
        [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
        [global::System.Diagnostics.DebuggerNonUserCode]
        private static class __PyBindHelpers
        {
            internal static readonly global::PyBind.Marshalling.PyModuleMember Float = new("builtins", "float");
            internal static readonly global::PyBind.Marshalling.PyModuleMember Int = new("builtins", "int");
            internal static readonly global::PyBind.Marshalling.PyModuleMember Partial = new("functools", "partial");
            internal static readonly global::PyBind.Marshalling.PyModuleMember GetItem = new("operator", "getitem");
            internal static readonly global::PyBind.Marshalling.PyModuleMember SetItem = new("operator", "setitem");
            internal static readonly global::PyBind.Marshalling.PyModuleMember Add = new("operator", "add");
            internal static readonly global::PyBind.Marshalling.PyModuleMember Sub = new("operator", "sub");
            internal static readonly global::PyBind.Marshalling.PyModuleMember Mul = new("operator", "mul");
            internal static readonly global::PyBind.Marshalling.PyModuleMember TrueDiv = new("operator", "truediv");
            internal static readonly global::PyBind.Marshalling.PyModuleMember Mod = new("operator", "mod");
            internal static readonly global::PyBind.Marshalling.PyModuleMember And = new("operator", "and_");
            internal static readonly global::PyBind.Marshalling.PyModuleMember Or = new("operator", "or_");
            internal static readonly global::PyBind.Marshalling.PyModuleMember Xor = new("operator", "xor");
            internal static readonly global::PyBind.Marshalling.PyModuleMember Lt = new("operator", "lt");
            internal static readonly global::PyBind.Marshalling.PyModuleMember Le = new("operator", "le");
            internal static readonly global::PyBind.Marshalling.PyModuleMember Gt = new("operator", "gt");
            internal static readonly global::PyBind.Marshalling.PyModuleMember Ge = new("operator", "ge");
            internal static readonly global::PyBind.Marshalling.PyModuleMember Neg = new("operator", "neg");
            internal static readonly global::PyBind.Marshalling.PyModuleMember Pos = new("operator", "pos");
            internal static readonly global::PyBind.Marshalling.PyModuleMember Invert = new("operator", "invert");

            /// <summary>A C# value as a new Python reference, naming the argument if it has no Python equivalent.</summary>
            internal static nint Arg(object? value, string context)
            {
                try
                {
                    return global::PyBind.PyConvert.ToPython(value);
                }
                catch (global::PyBind.PyConversionException e)
                {
                    throw e.WithContext(context);
                }
            }

            internal static nint Arg(global::PyBind.PyArrayLike value, string context)
            {
                try
                {
                    return global::PyBind.PyConvert.ToPython(value);
                }
                catch (global::PyBind.PyConversionException e)
                {
                    throw e.WithContext(context);
                }
            }

            internal static nint Arg(global::PyBind.PyArrayLike? value, string context) =>
                value is { } present ? Arg(present, context) : global::PyBind.PyConvert.None();

            internal static nint Arg<__TValue>(global::PyBind.PyConverter<__TValue> converter, __TValue value, string context)
            {
                try
                {
                    return converter.ToPython(value);
                }
                catch (global::PyBind.PyConversionException e)
                {
                    throw e.WithContext(context);
                }
            }

            /// <summary>
            /// <c>functools.partial(callable, **kwargs)</c> when <paramref name="kwargs"/> has entries, else null: the call then
            /// goes through vectorcall as usual, and Python merges the bound keywords with the call's own.
            /// </summary>
            internal static global::PyBind.PyObject? BindKeywords<__TValue>(nint callable, global::System.Collections.Generic.IEnumerable<global::System.Collections.Generic.KeyValuePair<string, __TValue>>? kwargs)
            {
                if (kwargs is null)
                {
                    return null;
                }

                var copy = new global::System.Collections.Generic.Dictionary<string, object?>();
                foreach (global::System.Collections.Generic.KeyValuePair<string, __TValue> pair in kwargs)
                {
                    copy.Add(pair.Key, pair.Value);
                }

                if (copy.Count == 0)
                {
                    return null;
                }

                using global::PyBind.PyObject function = global::PyBind.PyConverters.For<global::PyBind.PyObject>().FromPython(callable);
                using global::PyBind.PyObject partial = global::PyBind.PyConverters.For<global::PyBind.PyObject>().FromPython(Partial.Handle);
                return partial.Call(new object?[] { function }, copy);
            }

            /// <summary>A bound method, for a method call with <c>**kwargs</c>.</summary>
            internal static global::PyBind.PyObject? BindKeywords<__TValue>(nint self, global::PyBind.Marshalling.PyInternedName name, global::System.Collections.Generic.IEnumerable<global::System.Collections.Generic.KeyValuePair<string, __TValue>>? kwargs)
            {
                if (kwargs is null)
                {
                    return null;
                }

                nint method = global::PyBind.Marshalling.PyMarshal.GetAttr(self, name);
                try
                {
                    return BindKeywords(method, kwargs);
                }
                finally
                {
                    global::PyBind.Marshalling.PyMarshal.Release(method);
                }
            }

            /// <summary>Converts <c>PyArrayLike</c> values inside containers.</summary>
            internal sealed class ArrayLikeConverter : global::PyBind.PyConverter<global::PyBind.PyArrayLike>
            {
                internal static readonly ArrayLikeConverter Instance = new();

                public override nint ToPython(global::PyBind.PyArrayLike value) => global::PyBind.PyConvert.ToPython(value);

                public override global::PyBind.PyArrayLike FromPython(nint obj) => global::PyBind.PyConverters.For<global::PyBind.PyObject>().FromPython(obj);
            }
        }
        """;
}

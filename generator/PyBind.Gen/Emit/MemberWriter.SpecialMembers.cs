using System.Linq;
using PyBind.Gen.Helpers;

namespace PyBind.Gen.Emit;

internal sealed partial class BindingEmitter
{
    // Dunder methods as planned (SpecialMemberPlanner): operators, conversions, the indexers, enumeration and awaiting.
    private sealed partial class MemberWriter
    {
        /// <summary>Writes what a class's dunder methods became (see <see cref="SpecialMemberPlanner"/>).</summary>
        internal sealed class SpecialMembers
        {
            private readonly MemberWriter _owner;
            private readonly ClassPlan _plan;
            private readonly CsType _self;

            public SpecialMembers(MemberWriter owner, ClassPlan plan)
            {
                _owner = owner;
                _plan = plan;
                _self = plan.Scope.Self;
            }

            private MemberWriter Owner => _owner;

            public void Write()
            {
                IndentedTextWriter writer = Owner._writer;
                if (_plan.EnumerableItem is PyObjectType)
                {
                    // PyObject's own GetEnumerator (a PyIterator<PyObject>) implements it.
                    writer.WriteLine($"global::System.Collections.Generic.IEnumerator<{EmittedNames.PyObject}> global::System.Collections.Generic.IEnumerable<{EmittedNames.PyObject}>.GetEnumerator() => GetEnumerator();");
                    writer.WriteLine();
                    writer.WriteLine("global::System.Collections.IEnumerator global::System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();");
                    writer.WriteLine();
                }
                else if (_plan.EnumerableItem is CsType item)
                {
                    string enumerable = new CollectionType("global::System.Collections.Generic.IEnumerable", "EnumerableOf", [item]).Converter(Owner._converters);
                    writer.WriteLine("/// <summary>Iterates the object as Python's <c>iter()</c> does, converting each item.</summary>");
                    writer.WriteLine($"public new global::System.Collections.Generic.IEnumerator<{item.Syntax}> GetEnumerator()");
                    using (writer.WriteBlock())
                    {
                        writer.WriteLine($"using {EmittedNames.GilScope} __gil = {EmittedNames.Python}.AcquireGil();");
                        writer.WriteLine($"return {enumerable}.FromPython(DangerousGetHandle()).GetEnumerator();");
                    }

                    writer.WriteLine();
                    writer.WriteLine("global::System.Collections.IEnumerator global::System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();");
                    writer.WriteLine();
                }

                if (_plan.Awaiter is PlannedAwaiter awaiter)
                {
                    WriteAwaiter(awaiter);
                }

                if (_plan.Invoke is PlannedFunction invoke)
                {
                    Owner.WriteFunction(invoke, CallKind.Self, isStatic: false);
                }

                foreach (PlannedIndexer indexer in _plan.Indexers)
                {
                    WriteIndexer(indexer);
                }

                foreach (PlannedOperator op in _plan.Operators)
                {
                    WriteOperator(op);
                }
            }

            /// <summary>
            /// <c>__await__</c>: the object is awaitable in C# (a plain <c>PyObject</c> is not), with the result its
            /// <c>Generator[..., ..., T]</c> returns, run on the runtime's event loop as <c>AsTask</c> does.
            /// </summary>
            private void WriteAwaiter(PlannedAwaiter awaiter)
            {
                CsType result = awaiter.Result;
                string hide = awaiter.IsNew ? "new " : string.Empty;
                IndentedTextWriter writer = Owner._writer;
                writer.WriteLine("/// <summary>Awaits the object as Python's <c>await</c> does, on the runtime's event loop (see <c>AsTask</c>).</summary>");
                writer.WriteLine($"public {hide}global::System.Runtime.CompilerServices.TaskAwaiter<{result.Syntax}> GetAwaiter() => AsTask<{result.Syntax}>().GetAwaiter();");
                writer.WriteLine();
            }

            private void WriteIndexer(PlannedIndexer indexer)
            {
                IndentedTextWriter writer = Owner._writer;
                (CsType key, CsType value) = (indexer.Key, indexer.Value);
                string hide = indexer.IsNew ? "new " : string.Empty;
                string context = _plan.PythonName + ".__getitem__()";
                writer.WriteLine($"/// <summary>Python's <c>self[key]</c>.</summary>");
                writer.WriteLine($"/// <param name=\"key\">The key or index.</param>");
                writer.WriteLine($"public {hide}{value.Syntax} this[{key.Syntax} key]");
                using (writer.WriteBlock())
                {
                    writer.WriteLine("get");
                    WriteOperatorCall("GetItem", [("DangerousGetHandle()", PyObjectType.Instance, true), ("key", key, false)], value, context, keepAlive: true);
                    if (indexer.IsSettable)
                    {
                        writer.WriteLine("set");
                        WriteOperatorCall("SetItem", [("DangerousGetHandle()", PyObjectType.Instance, true), ("key", key, false), ("value", value is PyObjectType ? PyObjectType.Instance : value, false)], VoidType.Instance, _plan.PythonName + ".__setitem__()", keepAlive: true);
                    }
                }

                writer.WriteLine();
            }

            private void WriteOperator(PlannedOperator op)
            {
                IndentedTextWriter writer = Owner._writer;
                if (op.IsConversion)
                {
                    writer.WriteLine($"/// <summary>Python's <c>{op.Helper.ToLowerInvariant()}(value)</c>.</summary>");
                    writer.WriteLine($"public static explicit operator {op.Symbol}({_self.Syntax} value)");
                    WriteOperatorCall(op.Helper, [("value", _self, false)], op.Result, op.Context, keepAlive: false);
                    writer.WriteLine();
                    return;
                }

                CsType returned = op.Result is VoidType ? PyObjectType.Instance : op.Result;
                writer.WriteLine($"/// <summary>Python's <c>{XmlDocText.Escape(op.Operands.Length == 1 ? op.Symbol + "value" : "left " + op.Symbol + " right")}</c> (<c>operator.{op.Helper.ToLowerInvariant()}</c>).</summary>");
                writer.WriteLine($"public static {returned.Syntax} operator {op.Symbol}({string.Join(", ", op.Operands.Select(o => o.Type.Syntax + " " + o.Name))})");
                WriteOperatorCall(op.Helper, op.Operands.Select(o => (o.Name, o.Type, false)).ToArray(), returned, op.Context, keepAlive: false);
                writer.WriteLine();
            }

            /// <summary>A call of one of the helpers' Python callables with positional arguments.</summary>
            private void WriteOperatorCall(string helper, (string Value, CsType Type, bool IsHandle)[] arguments, CsType result, string context, bool keepAlive)
            {
                IndentedTextWriter writer = Owner._writer;
                using (writer.WriteBlock())
                {
                    writer.WriteLine($"using {EmittedNames.GilScope} __gil = {EmittedNames.Python}.AcquireGil();");
                    writer.WriteLine($"var __args = new {EmittedNames.PyArgs}(stackalloc nint[{arguments.Length + 1}]);");
                    writer.WriteLine("try");
                    using (writer.WriteBlock())
                    {
                        foreach ((string value, CsType type, bool isHandle) in arguments)
                        {
                            writer.WriteLine(isHandle
                                ? $"__args.Add({EmittedNames.PyMarshal}.AddRef({value}));"
                                : $"__args.Add({Owner.Argument(type, value, "an operand of " + context)});");
                        }

                        writer.WriteLine($"nint __result = __args.Call({EmittedNames.Helpers}.{helper}.Handle);");
                        writer.WriteLine(Owner.ReturnStatement(result, "__result", "the result of " + context));
                    }

                    writer.WriteLine("finally");
                    using (writer.WriteBlock())
                    {
                        writer.WriteLine("__args.Dispose();");
                        if (keepAlive)
                        {
                            writer.WriteLine("global::System.GC.KeepAlive(this);");
                        }
                    }
                }
            }
        }
    }
}

using System.Collections.Generic;
using System.Linq;
using PyBind.Gen.Model;

namespace PyBind.Gen.Emit;

internal sealed partial class BindingEmitter
{
    // Functions and methods: their overloads, declarations and call bodies (arguments in, the result out).
    private sealed partial class MemberWriter
    {
        private void WriteFunction(PlannedFunction planned, CallKind kind, bool isStatic)
        {
            FunctionSpec function = planned.Function!;
            string path = PythonPath(function.PythonName);
            string callable = kind switch
            {
                CallKind.Member => AddField(EmittedNames.PyModuleMember, EmittedNames.Prefix + "Member_" + function.Name, $"new({Literal(_module)}, {Literal(MemberPath(function.PythonName))})"),
                CallKind.Method => AddField(EmittedNames.PyInternedName, EmittedNames.Prefix + "Name_" + function.Name, $"new({Literal(function.PythonName)})"),
                _ => string.Empty,
            };

            var inheritable = new Dictionary<string, string>(System.StringComparer.Ordinal);
            for (int i = 0; i < planned.Methods.Count; i++)
            {
                MethodPlan plan = planned.Methods[i];
                string modifiers = "public " + (isStatic ? "static " : string.Empty) + (planned.IsNewAt(i) ? "new " : string.Empty);

                DocComments.WriteFunction(_writer, function.Docstring, plan, function.Name, path, _unit, _emitter.LiteralsOf(_module), planned.DescribesAt(i), inheritable);
                WritePriority(plan);
                _writer.WriteLine(modifiers + plan.Return.Syntax + " " + function.Name + TypeParameterList(plan) + "(" + string.Join(", ", plan.Parameters.Select(p => p.Declaration)) + ")" + Constraints(plan));
                WriteCallBody(plan, kind, callable, path);
                _writer.WriteLine();
            }

        }

        /// <summary>The method's rank in overload resolution (see MethodPlan.Priority), when the compiler allows.</summary>
        private void WritePriority(MethodPlan plan) => WritePriority(plan.Priority);

        private void WritePriority(int priority)
        {
            if (priority > 0 && (_unit.Context.Features & RuntimeFeatures.OverloadResolutionPriority) != 0)
            {
                _writer.WriteLine($"[global::System.Runtime.CompilerServices.OverloadResolutionPriority({IntLiteral(priority)})]");
            }
        }

        /// <summary><c>where T : notnull</c> for type parameters used as dictionary keys, and the constraints of constrained ones.</summary>
        private static string Constraints(MethodPlan plan) =>
            ConverterCache.ConstraintClauses(plan.TypeParameters, plan.Parameters.Select(p => p.Type).Append(plan.Return));

        private static string TypeParameterList(MethodPlan plan) => plan.TypeParameters.Count == 0 ? string.Empty : "<" + string.Join(", ", plan.TypeParameters) + ">";

        /// <summary>
        /// The body of a call, in the shape of the runtime's GeneratedCallShapeTests: the GIL, arguments converted into
        /// stack memory (released whatever happens), omitted optionals not sent, vectorcall, the result converted.
        /// </summary>
        private void WriteCallBody(MethodPlan plan, CallKind kind, string callable, string path, bool returnsHandle = false)
        {
            string context = path + "()";
            List<ParameterPlan> keywords = plan.Parameters.Where(p => p.Pass == PassKind.Keyword).ToList();
            string? keywordField = keywords.Count == 0 ? null : KeywordField(keywords.Select(p => p.PythonName));
            if (keywords.Count > 64)
            {
                keywordField = null;
            }

            ParameterPlan? varargs = plan.Parameters.FirstOrDefault(p => p.Pass == PassKind.VarPositional);
            ParameterPlan? kwargs = plan.Parameters.FirstOrDefault(p => p.Pass == PassKind.VarKeyword);
            int fixedCount = 1 + plan.Parameters.Count(p => p.Pass is PassKind.Positional or PassKind.Keyword);

            using (_writer.WriteBlock())
            {
                _writer.WriteLine($"using {EmittedNames.GilScope} __gil = {EmittedNames.Python}.AcquireGil();");
                if (kind != CallKind.Member)
                {
                    _writer.WriteLine("nint __self = DangerousGetHandle();");
                }

                if (varargs is not null)
                {
                    string items = varargs.IsParamsArray
                        ? varargs.Name
                        : $"({varargs.Name} is null ? null : global::System.Linq.Enumerable.ToArray({varargs.Name}))";
                    _writer.WriteLine($"{varargs.Type.Syntax}[]? __items = {items};");
                    _writer.WriteLine($"int __count = {fixedCount} + (__items?.Length ?? 0);");
                    _writer.WriteLine("global::System.Span<nint> __slots = __count <= 16 ? stackalloc nint[16] : new nint[__count];");
                    _writer.WriteLine($"var __args = new {EmittedNames.PyArgs}(__slots);");
                }
                else
                {
                    _writer.WriteLine($"var __args = new {EmittedNames.PyArgs}(stackalloc nint[{fixedCount}]);");
                }

                List<ParameterPlan> positionalRun = varargs is null ? PositionalRun(plan) : [];
                _writer.WriteLine("try");
                using (_writer.WriteBlock())
                {
                    foreach (ParameterPlan parameter in plan.Parameters.Where(p => p.Pass == PassKind.Positional))
                    {
                        WriteArgument(parameter, context, keywordIndex: -1);
                    }

                    // Optional arguments given one after another, right after the positional ones, go by position too:
                    // the same call for Python, robust to stubs that miss a positional-only marker (math.log's base).
                    for (int i = 0; i < positionalRun.Count; i++)
                    {
                        string bare = positionalRun[i].Name.TrimStart('@');
                        string given = positionalRun[i].IsPyOptional ? positionalRun[i].Name + ".HasValue" : positionalRun[i].Name + " is not null";
                        _writer.WriteLine($"bool __given_{bare} = {(i == 0 ? string.Empty : "__given_" + positionalRun[i - 1].Name.TrimStart('@') + " && ")}{given};");
                    }

                    foreach (ParameterPlan parameter in positionalRun)
                    {
                        WriteOptionalArgument(parameter, context, keywordIndex: -1, condition: "__given_" + parameter.Name.TrimStart('@'), variablePrefix: "__pos_");
                    }

                    if (varargs is not null)
                    {
                        _writer.WriteLine("if (__items is not null)");
                        using (_writer.WriteBlock())
                        {
                            _writer.WriteLine($"foreach ({varargs.Type.Syntax} __item in __items)");
                            using (_writer.WriteBlock())
                            {
                                _writer.WriteLine($"__args.Add({Argument(varargs.Type, "__item", $"an item of *{varargs.PythonName} of {context}")});");
                            }
                        }
                    }

                    for (int i = 0; i < keywords.Count; i++)
                    {
                        if (positionalRun.Contains(keywords[i]))
                        {
                            WriteOptionalArgument(keywords[i], context, i, condition: "!__given_" + keywords[i].Name.TrimStart('@'), variablePrefix: "__kw_");
                        }
                        else
                        {
                            WriteArgument(keywords[i], context, i);
                        }
                    }

                    string self = kind == CallKind.Member ? string.Empty : "__self";
                    string keywordArgument = keywordField is null ? string.Empty : ", " + keywordField;
                    string directCall = kind switch
                    {
                        CallKind.Member => $"__args.Call({callable}.Handle{keywordArgument})",
                        CallKind.Method => $"__args.CallMethod(__self, {callable}{keywordArgument})",
                        _ => $"__args.Call(__self{keywordArgument})",
                    };
                    if (kwargs is not null)
                    {
                        string bind = kind == CallKind.Method
                            ? $"{EmittedNames.Helpers}.BindKeywords(__self, {callable}, {kwargs.Name})"
                            : $"{EmittedNames.Helpers}.BindKeywords({(kind == CallKind.Member ? callable + ".Handle" : self)}, {kwargs.Name})";
                        _writer.WriteLine($"using {EmittedNames.PyObject}? __bound = {bind};");
                        _writer.WriteLine($"nint __result = __bound is null ? {directCall} : __args.Call(__bound.DangerousGetHandle(){keywordArgument});");
                    }
                    else
                    {
                        _writer.WriteLine($"nint __result = {directCall};");
                    }

                    if (returnsHandle)
                    {
                        _writer.WriteLine("return __result;");
                    }
                    else if (plan.Return is TaskType task)
                    {
                        // The runtime runs the awaitable on its asyncio loop
                        // (PyObject.AsTask); the task keeps the awaitable
                        // as its AsyncState, so that the caller can reach the Python object (GetPythonAwaitable).
                        ParameterPlan token = plan.Parameters.First(p => p.Pass == PassKind.NotSent);
                        string result = task.Result is VoidType ? EmittedNames.PyObject : task.Result.Syntax;
                        _writer.WriteLine($"return {EmittedNames.PyMarshal}.ReturnObject(__result).AsTask<{result}>({token.Name});");
                    }
                    else
                    {
                        _writer.WriteLine(ReturnStatement(plan.Return, "__result", $"the return value of {context}"));
                    }
                }

                _writer.WriteLine("finally");
                using (_writer.WriteBlock())
                {
                    _writer.WriteLine("__args.Dispose();");
                    if (kind != CallKind.Member)
                    {
                        _writer.WriteLine("global::System.GC.KeepAlive(this);");
                    }
                }
            }
        }

        /// <summary>
        /// The optional positional-or-keyword parameters that directly follow the positional ones in the Python
        /// signature (a method that merges several signatures has none: their positions may differ).
        /// </summary>
        private static List<ParameterPlan> PositionalRun(MethodPlan plan)
        {
            var run = new List<ParameterPlan>();
            if (plan.Sources.Count != 1)
            {
                return run;
            }

            SignatureSpec source = plan.Sources[0];
            int next = plan.Parameters.Count(p => p.Pass == PassKind.Positional);
            foreach (ParameterPlan parameter in plan.Parameters.Where(p => p.IsOptional && p.Pass == PassKind.Keyword))
            {
                int index = parameter.Source is null ? -1 : IndexOf(source, parameter.Source);
                if (index != next || parameter.Source!.Kind != ParameterKind.PositionalOrKeyword)
                {
                    break;
                }

                run.Add(parameter);
                next++;
            }

            return run;
        }

        private static int IndexOf(SignatureSpec signature, ParameterSpec parameter)
        {
            for (int i = 0; i < signature.Parameters.Count; i++)
            {
                if (ReferenceEquals(signature.Parameters[i], parameter) || signature.Parameters[i].PythonName == parameter.PythonName)
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>An optional argument sent only when <paramref name="condition"/> holds (and it was given).</summary>
        private void WriteOptionalArgument(ParameterPlan parameter, string context, int keywordIndex, string? condition, string variablePrefix)
        {
            string add(string value) => keywordIndex < 0 ? $"__args.Add({value});" : $"__args.AddKeyword({keywordIndex}, {value});";
            string argumentContext = $"argument '{parameter.PythonName}' of {context}";
            string also = condition is null ? string.Empty : condition + " && ";
            if (parameter.IsPyOptional)
            {
                _writer.WriteLine($"if ({also}{parameter.Name}.HasValue)");
                using (_writer.WriteBlock())
                {
                    _writer.WriteLine(add(Argument(parameter.Type, parameter.Name + ".Value", argumentContext)));
                }

                return;
            }

            string variable = variablePrefix + parameter.Name.TrimStart('@');
            CsType inner = parameter.Type.Underlying;
            _writer.WriteLine($"if ({also}{parameter.Name} is {{ }} {variable})");
            using (_writer.WriteBlock())
            {
                _writer.WriteLine(add(Argument(inner, variable, argumentContext)));
            }
        }

        private void WriteArgument(ParameterPlan parameter, string context, int keywordIndex)
        {
            if (parameter.IsOptional)
            {
                WriteOptionalArgument(parameter, context, keywordIndex, condition: null, variablePrefix: "__arg_");
                return;
            }

            string argument = Argument(parameter.Type, parameter.Name, $"argument '{parameter.PythonName}' of {context}");
            _writer.WriteLine(keywordIndex < 0 ? $"__args.Add({argument});" : $"__args.AddKeyword({keywordIndex}, {argument});");
        }

        /// <summary>An expression converting <paramref name="value"/> to an owned reference; failures name the argument.</summary>
        private string Argument(CsType type, string value, string context) =>
            !type.ToPythonCanFail ? type.ToPython(value, _converters)
            : type is ObjectType or DelegateType or NullableType { Inner: ObjectType or DelegateType } ? $"{EmittedNames.Helpers}.Arg((object?){value}, {Literal(context)})"
            : type is ArrayLikeType or NullableType { Inner: ArrayLikeType } ? $"{EmittedNames.Helpers}.Arg({value}, {Literal(context)})"
            : $"{EmittedNames.Helpers}.Arg({type.Converter(_converters)}, {value}, {Literal(context)})";

        /// <summary>A statement returning the converted result (an owned reference, always released).</summary>
        private string ReturnStatement(CsType type, string handle, string context)
        {
            string literal = Literal(context);
            if (type is VoidType)
            {
                return $"{EmittedNames.PyMarshal}.Release({handle});";
            }

            if (type is PyObjectType)
            {
                return $"return {EmittedNames.PyMarshal}.ReturnObject({handle});";
            }

            if (type == ScalarType.Int64 || type == ScalarType.Double || type == ScalarType.Boolean || type == ScalarType.String)
            {
                string suffix = type == ScalarType.Int64 ? "Int64" : type == ScalarType.Double ? "Double" : type == ScalarType.Boolean ? "Boolean" : "String";
                return $"return {EmittedNames.PyMarshal}.Return{suffix}({handle}, {literal});";
            }

            return $"return {EmittedNames.PyMarshal}.Return({type.Converter(_converters)}, {handle}, {literal});";
        }
    }
}

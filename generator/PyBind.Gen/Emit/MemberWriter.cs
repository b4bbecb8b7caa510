using System;
using System.Collections.Generic;
using System.Linq;
using PyBind.Gen.Helpers;
using PyBind.Gen.Model;
using PyBind.Gen.Naming;

namespace PyBind.Gen.Emit;

internal sealed partial class BindingEmitter
{
    /// <summary>How a generated method reaches its Python callable.</summary>
    private enum CallKind
    {
        /// <summary>A module attribute or class attribute (function, static or class method, callable object, class).</summary>
        Member,

        /// <summary>A method of <c>this</c>, called without creating a bound method.</summary>
        Method,

        /// <summary><c>this</c> itself (<c>__call__</c>).</summary>
        Self,
    }

    /// <summary>
    /// Writes the members of one generated class (a module class or a wrapper): each with its own cached Python
    /// objects (function, keyword names, interned names) and converters, declared at the end of the class.
    /// </summary>
    private sealed class MemberWriter
    {
        private readonly BindingEmitter _emitter;
        private readonly WritingUnit _unit;
        private readonly IndentedTextWriter _writer;
        private readonly string _module;
        private readonly string _className;
        private readonly ClassPlan? _class;
        private readonly ConverterCache _converters = new();
        private readonly List<string> _fields = [];
        private readonly Dictionary<string, string> _keywordFields = new(StringComparer.Ordinal);

        public MemberWriter(BindingEmitter emitter, WritingUnit unit, IndentedTextWriter writer, string module, string className, ClassPlan? cls)
        {
            _emitter = emitter;
            _unit = unit;
            _writer = writer;
            _module = module;
            _className = className;
            _class = cls;
        }

        private TypeMapper Mapper => _unit.Mapper;

        private BindingStatistics Statistics => _unit.Statistics;

        // ------------------------------------------------------------ module

        public void WriteModuleMembers(BoundModuleSpec module)
        {
            ModuleSpec spec = module.Module;
            foreach (ConstantSpec constant in spec.Constants)
            {
                WriteConstant(constant);
            }

            foreach (FunctionSpec function in spec.Functions)
            {
                WriteFunction(function, CallKind.Member, isStatic: true);
            }

            foreach (ReExportSpec reExport in spec.ReExports)
            {
                string home = reExport.SourceModule + "." + reExport.SourceName;
                _unit.ReportSkipped(spec.Name + "." + reExport.PythonName, _emitter.FindPlan(home) is ClassPlan plan
                    ? $"it re-exports '{home}', which is bound as {plan.CSharpName.Replace("global::", string.Empty)}"
                    : $"it re-exports '{home}', which is bound where its home module is bound");
            }

            if (module.DefinesClasses)
            {
                foreach (ClassSpec cls in spec.Classes)
                {
                    if (_emitter.FindPlan(spec.Name + "." + cls.QualifiedName) is ClassPlan plan && plan.Text is IndentedTextWriter text)
                    {
                        _writer.AppendRaw(text);
                    }
                }
            }

            WriteFields();
        }

        private void WriteConstant(ConstantSpec constant)
        {
            var imprecision = new Imprecision();
            var scope = new SignatureTypeScope { AllowGeneric = false };
            CsType type = Mapper.MapReturn(constant.Type, scope, imprecision);
            if (type is VoidType)
            {
                type = PyObjectType.Instance;
            }

            string field = AddField(EmittedNames.PyModuleMember, EmittedNames.Prefix + "Member_" + constant.Name, $"new({Literal(_module)}, {Literal(constant.PythonName)})");
            string path = _module + "." + constant.PythonName;
            Count(path, [type], imprecision);
            _unit.Report(path, imprecision);
            DocComments.WriteConstant(_writer, constant.Docstring, constant.Value, path);
            _writer.WriteLine($"public static {type.Syntax} {constant.Name}");
            using (_writer.WriteBlock())
            {
                _writer.WriteLine("get");
                using (_writer.WriteBlock())
                {
                    _writer.WriteLine($"using {EmittedNames.GilScope} __gil = {EmittedNames.Python}.AcquireGil();");
                    _writer.WriteLine(ReturnStatement(type, $"{EmittedNames.PyMarshal}.AddRef({field}.Handle)", $"the value of {path}"));
                }
            }

            _writer.WriteLine();
        }

        // ------------------------------------------------------------ functions and methods

        private void WriteFunction(FunctionSpec function, CallKind kind, bool isStatic)
        {
            string path = PythonPath(function.PythonName);
            var imprecision = new Imprecision();
            IEnumerable<string> reserved = _emitter._binding.Target.TypeParameters.Concat(_emitter._binding.Target.ContainingTypes.SelectMany(c => c.TypeParameters)).Append(function.Name);
            List<MethodPlan> plans = _unit.Planner.Plan(function.Signatures, MethodRole.Method, _class?.Scope, reserved, imprecision);
            string callable = kind switch
            {
                CallKind.Member => AddField(EmittedNames.PyModuleMember, EmittedNames.Prefix + "Member_" + function.Name, $"new({Literal(_module)}, {Literal(MemberPath(function.PythonName))})"),
                CallKind.Method => AddField(EmittedNames.PyInternedName, EmittedNames.Prefix + "Name_" + function.Name, $"new({Literal(function.PythonName)})"),
                _ => string.Empty,
            };

            // A Python function named main is a static Main, which an executable's compiler weighs as an entry point
            // with the wrong signature (CS0028, tqdm.main).
            bool mainLike = isStatic && function.Name == "Main";
            if (mainLike)
            {
                _writer.WriteLine("#pragma warning disable CS0028");
            }

            foreach (MethodPlan plan in plans)
            {
                string modifiers = "public " + (isStatic ? "static " : string.Empty);
                if (_class is not null && _class.Hides(function.Name, plan.SignatureKey))
                {
                    modifiers += "new ";
                }

                _class?.AddMember(function.Name, plan.SignatureKey);
                DocComments.WriteFunction(_writer, function.Docstring, plan, path, _unit);
                WritePriority(plan);
                _writer.WriteLine(modifiers + plan.Return.Syntax + " " + function.Name + TypeParameterList(plan) + "(" + string.Join(", ", plan.Parameters.Select(p => p.Declaration)) + ")" + Constraints(plan));
                WriteCallBody(plan, kind, callable, path);
                _writer.WriteLine();
            }

            if (mainLike)
            {
                _writer.WriteLine("#pragma warning restore CS0028");
            }

            Count(path, plans.SelectMany(p => p.Parameters.Select(x => x.Type).Append(p.Return)), imprecision);
            _unit.Report(path, imprecision);
        }

        /// <summary>The overload a <c>null</c> for None goes to, where several could take it (when the compiler allows).</summary>
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
                        // The runtime runs the awaitable on its asyncio loop (PyObject.AsTask); the task keeps the awaitable
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
            CsType inner = parameter.Type is NullableType nullable ? nullable.Inner : parameter.Type;
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

        // ------------------------------------------------------------ classes

        /// <summary>Writes a class of the module (called in inheritance order, into its own writer).</summary>
        public void WriteTopLevelClass(ClassPlan plan) => WriteClass(plan);

        private void WriteClass(ClassPlan plan)
        {
            _emitter._cancellationToken.ThrowIfCancellationRequested();
            Statistics.Classes++;
            string name = CSharpNames.EscapeKeyword(plan.Spec.Name);
            string hide = _class is not null && _class.Hides(plan.Spec.Name, MemberKeys.Property) ? "new " : string.Empty;
            _class?.AddMember(plan.Spec.Name, MemberKeys.Property);
            if (plan.IsEnum)
            {
                WriteEnum(plan, name, hide);
                return;
            }

            var members = new MemberWriter(_emitter, _unit, _writer, _module, plan.CSharpName, plan);
            DocComments.WriteClass(_writer, plan.Spec.Docstring, plan.PythonName);
            if (plan.IsException)
            {
                members.WriteExceptionClass(plan, name, hide);
            }
            else
            {
                members.WriteWrapperClass(plan, name, hide);
            }
        }

        private void WriteEnum(ClassPlan plan, string name, string hide)
        {
            DocComments.WriteClass(_writer, plan.Spec.Docstring, plan.PythonName);
            if (ClassShapes.IsFlags(plan.Spec))
            {
                _writer.WriteLine("[global::System.Flags]");
            }

            _writer.WriteLine($"public {hide}enum {name} : long");
            using (_writer.WriteBlock())
            {
                foreach (EnumMemberSpec member in plan.Spec.Enum!.Members)
                {
                    long value = (long)ClassShapes.ValueOf(member);
                    string literal = value == long.MinValue ? "long.MinValue" : IntLiteral(value);
                    _writer.WriteLine($"/// <summary>Python's <c>{XmlDocText.Escape(plan.PythonName + "." + member.PythonName)}</c>.</summary>");
                    _writer.WriteLine($"{CSharpNames.EscapeKeyword(member.Name)} = {literal},");
                }
            }

            _writer.WriteLine();
        }

        private void WriteExceptionClass(ClassPlan plan, string name, string hide)
        {
            _writer.WriteLine($"public {hide}partial class {name} : {plan.BaseSyntax}, {EmittedNames.IPyExceptionWrapper}<{name}>");
            using (_writer.WriteBlock())
            {
                _writer.WriteLine("/// <summary>Creates the exception to raise in Python from .NET code (for example in a callback).</summary>");
                _writer.WriteLine($"public {name}(string message) : base(message) {{ }}");
                _writer.WriteLine();
                _writer.WriteLine("/// <summary>Wraps an exception raised by Python.</summary>");
                _writer.WriteLine($"protected {name}({EmittedNames.PythonErrorInfo} info) : base(info) {{ }}");
                _writer.WriteLine();
                _writer.WriteLine($"static {name} {EmittedNames.IPyExceptionWrapper}<{name}>.Wrap({EmittedNames.PythonErrorInfo} info) => new(info);");
                _writer.WriteLine();
                foreach (PropertySpec property in plan.Spec.Properties.Where(p => p.Kind != PropertyKind.ClassVariable))
                {
                    WriteExceptionProperty(property);
                }

                Statistics.Skipped += plan.Spec.Methods.Count;
                foreach (FunctionSpec method in plan.Spec.Methods)
                {
                    _unit.ReportSkipped(PythonPath(method.PythonName), "methods of exception classes are not bound (call them on GetPythonException())");
                }

                WriteNestedClasses(plan);
                WriteFields();
            }

            _writer.WriteLine();
        }

        private void WriteExceptionProperty(PropertySpec property)
        {
            var imprecision = new Imprecision();
            CsType type = Mapper.MapReturn(property.Type, new SignatureTypeScope { AllowGeneric = false, Class = _class?.Scope }, imprecision);
            if (type is VoidType)
            {
                type = PyObjectType.Instance;
            }

            string path = PythonPath(property.PythonName);
            string field = AddField(EmittedNames.PyInternedName, EmittedNames.Prefix + "Name_" + property.Name, $"new({Literal(property.PythonName)})");
            // A generated exception base may declare the same attribute (smtplib.SMTPSenderRefused.smtp_error).
            string hide = _class!.Hides(property.Name, MemberKeys.Property) ? "new " : string.Empty;
            _class.AddMember(property.Name, MemberKeys.Property);
            Count(path, [type], imprecision);
            DocComments.WriteConstant(_writer, property.Docstring, null, path);
            _writer.WriteLine($"public {hide}{type.Syntax} {property.Name}");
            using (_writer.WriteBlock())
            {
                _writer.WriteLine("get");
                using (_writer.WriteBlock())
                {
                    _writer.WriteLine($"using {EmittedNames.PyObject} __exception = GetPythonException() ?? throw new global::System.InvalidOperationException(\"This exception was created in .NET; it has no Python attributes.\");");
                    _writer.WriteLine($"using {EmittedNames.GilScope} __gil = {EmittedNames.Python}.AcquireGil();");
                    _writer.WriteLine(ReturnStatement(type, $"{EmittedNames.PyMarshal}.GetAttr(__exception.DangerousGetHandle(), {field})", $"the attribute {path}"));
                }
            }

            _writer.WriteLine();
            _unit.Report(path, imprecision);
        }

        private void WriteWrapperClass(ClassPlan plan, string name, string hide)
        {
            SpecialMembers special = SpecialMembers.Plan(this, plan);
            string interfaces = special.Enumerable is CsType item ? ", global::System.Collections.Generic.IEnumerable<" + item.Syntax + ">" : string.Empty;
            _writer.WriteLine($"public {hide}partial class {name} : {plan.BaseSyntax}, {EmittedNames.IPyWrapper}<{name}>{interfaces}");
            using (_writer.WriteBlock())
            {
                // How the runtime wraps an object of the class: explicit, so that none of it is a member users see.
                _writer.WriteLine($"private static readonly {EmittedNames.PyModuleMember} {EmittedNames.WrapperType} = new({Literal(plan.Module)}, {Literal(plan.Spec.QualifiedName)});");
                _writer.WriteLine();
                _writer.WriteLine($"static {name} {EmittedNames.IPyWrapper}<{name}>.Wrap(nint handle, {EmittedNames.PyOwnership} ownership) => new(handle, ownership);");
                _writer.WriteLine();
                // A new object rather than the field: the runtime asks for it while making the converter that this class's own
                // static fields may be initializing (reading a field would start the class's initialization inside its own).
                _writer.WriteLine($"static {EmittedNames.PyModuleMember} {EmittedNames.IPyWrapper}<{name}>.PythonType => new({Literal(plan.Module)}, {Literal(plan.Spec.QualifiedName)});");
                _writer.WriteLine();
                WriteConstructors(plan, name);
                foreach (PropertySpec property in plan.Spec.Properties)
                {
                    WriteProperty(property);
                }

                if (plan.Spec.Enum is EnumSpec enumSpec)
                {
                    foreach (EnumMemberSpec member in enumSpec.Members)
                    {
                        WriteEnumMemberProperty(plan, name, member);
                    }
                }

                foreach (FunctionSpec method in plan.Spec.Methods)
                {
                    bool isStatic = method.Kind is FunctionKind.Static or FunctionKind.Class;
                    WriteFunction(method, isStatic ? CallKind.Member : CallKind.Method, isStatic);
                }

                special.Write();
                WriteNestedClasses(plan);
                WriteFields();
            }

            _writer.WriteLine();
        }

        private void WriteNestedClasses(ClassPlan plan)
        {
            // A sibling that another derives from is written first, so that the subclass knows which of its members
            // hide the base's (matplotlib's BoxStyle.Roundtooth(Sawtooth): both define __call__, 'new Invoke').
            List<ClassPlan> siblings = plan.Spec.NestedClasses.Select(n => _emitter.FindPlan(plan.Module + "." + n.QualifiedName)).OfType<ClassPlan>().ToList();
            var written = new HashSet<ClassPlan>();
            void Write(ClassPlan nested)
            {
                if (!written.Add(nested))
                {
                    return;
                }

                if (nested.Base is ClassPlan sibling && siblings.Contains(sibling))
                {
                    Write(sibling);
                }

                WriteClass(nested);
            }

            foreach (ClassPlan nested in siblings)
            {
                Write(nested);
            }
        }

        /// <summary>The constructor that wraps a handle, then one per Python constructor signature.</summary>
        private void WriteConstructors(ClassPlan plan, string name)
        {
            var imprecision = new Imprecision();
            List<MethodPlan> plans = plan.Spec.Constructors.IsEmpty || plan.Spec.IsAbstract
                ? []
                : _unit.Planner.Plan(plan.Spec.Constructors, MethodRole.Constructor, plan.Scope, [name], imprecision);

            // The (nint, PyOwnership) constructor is taken; a Python signature that maps to it is left out.
            plans.RemoveAll(p => p.SignatureKey == "0(nint, global::PyBind.PyOwnership)");

            // Wrapping (this(…), base(…), the converters' new X(handle, …)) must reach it even where a constructor that
            // takes null for None was given priority and could take (nint, PyOwnership) too, as (object?, params object?[]).
            _writer.WriteLine("/// <summary>Wraps a reference to a Python object of this class; the caller holds the GIL.</summary>");
            int highest = plans.Count == 0 ? 0 : plans.Max(p => p.Priority);
            WritePriority(highest == 0 ? 0 : highest + 1);
            _writer.WriteLine($"protected {name}(nint handle, {EmittedNames.PyOwnership} ownership) : base(handle, ownership) {{ }}");
            _writer.WriteLine();
            if (plans.Count == 0)
            {
                return;
            }

            string path = plan.PythonName;
            for (int i = 0; i < plans.Count; i++)
            {
                MethodPlan constructor = plans[i];
                string creator = EmittedNames.Prefix + "Create" + IntLiteral(i);
                string parameters = string.Join(", ", constructor.Parameters.Select(p => p.Declaration));
                string arguments = string.Join(", ", constructor.Parameters.Select(p => p.Name));
                DocComments.WriteConstructor(_writer, plan.Spec.Docstring, constructor, path, _unit);
                WritePriority(constructor);
                _writer.WriteLine($"public {name}({parameters}) : this({creator}({arguments}), {EmittedNames.PyOwnership}.Steal) {{ }}");
                _writer.WriteLine();
                _writer.WriteLine($"private static nint {creator}({parameters})");
                WriteCallBody(constructor, CallKind.Member, EmittedNames.WrapperType, path, returnsHandle: true);
                _writer.WriteLine();
            }

            Count(path + ".__init__", plans.SelectMany(p => p.Parameters.Select(x => x.Type)), imprecision);
            _unit.Report(path + ".__init__", imprecision);
        }

        private void WriteProperty(PropertySpec property)
        {
            var imprecision = new Imprecision();
            CsType type = Mapper.MapReturn(property.Type, new SignatureTypeScope { AllowGeneric = false, Class = _class?.Scope }, imprecision);
            if (type is VoidType)
            {
                type = PyObjectType.Instance;
            }

            bool isStatic = property.Kind == PropertyKind.ClassVariable;
            string path = PythonPath(property.PythonName);
            string field = AddField(EmittedNames.PyInternedName, EmittedNames.Prefix + "Name_" + property.Name, $"new({Literal(property.PythonName)})");
            string modifiers = "public " + (isStatic ? "static " : string.Empty) + (_class!.Hides(property.Name, MemberKeys.Property) ? "new " : string.Empty);
            _class.AddMember(property.Name, MemberKeys.Property);
            Count(path, [type], imprecision);
            DocComments.WriteConstant(_writer, property.Docstring, property.Value, path);
            string owner = isStatic ? $"{EmittedNames.WrapperType}.Handle" : "DangerousGetHandle()";
            _writer.WriteLine($"{modifiers}{type.Syntax} {property.Name}");
            using (_writer.WriteBlock())
            {
                _writer.WriteLine("get");
                using (_writer.WriteBlock())
                {
                    _writer.WriteLine($"using {EmittedNames.GilScope} __gil = {EmittedNames.Python}.AcquireGil();");
                    _writer.WriteLine($"nint __value = {EmittedNames.PyMarshal}.GetAttr({owner}, {field});");
                    if (!isStatic)
                    {
                        _writer.WriteLine("global::System.GC.KeepAlive(this);");
                    }

                    _writer.WriteLine(ReturnStatement(type, "__value", $"the attribute {path}"));
                }

                if (!property.IsReadOnly)
                {
                    _writer.WriteLine("set");
                    using (_writer.WriteBlock())
                    {
                        _writer.WriteLine($"using {EmittedNames.GilScope} __gil = {EmittedNames.Python}.AcquireGil();");
                        _writer.WriteLine($"{EmittedNames.PyMarshal}.SetAttr({owner}, {field}, {Argument(type is PyObjectType ? PyObjectType.Instance : type, "value", $"the value assigned to {path}")});");
                        if (!isStatic)
                        {
                            _writer.WriteLine("global::System.GC.KeepAlive(this);");
                        }
                    }
                }
            }

            _writer.WriteLine();
            _unit.Report(path, imprecision);
        }

        /// <summary>A member of a Python enum that is not a C# enum: a static property returning the member.</summary>
        private void WriteEnumMemberProperty(ClassPlan plan, string name, EnumMemberSpec member)
        {
            string field = AddField(EmittedNames.PyInternedName, EmittedNames.Prefix + "Name_" + member.Name, $"new({Literal(member.PythonName)})");
            string modifiers = "public static " + (_class!.Hides(member.Name, MemberKeys.Property) ? "new " : string.Empty);
            _class.AddMember(member.Name, MemberKeys.Property);
            Statistics.Members++;
            Statistics.FullyTyped++;
            _writer.WriteLine($"/// <summary>Python's <c>{XmlDocText.Escape(plan.PythonName + "." + member.PythonName)}</c>.</summary>");
            _writer.WriteLine($"{modifiers}{name} {CSharpNames.EscapeKeyword(member.Name)}");
            using (_writer.WriteBlock())
            {
                _writer.WriteLine("get");
                using (_writer.WriteBlock())
                {
                    _writer.WriteLine($"using {EmittedNames.GilScope} __gil = {EmittedNames.Python}.AcquireGil();");
                    _writer.WriteLine($"return {EmittedNames.PyMarshal}.Return({plan.Scope.Self.Converter(_converters)}, {EmittedNames.PyMarshal}.GetAttr({EmittedNames.WrapperType}.Handle, {field}), {Literal("the member " + plan.PythonName + "." + member.PythonName)});");
                }
            }

            _writer.WriteLine();
        }

        // ------------------------------------------------------------ shared

        private string PythonPath(string name) => (_class?.PythonName ?? _module) + "." + name;

        /// <summary>The attribute path of a member within its module: <c>linspace</c>, <c>ndarray.fromfile</c>.</summary>
        private string MemberPath(string name) => _class is null ? name : _class.Spec.QualifiedName + "." + name;

        private string AddField(string type, string name, string initializer)
        {
            string declaration = $"private static readonly {type} {name} = {initializer};";
            if (!_fields.Contains(declaration))
            {
                _fields.Add(declaration);
            }

            return name;
        }

        private string KeywordField(IEnumerable<string> names)
        {
            string list = string.Join(", ", names.Select(Literal));
            if (!_keywordFields.TryGetValue(list, out string? field))
            {
                field = EmittedNames.Prefix + "Keywords" + IntLiteral(_keywordFields.Count);
                _keywordFields.Add(list, field);
                _fields.Add($"private static readonly {EmittedNames.PyKeywordNames} {field} = new({list});");
            }

            return field;
        }

        private void WriteFields()
        {
            if (_fields.Count == 0 && _converters.IsEmpty)
            {
                return;
            }

            foreach (string field in _fields)
            {
                _writer.WriteLine(field);
            }

            _converters.Write(_writer);
        }

        /// <summary>Counts a member for the statistics: fully typed, <c>object</c>/<c>PyObject</c> only where the stub says <c>Any</c>, or degraded.</summary>
        private void Count(string path, IEnumerable<CsType> types, Imprecision imprecision)
        {
            Statistics.Members++;
            if (imprecision.Reasons.Count > 0)
            {
                Statistics.Degraded++;
                foreach (string reason in imprecision.Reasons)
                {
                    Statistics.Reasons.Add(Categorize(reason));
                }
            }
            else if (types.Any(Loose))
            {
                Statistics.AnyInStub++;
            }
            else
            {
                Statistics.FullyTyped++;
            }

            _ = path;
        }

        private static bool Loose(CsType type) => type switch
        {
            ObjectType or PyObjectType => type != ObjectType.None,
            NullableType n => Loose(n.Inner),
            CollectionType c => c.Items.Any(Loose),
            TupleType t => t.Items.Any(Loose),
            TaskType t => Loose(t.Result),
            DelegateType d => d.Syntax.Contains("object") || d.Syntax.Contains("PyObject") || d.Syntax == "global::System.Delegate",
            _ => false,
        };

        /// <summary>A reason without its specifics, for the statistics' histogram.</summary>
        private static string Categorize(string reason)
        {
            int quote = reason.IndexOf('\'');
            if (reason.Contains("has no stub"))
            {
                return "a class with no stub";
            }

            if (reason.Contains("not bound by any"))
            {
                return "a class of a stub no [PyImport] binds";
            }

            if (reason.Contains("share one C# signature"))
            {
                return "overloads merged with different return types";
            }

            if (reason.Contains("too many"))
            {
                return "a union too wide to expand";
            }

            if (reason.Contains("optional union"))
            {
                return "an optional union of containers or tuples (object)";
            }

            if (reason.Contains("is passed as object"))
            {
                return "a union inside a container or callback";
            }

            if (reason.Contains("returned as PyObject") && reason.Contains("union"))
            {
                return "a union returned";
            }

            if (reason.Contains("cannot be inferred"))
            {
                return "a type variable only in the return";
            }

            if (reason.Contains("callable"))
            {
                return "a callable returned";
            }

            if (reason.Contains("coroutine"))
            {
                return "a coroutine (no PyObject.AsTask in the runtime)";
            }

            return quote > 0 ? reason.Substring(0, quote).Trim() : reason;
        }

        // ------------------------------------------------------------ dunder methods

        /// <summary>
        /// What a class's dunder methods become: operators (<c>+</c> from <c>__add__</c>/<c>__radd__</c> through Python's
        /// <c>operator.add</c>, so NotImplemented and reflection work as in Python), explicit conversions (<c>__float__</c>,
        /// <c>__int__</c>, <c>__index__</c>), a typed indexer (<c>__getitem__</c>/<c>__setitem__</c>), <c>IEnumerable&lt;T&gt;</c>
        /// (<c>__iter__</c>) and <c>Invoke</c> (<c>__call__</c>). <c>Count</c>, <c>Contains</c>, <c>ToString</c>, <c>Equals</c>
        /// and <c>GetHashCode</c> are <c>PyObject</c>'s already (<c>len</c>, <c>in</c>, <c>str</c>, <c>==</c>, <c>hash</c>).
        /// </summary>
        private sealed class SpecialMembers
        {
            private static readonly (string Dunder, string Reflected, string Operator, string Helper)[] s_binary =
            [
                ("__add__", "__radd__", "+", "Add"), ("__sub__", "__rsub__", "-", "Sub"), ("__mul__", "__rmul__", "*", "Mul"),
                ("__truediv__", "__rtruediv__", "/", "TrueDiv"), ("__mod__", "__rmod__", "%", "Mod"), ("__and__", "__rand__", "&", "And"),
                ("__or__", "__ror__", "|", "Or"), ("__xor__", "__rxor__", "^", "Xor"),
            ];

            private static readonly (string Dunder, string Operator, string Helper, string Pair)[] s_comparisons =
            [
                ("__lt__", "<", "Lt", "__gt__"), ("__gt__", ">", "Gt", "__lt__"), ("__le__", "<=", "Le", "__ge__"), ("__ge__", ">=", "Ge", "__le__"),
            ];

            private static readonly (string Dunder, string Operator, string Helper)[] s_unary = [("__neg__", "-", "Neg"), ("__pos__", "+", "Pos"), ("__invert__", "~", "Invert")];

            private readonly MemberWriter _owner;
            private readonly ClassPlan _plan;
            private readonly Dictionary<string, FunctionSpec> _dunders;
            private readonly CsType _self;

            private SpecialMembers(MemberWriter owner, ClassPlan plan)
            {
                _owner = owner;
                _plan = plan;
                _dunders = plan.Spec.SpecialMethods.GroupBy(m => m.PythonName).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
                _self = plan.Scope.Self;
            }

            /// <summary>The item type of <c>IEnumerable&lt;T&gt;</c>, when <c>__iter__</c> says more than <c>PyObject</c>.</summary>
            public CsType? Enumerable { get; private set; }

            public static SpecialMembers Plan(MemberWriter owner, ClassPlan plan)
            {
                var special = new SpecialMembers(owner, plan);
                if (special._dunders.TryGetValue("__iter__", out FunctionSpec? iter))
                {
                    CsType item = special.IteratorItem(iter);
                    special.Enumerable = item is PyObjectType or ObjectType or VoidType ? null : item;
                }

                return special;
            }

            private CsType IteratorItem(FunctionSpec iter)
            {
                var imprecision = new Imprecision();
                CsType result = _owner.Mapper.MapReturn(iter.Signatures[0].ReturnType, new SignatureTypeScope { AllowGeneric = false, Class = _plan.Scope }, imprecision);
                return result is CollectionType collection && (result.Syntax.StartsWith("global::System.Collections.Generic.IEnumerable<", StringComparison.Ordinal)
                    || result.Syntax.StartsWith("global::PyBind.PyIterator<", StringComparison.Ordinal) || result.Syntax.StartsWith("global::PyBind.PyGenerator<", StringComparison.Ordinal))
                    ? collection.Items[0]
                    : PyObjectType.Instance;
            }

            public void Write()
            {
                IndentedTextWriter writer = _owner._writer;
                if (Enumerable is CsType item)
                {
                    string enumerable = new CollectionType("global::System.Collections.Generic.IEnumerable", "EnumerableOf", [item]).Converter(_owner._converters);
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

                if (_dunders.TryGetValue("__await__", out FunctionSpec? awaitMethod))
                {
                    WriteAwaiter(awaitMethod);
                }

                if (_dunders.TryGetValue("__call__", out FunctionSpec? call))
                {
                    _owner.WriteFunction(call with { Name = "Invoke" }, CallKind.Self, isStatic: false);
                }

                WriteIndexer();
                if (!_plan.InheritsOperators)
                {
                    WriteOperators();
                }
            }

            /// <summary>
            /// <c>__await__</c>: the object is awaitable in C# (a plain <c>PyObject</c> is not), with the result its
            /// <c>Generator[..., ..., T]</c> returns, run on the runtime's event loop as <c>AsTask</c> does.
            /// </summary>
            private void WriteAwaiter(FunctionSpec awaitMethod)
            {
                CsType returned = _owner.Mapper.MapReturn(awaitMethod.Signatures[0].ReturnType, new SignatureTypeScope { AllowGeneric = false, Class = _plan.Scope }, new Imprecision());
                CsType result = returned is CollectionType { Items.Count: 3 } generator && returned.Syntax.StartsWith("global::PyBind.PyGenerator<", StringComparison.Ordinal)
                    ? generator.Items[2]
                    : PyObjectType.Instance;
                string hide = _plan.Hides("GetAwaiter", "0()") ? "new " : string.Empty;
                _plan.AddMember("GetAwaiter", "0()");
                IndentedTextWriter writer = _owner._writer;
                writer.WriteLine("/// <summary>Awaits the object as Python's <c>await</c> does, on the runtime's event loop (see <c>AsTask</c>).</summary>");
                writer.WriteLine($"public {hide}global::System.Runtime.CompilerServices.TaskAwaiter<{result.Syntax}> GetAwaiter() => AsTask<{result.Syntax}>().GetAwaiter();");
                writer.WriteLine();
            }

            private void WriteIndexer()
            {
                if (!_dunders.TryGetValue("__getitem__", out FunctionSpec? getItem))
                {
                    return;
                }

                _dunders.TryGetValue("__setitem__", out FunctionSpec? setItem);
                var imprecision = new Imprecision();
                var keys = new Dictionary<string, (CsType Key, CsType Value)>(StringComparer.Ordinal);
                foreach (SignatureSpec signature in getItem.Signatures.Where(s => s.Parameters.Count == 1))
                {
                    var scope = new SignatureTypeScope { AllowGeneric = false, Class = _plan.Scope, SelfVariable = (signature.SelfType as PyTypeVariableType)?.Name };
                    CsType result = _owner.Mapper.MapReturn(signature.ReturnType, scope, imprecision);
                    foreach (CsType key in _owner.Mapper.MapParameter(signature.Parameters[0].Type, scope, imprecision))
                    {
                        // PyObject's own indexer takes object?; a key that maps to object or an array-like adds nothing.
                        if (key is ObjectType or ArrayLikeType or NullableType || result is VoidType)
                        {
                            continue;
                        }

                        keys[key.Key] = keys.TryGetValue(key.Key, out var existing) ? (key, _owner._unit.Planner.UnifyReturns(existing.Value, result)) : (key, result);
                    }
                }

                foreach ((CsType key, CsType value) in keys.Values)
                {
                    string memberKey = "this[" + key.Key + "]";
                    string hide = _plan.Hides("this[]", memberKey) ? "new " : string.Empty;
                    _plan.AddMember("this[]", memberKey);
                    string context = _plan.PythonName + ".__getitem__()";
                    writer().WriteLine($"/// <summary>Python's <c>self[key]</c>.</summary>");
                    writer().WriteLine($"/// <param name=\"key\">The key or index.</param>");
                    writer().WriteLine($"public {hide}{value.Syntax} this[{key.Syntax} key]");
                    using (writer().WriteBlock())
                    {
                        writer().WriteLine("get");
                        WriteOperatorCall("GetItem", [("DangerousGetHandle()", PyObjectType.Instance, true), ("key", key, false)], value, context, keepAlive: true);
                        if (setItem is not null)
                        {
                            writer().WriteLine("set");
                            WriteOperatorCall("SetItem", [("DangerousGetHandle()", PyObjectType.Instance, true), ("key", key, false), ("value", value is PyObjectType ? PyObjectType.Instance : value, false)], VoidType.Instance, _plan.PythonName + ".__setitem__()", keepAlive: true);
                        }
                    }

                    writer().WriteLine();
                }

                IndentedTextWriter writer() => _owner._writer;
            }

            private void WriteOperators()
            {
                bool any = false;
                foreach ((string dunder, string reflected, string op, string helper) in s_binary)
                {
                    any |= WriteBinary(dunder, reflected, op, helper);
                }

                foreach ((string dunder, string op, string helper, string pair) in s_comparisons)
                {
                    if (_dunders.ContainsKey(pair))
                    {
                        any |= WriteBinary(dunder, null, op, helper);
                    }
                }

                foreach ((string dunder, string op, string helper) in s_unary)
                {
                    if (_dunders.TryGetValue(dunder, out FunctionSpec? unary))
                    {
                        CsType result = OperatorResult(unary);
                        WriteOperator(op, [("value", _self)], result, helper, _plan.PythonName + "." + dunder + "()");
                        any = true;
                    }
                }

                any |= WriteConversion("__float__", "double", ScalarType.Double, "Float");
                any |= WriteConversion(_dunders.ContainsKey("__int__") ? "__int__" : "__index__", "long", ScalarType.Int64, "Int");
                _plan.HasOperators |= any;
            }

            /// <summary>
            /// One binary operator: the other operand is this class, <c>PyObject</c>, <c>long</c> and <c>double</c> when the stub
            /// takes an array-like or anything (each a better match for its own C# type, so no call is ambiguous),
            /// or the precise type the stub gives.
            /// </summary>
            private bool WriteBinary(string dunder, string? reflected, string op, string helper)
            {
                _dunders.TryGetValue(dunder, out FunctionSpec? forward);
                FunctionSpec? backward = reflected is null ? null : _dunders.TryGetValue(reflected, out FunctionSpec? r) ? r : null;
                if (forward is null && backward is null)
                {
                    return false;
                }

                string context = _plan.PythonName + "." + dunder + "()";
                if (forward is not null)
                {
                    CsType result = OperatorResult(forward);
                    foreach (CsType other in OtherOperands(forward, includeSelf: true))
                    {
                        WriteOperator(op, [("left", _self), ("right", other)], result, helper, context);
                    }
                }

                if (backward is not null)
                {
                    CsType result = OperatorResult(backward);
                    foreach (CsType other in OtherOperands(backward, includeSelf: false).Where(o => o is ScalarType))
                    {
                        WriteOperator(op, [("left", other), ("right", _self)], result, helper, _plan.PythonName + "." + reflected + "()");
                    }
                }

                return true;
            }

            private List<CsType> OtherOperands(FunctionSpec function, bool includeSelf)
            {
                var imprecision = new Imprecision();
                var result = new List<CsType>();
                bool loose = false;
                foreach (SignatureSpec signature in function.Signatures.Where(s => s.Parameters.Count >= 1))
                {
                    var scope = new SignatureTypeScope { AllowGeneric = false, Class = _plan.Scope, SelfVariable = (signature.SelfType as PyTypeVariableType)?.Name };
                    foreach (CsType type in _owner.Mapper.MapParameter(signature.Parameters[0].Type, scope, imprecision))
                    {
                        CsType core = type is NullableType n ? n.Inner : type;
                        if (core is ObjectType or ArrayLikeType or PyObjectType)
                        {
                            loose = true;
                        }
                        else if (core is ScalarType or WrapperType && !result.Any(t => t.Key == core.Key))
                        {
                            result.Add(core);
                        }
                    }
                }

                if (loose)
                {
                    foreach (CsType type in new CsType[] { _self, PyObjectType.Instance, ScalarType.Int64, ScalarType.Double })
                    {
                        if (!result.Any(t => t.Key == type.Key))
                        {
                            result.Add(type);
                        }
                    }
                }

                if (!includeSelf)
                {
                    result.RemoveAll(t => t.Key == _self.Key || t is PyObjectType || t is WrapperType);
                }

                // Bool converts to nothing else implicitly but is ambiguous with nothing either; strings and wrappers
                // of other classes stay. The class itself comes first for readability.
                return result.OrderBy(t => t.Key == _self.Key ? 0 : t is PyObjectType ? 1 : 2).ToList();
            }

            /// <summary>
            /// The result of an operator: its overloads' return types unified, ignoring overloads that return
            /// <c>Any</c> when others are precise (numpy's object-dtype overloads); the converter still checks at run time.
            /// </summary>
            private CsType OperatorResult(FunctionSpec function)
            {
                var imprecision = new Imprecision();
                CsType? result = null;
                foreach (SignatureSpec signature in function.Signatures)
                {
                    var scope = new SignatureTypeScope { AllowGeneric = false, Class = _plan.Scope, SelfVariable = (signature.SelfType as PyTypeVariableType)?.Name };
                    CsType type = _owner.Mapper.MapReturn(signature.ReturnType, scope, imprecision);
                    if (type is VoidType || signature.ReturnType is PyAnyType || signature.ReturnType is PyNeverType)
                    {
                        continue;
                    }

                    result = result is null ? type : _owner._unit.Planner.UnifyReturns(result, type);
                }

                return result ?? PyObjectType.Instance;
            }

            private bool WriteConversion(string dunder, string target, CsType type, string helper)
            {
                if (!_dunders.ContainsKey(dunder))
                {
                    return false;
                }

                IndentedTextWriter writer = _owner._writer;
                writer.WriteLine($"/// <summary>Python's <c>{helper.ToLowerInvariant()}(value)</c>.</summary>");
                writer.WriteLine($"public static explicit operator {target}({_self.Syntax} value)");
                WriteOperatorCall(helper, [("value", _self, false)], type, _plan.PythonName + "." + dunder + "()", keepAlive: false);
                writer.WriteLine();
                return true;
            }

            private void WriteOperator(string op, (string Name, CsType Type)[] operands, CsType result, string helper, string context)
            {
                IndentedTextWriter writer = _owner._writer;
                CsType returned = result is VoidType ? PyObjectType.Instance : result;
                writer.WriteLine($"/// <summary>Python's <c>{XmlDocText.Escape(operands.Length == 1 ? op + "value" : "left " + op + " right")}</c> (<c>operator.{helper.ToLowerInvariant()}</c>).</summary>");
                writer.WriteLine($"public static {returned.Syntax} operator {op}({string.Join(", ", operands.Select(o => o.Type.Syntax + " " + o.Name))})");
                WriteOperatorCall(helper, operands.Select(o => (o.Name, o.Type, false)).ToArray(), returned, context, keepAlive: false);
                writer.WriteLine();
            }

            /// <summary>A call of one of the helpers' Python callables with positional arguments.</summary>
            private void WriteOperatorCall(string helper, (string Value, CsType Type, bool IsHandle)[] arguments, CsType result, string context, bool keepAlive)
            {
                IndentedTextWriter writer = _owner._writer;
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
                                : $"__args.Add({_owner.Argument(type, value, "an operand of " + context)});");
                        }

                        writer.WriteLine($"nint __result = __args.Call({EmittedNames.Helpers}.{helper}.Handle);");
                        writer.WriteLine(_owner.ReturnStatement(result, "__result", "the result of " + context));
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

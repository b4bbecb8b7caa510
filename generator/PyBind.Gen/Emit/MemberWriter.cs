using System;
using System.Collections.Generic;
using System.Linq;
using PyBind.Gen.Helpers;
using PyBind.Gen.Model;

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
    private sealed partial class MemberWriter
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

        private BindingStatistics Statistics => _unit.Statistics;

        // ------------------------------------------------------------ module

        /// <param name="planned">The module's constants and functions as planned.</param>
        /// <param name="classTexts">The writer of each top-level class by Python name, inserted in the order of the stub.</param>
        public void WriteModuleMembers(BoundModuleSpec module, PlannedModule planned, IReadOnlyDictionary<string, IndentedTextWriter> classTexts)
        {
            ModuleSpec spec = module.Module;
            foreach (PlannedValue<ConstantSpec> constant in planned.Constants)
            {
                WriteConstant(constant);
            }

            foreach (PlannedFunction function in planned.Functions)
            {
                WriteFunction(function, CallKind.Member, isStatic: true);
            }

            foreach (ReExportSpec reExport in spec.ReExports)
            {
                string home = reExport.SourceModule + "." + reExport.SourceName;
                _unit.ReportSkipped(spec.Name + "." + reExport.PythonName, _emitter.FindDraft(home) is ClassDraft plan
                    ? $"it re-exports '{home}', which is bound as {plan.CSharpName.Replace("global::", string.Empty)}"
                    : $"it re-exports '{home}', which is bound where its home module is bound");
            }

            if (module.DefinesClasses)
            {
                foreach (ClassSpec cls in spec.Classes)
                {
                    if (classTexts.TryGetValue(spec.Name + "." + cls.QualifiedName, out IndentedTextWriter? text))
                    {
                        _writer.AppendRaw(text);
                    }
                }
            }

            WriteFields();
        }

        private void WriteConstant(PlannedValue<ConstantSpec> planned)
        {
            ConstantSpec constant = planned.Spec;
            CsType type = planned.Type;
            Imprecision imprecision = planned.Imprecision;
            string field = AddField(EmittedNames.PyModuleMember, EmittedNames.Prefix + "Member_" + constant.Name, $"new({Literal(_module)}, {Literal(constant.PythonName)})");
            string path = _module + "." + constant.PythonName;
            Count([type], imprecision);
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
        private void Count(IEnumerable<CsType> types, Imprecision imprecision)
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
    }
}

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

            foreach (PlannedFactory factory in planned.Factories)
            {
                WriteFactory(factory);
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
            string field = AddField(EmittedNames.PyModuleMember, EmittedNames.Prefix + "Member_" + constant.Name, $"new({Literal(_module)}, {Literal(constant.PythonName)})");
            string path = _module + "." + constant.PythonName;
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

        /// <summary>A class alias's factory: one static method per constructor of the class, which it calls.</summary>
        private void WriteFactory(PlannedFactory factory)
        {
            foreach (MethodPlan constructor in factory.Constructors)
            {
                string parameters = string.Join(", ", constructor.Parameters.Select(p => p.Declaration));
                string arguments = string.Join(", ", constructor.Parameters.Select(p => p.Name));
                DocComments.WriteFactory(_writer, factory, _module, constructor, _unit, _emitter.LiteralsOf(_module));
                WritePriority(constructor);
                _writer.WriteLine($"public static {factory.ClassName} {factory.Name}({parameters}) => new({arguments});");
                _writer.WriteLine();
            }
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
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using PyBind.Gen.Helpers;
using PyBind.Gen.Model;
using PyBind.Gen.Naming;

namespace PyBind.Gen.Emit;

internal sealed partial class BindingEmitter
{
    // Classes: wrappers, exceptions and enums, with their constructors, properties and nested classes.
    private sealed partial class MemberWriter
    {
        /// <summary>Writes a class of the module into its own writer (classes are written in any order, once all are planned).</summary>
        public void WriteTopLevelClass(ClassPlan plan) => WriteClass(plan);

        private void WriteClass(ClassPlan plan)
        {
            _emitter._cancellationToken.ThrowIfCancellationRequested();
            string name = CSharpNames.EscapeKeyword(plan.Spec.Name);
            string hide = plan.IsNew ? "new " : string.Empty;
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
                foreach (PlannedValue<PropertySpec> property in plan.Properties)
                {
                    WriteExceptionProperty(property);
                }

                WriteNestedClasses(plan);
                WriteFields();
            }

            _writer.WriteLine();
        }

        private void WriteExceptionProperty(PlannedValue<PropertySpec> planned)
        {
            PropertySpec property = planned.Spec;
            CsType type = planned.Type;
            string path = PythonPath(property.PythonName);
            string field = AddField(EmittedNames.PyInternedName, EmittedNames.Prefix + "Name_" + property.Name, $"new({Literal(property.PythonName)})");
            // A generated exception base may declare the same attribute (smtplib.SMTPSenderRefused.smtp_error).
            string hide = planned.IsNew ? "new " : string.Empty;
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
        }

        private void WriteWrapperClass(ClassPlan plan, string name, string hide)
        {
            var special = new SpecialMembers(this, plan);
            string interfaces = plan.EnumerableItem is CsType item ? ", global::System.Collections.Generic.IEnumerable<" + item.Syntax + ">" : string.Empty;
            _writer.WriteLine($"public {hide}partial class {name} : {plan.BaseSyntax}, {EmittedNames.IPyWrapper}<{name}>{interfaces}");
            using (_writer.WriteBlock())
            {
                // How the runtime wraps an object of the class: explicit, so that none of it is a member users see.
                _writer.WriteLine($"private static readonly {EmittedNames.PyModuleMember} {EmittedNames.WrapperType} = new({Literal(plan.Module)}, {Literal(plan.Spec.QualifiedName)});");
                _writer.WriteLine();
                _writer.WriteLine($"static {name} {EmittedNames.IPyWrapper}<{name}>.Wrap(nint handle, {EmittedNames.PyOwnership} ownership) => new(handle, ownership);");
                _writer.WriteLine();
                // A new object rather than the field: the runtime asks for it while making the
                // converter that this class's own
                // static fields may be initializing (reading a field would start the class's
                // initialization inside its own).
                _writer.WriteLine($"static {EmittedNames.PyModuleMember} {EmittedNames.IPyWrapper}<{name}>.PythonType => new({Literal(plan.Module)}, {Literal(plan.Spec.QualifiedName)});");
                _writer.WriteLine();
                WriteConstructors(plan, name);
                foreach (PlannedValue<PropertySpec> property in plan.Properties)
                {
                    WriteProperty(property);
                }

                foreach (PlannedEnumMember member in plan.EnumMembers)
                {
                    WriteEnumMemberProperty(plan, name, member);
                }

                foreach (PlannedFunction method in plan.Methods)
                {
                    bool isStatic = method.Function!.Kind is FunctionKind.Static or FunctionKind.Class;
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
            foreach (ClassPlan nested in plan.Nested)
            {
                WriteClass(nested);
            }
        }

        /// <summary>The constructor that wraps a handle, then one per Python constructor signature.</summary>
        private void WriteConstructors(ClassPlan plan, string name)
        {
            PlannedFunction planned = plan.Constructors;
            IReadOnlyList<MethodPlan> plans = planned.Methods;

            // Wrapping (this(…), base(…), the converters' new X(handle, …)) must reach it even where a constructor that
            // takes null for None was given priority and could take (nint, PyOwnership) too, as
            // (object?, params object?[]).
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
                DocComments.WriteConstructor(_writer, plan.Spec.Docstring, constructor, path, _unit, _emitter.LiteralsOf(_module));
                WritePriority(constructor);
                _writer.WriteLine($"public {name}({parameters}) : this({creator}({arguments}), {EmittedNames.PyOwnership}.Steal) {{ }}");
                _writer.WriteLine();
                _writer.WriteLine($"private static nint {creator}({parameters})");
                WriteCallBody(constructor, CallKind.Member, EmittedNames.WrapperType, path, returnsHandle: true);
                _writer.WriteLine();
            }
        }

        private void WriteProperty(PlannedValue<PropertySpec> planned)
        {
            PropertySpec property = planned.Spec;
            CsType type = planned.Type;
            bool isStatic = property.Kind == PropertyKind.ClassVariable;
            string path = PythonPath(property.PythonName);
            string field = AddField(EmittedNames.PyInternedName, EmittedNames.Prefix + "Name_" + property.Name, $"new({Literal(property.PythonName)})");
            string modifiers = "public " + (isStatic ? "static " : string.Empty) + (planned.IsNew ? "new " : string.Empty);
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
        }

        /// <summary>A member of a Python enum that is not a C# enum: a static property returning the member.</summary>
        private void WriteEnumMemberProperty(ClassPlan plan, string name, PlannedEnumMember planned)
        {
            EnumMemberSpec member = planned.Spec;
            string field = AddField(EmittedNames.PyInternedName, EmittedNames.Prefix + "Name_" + member.Name, $"new({Literal(member.PythonName)})");
            string modifiers = "public static " + (planned.IsNew ? "new " : string.Empty);
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
    }
}

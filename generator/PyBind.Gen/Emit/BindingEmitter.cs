using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using PyBind.Gen.Diagnostics;
using PyBind.Gen.Helpers;
using PyBind.Gen.Model;
using PyBind.Gen.Naming;

namespace PyBind.Gen.Emit;

/// <summary>
/// Lowers one <see cref="BindingSpec"/> to C#: one file per bound module (the root file also holds the helpers and
/// the registrations), from the model alone. Members that could not be typed as precisely as their stub say so in
/// one Info diagnostic each, located in the stub.
/// </summary>
internal sealed partial class BindingEmitter
{
    /// <summary>The directive that turns nullable annotations on at the top of each generated file.</summary>
    internal const string NullableAnnotationsOnly = "#nullable enable annotations";

    /// <summary>The directive that turns nullable warnings (and so their flow analysis) off for a generated file.</summary>
    internal const string NullableWarningsOff = "#nullable disable warnings";

    private readonly BindingSpec _binding;
    private readonly LoweringContext _context;
    private readonly CancellationToken _cancellationToken;
    private readonly Dictionary<string, ClassPlan> _classes = new(StringComparer.Ordinal);
    private readonly List<ClassPlan> _registrations = [];
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, RenderedDocstring> _docstrings = new(StringComparer.Ordinal);

    /// <summary>Each module's string <c>Literal</c> sets, by module name (collected before writing; read by every thread).</summary>
    private readonly Dictionary<string, LiteralConstants> _literals = new(StringComparer.Ordinal);

    private BindingEmitter(BindingSpec binding, CancellationToken cancellationToken)
    {
        _binding = binding;
        _context = new LoweringContext(binding);
        _cancellationToken = cancellationToken;
        Statistics = new BindingStatistics(binding.Module.Name);
    }

    /// <summary>Counts of what was bound and how precisely (for the benchmark and the report; not part of the output).</summary>
    public BindingStatistics Statistics { get; }

    /// <summary>A test hook: called with the statistics of every binding emitted (benchmarks read the numbers here).</summary>
    internal static Action<BindingStatistics>? StatisticsObserver { get; set; }

    public static GeneratedBinding Emit(BindingSpec binding, CancellationToken cancellationToken) => Emit(binding, cancellationToken, out _);

    /// <summary><see cref="Emit(BindingSpec, CancellationToken)"/>, with the counts of what was bound and how precisely.</summary>
    public static GeneratedBinding Emit(BindingSpec binding, CancellationToken cancellationToken, out BindingStatistics statistics)
    {
        var emitter = new BindingEmitter(binding, cancellationToken);
        GeneratedBinding result = emitter.EmitAll();
        statistics = emitter.Statistics;
        StatisticsObserver?.Invoke(statistics);
        return result;
    }

    private GeneratedBinding EmitAll()
    {
        foreach (BoundModuleSpec module in _binding.Modules)
        {
            _literals[module.Module.Name] = LiteralConstants.Collect(module.Module, ModuleClassName(module));
        }

        // Classes first, in every module, so that a class can derive from one defined in another module of the tree
        // and so that hiding (the 'new' modifier) can be decided against its bases.
        foreach (BoundModuleSpec module in _binding.Modules.Where(m => m.DefinesClasses))
        {
            string container = ModuleClassName(module);
            foreach (ClassSpec cls in module.Module.Classes)
            {
                DeclareClass(module, cls, container, null);
            }
        }

        foreach (ClassPlan plan in _classes.Values)
        {
            ResolveBase(plan);
        }

        InheritMembers();

        // Then, on every core, what each class declares (its subclasses' 'new' modifiers depend on it), and once every
        // class is planned, the parts in any order: each top-level class, each module file once its classes are written
        // (it holds their text). The parts are numbered in the order one thread would write them, for their diagnostics.
        List<TopLevelClass> classes = ClassesInWritingOrder();
        var units = new WritingUnit[classes.Count + _binding.Modules.Count];
        var planning = new WorkSchedule();
        for (int i = 0; i < classes.Count; i++)
        {
            TopLevelClass cls = classes[i];
            WritingUnit unit = units[i] = NewUnit(i, cls.Module);
            planning.Add(() => PlanMembers(cls.Plan, unit));
        }

        planning.Run(_cancellationToken);

        var moduleTexts = new IndentedTextWriter[_binding.Modules.Count];
        var schedule = new WorkSchedule();
        var parts = new List<int>();
        foreach (TopLevelClass cls in classes)
        {
            WritingUnit unit = units[parts.Count];
            parts.Add(schedule.Add(() => WriteClass(cls, unit)));
        }

        var moduleParts = new List<int>();
        var classesOfModule = new List<TopLevelClass>[_binding.Modules.Count];
        for (int i = 0; i < _binding.Modules.Count; i++)
        {
            int index = i;
            int order = classes.Count + i;
            int part = schedule.Add(() => moduleTexts[index] = WriteModuleFile(_binding.Modules[index], isRoot: index == 0, units[order] = NewUnit(order, _binding.Modules[index])));
            moduleParts.Add(part);
            classesOfModule[i] = [];
            for (int j = 0; j < classes.Count; j++)
            {
                if (ReferenceEquals(classes[j].Module, _binding.Modules[index]))
                {
                    classesOfModule[i].Add(classes[j]);
                    schedule.AddDependency(part, parts[j]);
                }
            }
        }

        // A file is finished (its docstrings' first uses settled, its text handed to Roslyn, its writers' buffers
        // released) once every part before it in writing order is written: no later part can use a docstring first.
        var texts = new SourceText[_binding.Modules.Count];
        for (int i = 0; i < _binding.Modules.Count; i++)
        {
            int index = i;
            int finish = schedule.Add(() => texts[index] = FinishFile(index, moduleTexts, classesOfModule[index]));
            foreach (int part in parts)
            {
                schedule.AddDependency(finish, part);
            }

            for (int j = 0; j <= i; j++)
            {
                schedule.AddDependency(finish, moduleParts[j]);
            }
        }

        schedule.Run(_cancellationToken);

        var diagnostics = new List<DiagnosticInfo>();
        foreach (WritingUnit unit in units)
        {
            diagnostics.AddRange(unit.Diagnostics);
            Statistics.Add(unit.Statistics);
        }

        var files = new List<GeneratedFile>();
        for (int i = 0; i < _binding.Modules.Count; i++)
        {
            files.Add(new GeneratedFile(HintName(_binding.Modules[i]), texts[i]));
        }

        return new GeneratedBinding(_binding.Module.Name, files.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    /// <summary>Hands a module file's text to Roslyn and lets go of its writers and its classes' writers.</summary>
    private static SourceText FinishFile(int index, IndentedTextWriter[] moduleTexts, List<TopLevelClass> classesOfModule)
    {
        SourceText text = moduleTexts[index].ToText().ToSourceText(Encoding.UTF8);
        moduleTexts[index] = null!;
        foreach (TopLevelClass cls in classesOfModule)
        {
            cls.Plan.Text = null;
        }

        return text;
    }

    private WritingUnit NewUnit(int order, BoundModuleSpec module)
    {
        // Diagnostics point at the stub of the module's first place in the tree, wherever else it is bound too.
        string stubPath = _binding.Modules.First(m => m.Module.Name == module.Module.Name).StubPath;
        return new WritingUnit(this, order, _context.ForModule(module.Module), stubPath, CommonBase);
    }

    private string HintName(BoundModuleSpec module) =>
        SafeHintName(_binding.Target.FullyQualifiedMetadataName + (module.Path.IsEmpty ? string.Empty : "." + string.Join(".", module.Path))) + ".g.cs";

    /// <summary>
    /// <paramref name="name"/> with every character Roslyn refuses in a hint name (it throws, and the whole generator
    /// fails with CS8785) written <c>-XXXX</c>: letters and digits of any script, <c>_ . + `</c> stay. No C# name contains
    /// <c>-</c>, so distinct names stay distinct.
    /// </summary>
    internal static string SafeHintName(string name)
    {
        StringBuilder? safe = null;
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            bool allowed = char.IsLetterOrDigit(c) || c is '_' or '.' or '+' or '`';
            if (allowed && safe is null)
            {
                continue;
            }

            safe ??= new StringBuilder(name, 0, i, name.Length + 16);
            if (allowed)
            {
                safe.Append(c);
            }
            else
            {
                safe.Append('-').Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return safe?.ToString() ?? name;
    }

    /// <summary>The string <c>Literal</c> sets of a bound module, or null for a module of another binding.</summary>
    private LiteralConstants? LiteralsOf(string module) => _literals.TryGetValue(module, out LiteralConstants? literals) ? literals : null;

    /// <summary>The C# name of a module's class, <c>global::App.Np.Linalg</c>.</summary>
    private string ModuleClassName(BoundModuleSpec module) =>
        CSharpNames.GlobalName(_binding.Target) + string.Concat(module.Path.Select(p => "." + CSharpNames.EscapeKeyword(p)));

    // ---------------------------------------------------------------- files

    private IndentedTextWriter WriteModuleFile(BoundModuleSpec module, bool isRoot, WritingUnit unit)
    {
        TargetTypeSpec target = _binding.Target;
        var writer = new IndentedTextWriter();
        writer.WriteLine("// <auto-generated/>");
        writer.WriteLine($"// Generated by PyBind.Gen from the normalized stub of Python module '{module.Module.Name}'.");
        // Callers get the nullable annotations; the bodies skip nullable flow analysis (as System.Text.Json's generated
        // code does): a quarter of the compiler's work on numpy's bindings in every build, for warnings a user could not
        // act on (the tests turn them back on for us).
        writer.WriteLine(NullableAnnotationsOnly);
        writer.WriteLine(NullableWarningsOff);
        writer.WriteLine("#pragma warning disable CS1591, CS1573, CS0618, CS8669");
        writer.WriteLine();

        var blocks = new Stack<IndentedTextWriter.Block>();
        if (target.Namespace.Length > 0)
        {
            writer.WriteLine("namespace " + target.Namespace);
            blocks.Push(writer.WriteBlock());
        }

        foreach (ContainingTypeSpec containing in target.ContainingTypes)
        {
            writer.WriteLine((containing.IsStatic ? "static " : string.Empty) + "partial " + containing.Keyword + " " + TypeName(containing.Name, containing.TypeParameters));
            blocks.Push(writer.WriteBlock());
        }

        writer.WriteLine("static partial class " + TypeName(target.Name, target.TypeParameters));
        blocks.Push(writer.WriteBlock());

        for (int i = 0; i < module.Path.Count; i++)
        {
            if (i == module.Path.Count - 1)
            {
                DocComments.WriteModule(writer, module.Module);
                writer.WriteLine("public static partial class " + CSharpNames.EscapeKeyword(module.Path[i]));
            }
            else
            {
                writer.WriteLine("static partial class " + CSharpNames.EscapeKeyword(module.Path[i]));
            }

            blocks.Push(writer.WriteBlock());
        }

        var members = new MemberWriter(this, unit, writer, module.Module.Name, ModuleClassName(module), null);
        members.WriteModuleMembers(module);
        LiteralConstants literals = _literals[module.Module.Name];
        if (!literals.IsEmpty)
        {
            literals.Write(writer, module.Module.Name);
        }

        if (isRoot)
        {
            writer.WriteLine();
            writer.Write(HelpersSource.Text);
        }

        while (blocks.Count > 0)
        {
            blocks.Pop().Dispose();
        }

        if (isRoot)
        {
            WriteModuleInitializer(writer, unit);
        }

        return writer;
    }

    /// <summary>
    /// A module initializer registering the build record, exception classes, wrappers and enums with the runtime, in a
    /// file-local class outside the <c>[PyImport]</c> class: none of this plumbing is a member users see.
    /// </summary>
    private void WriteModuleInitializer(IndentedTextWriter writer, WritingUnit unit)
    {
        TargetTypeSpec target = _binding.Target;
        bool canInitialize = !target.IsInGenericType && target.EffectiveAccessibility is Accessibility.Public or Accessibility.Internal;
        if (!canInitialize)
        {
            if (_registrations.Any(c => c.IsException))
            {
                unit.Report(target.Name, null, "the [PyImport] class is generic or not visible to its whole assembly, so its exception classes are not registered with the runtime (catch the base Python exception types); As<T>() of its classes needs PyConverters.RegisterWrapper<T>() first");
            }

            return;
        }

        writer.WriteLine();
        writer.WriteLine("/// <summary>Registers this assembly's build record, and the generated exception classes, wrappers and enums, with the runtime when the assembly loads.</summary>");
        writer.WriteLine($"file static class {EmittedNames.Prefix}ModuleInitializer");
        using (writer.WriteBlock())
        {
            writer.WriteLine("[global::System.Runtime.CompilerServices.ModuleInitializer]");
            writer.WriteLine("internal static void Initialize()");
            using (writer.WriteBlock())
            {
                // The interpreter this assembly was built for, and the folder of its own .py modules, whatever the entry
                // assembly is (a test runner, a benchmark host).
                writer.WriteLine($"{EmittedNames.PyBuildRecord}.Register(typeof({CSharpNames.GlobalName(target)}).Assembly);");
                foreach (ClassPlan cls in _registrations)
                {
                    if (cls.IsException)
                    {
                        writer.WriteLine($"{EmittedNames.PythonExceptionRegistry}.Register<{cls.CSharpName}>(new {EmittedNames.PyModuleMember}({Literal(cls.Module)}, {Literal(cls.Spec.QualifiedName)}));");
                    }
                    else if (cls.IsEnum)
                    {
                        writer.WriteLine($"{EmittedNames.PyConverters}.Register({TypeMapper.EnumConverter(cls.CSharpName, cls.Module, cls.Spec.QualifiedName)});");
                    }
                    else
                    {
                        writer.WriteLine($"{EmittedNames.PyConverters}.RegisterWrapper<{cls.CSharpName}>();");
                    }
                }
            }
        }
    }

    // ---------------------------------------------------------------- classes

    /// <summary>A class of the binding, planned before anything is written.</summary>
    internal sealed class ClassPlan(ClassSpec spec, string module, string csharpName, string container, ClassPlan? outer)
    {
        /// <summary>The class as its stub describes it, then with the members it inherits from bases outside its C# base chain.</summary>
        public ClassSpec Spec { get; set; } = spec;

        public string Module { get; } = module;

        /// <summary><c>global::App.Np.Ndarray</c>.</summary>
        public string CSharpName { get; } = csharpName;

        /// <summary>The C# class it is nested in (a module class or another wrapper).</summary>
        public string Container { get; } = container;

        public ClassPlan? Outer { get; } = outer;

        /// <summary>The Python name used to look it up: <c>numpy.ndarray</c>, <c>pkg.Outer.Inner</c>.</summary>
        public string PythonName => Module + "." + Spec.QualifiedName;

        public bool IsException => Spec.Kind == ClassKind.Exception;

        public bool IsEnum => ClassShapes.IsCSharpEnum(Spec);

        public bool IsWrapper => !IsException && !IsEnum;

        /// <summary>
        /// What the types of its members see of it: <c>Self</c> (an exception is no PyObject: where its stub says Self,
        /// it is the Python exception object) and its type variables.
        /// </summary>
        public ClassScope Scope { get; } = new(spec.Kind == ClassKind.Exception ? PyObjectType.Instance : WrapperType.Generated(csharpName), spec.TypeParameters.ToList());

        /// <summary>The generated base class in this binding, if any.</summary>
        public ClassPlan? Base { get; set; }

        /// <summary>The base type as written: a wrapper, <c>PyObject</c>, or an exception mirror.</summary>
        public string BaseSyntax { get; set; } = EmittedNames.PyObject;

        /// <summary>
        /// The C# signatures of the members it declares, planned before any class is written, for the 'new' decisions
        /// of its subclasses: name → signature keys ("property" for non-methods).
        /// </summary>
        public Dictionary<string, List<string>> Members { get; } = new(StringComparer.Ordinal);

        /// <summary>The overloads of each of its methods, in the order of <c>Spec.Methods</c>, planned with its <see cref="Members"/>.</summary>
        public List<PlannedFunction> Methods { get; } = [];

        /// <summary>The overloads of <c>Invoke</c> (its <c>__call__</c>), if it has one.</summary>
        public PlannedFunction? Invoke { get; set; }

        /// <summary>The typed indexers of its <c>__getitem__</c>: key and value type, one per distinct key.</summary>
        public List<(CsType Key, CsType Value)> Indexers { get; } = [];

        /// <summary>The text of a top-level class, once written (at the indentation of its module class).</summary>
        public IndentedTextWriter? Text { get; set; }

        /// <summary>Whether its dunder methods make operators; subclasses inherit them and declare none (C# overload resolution stays unambiguous).</summary>
        public bool DeclaresOperators { get; set; }

        public void AddMember(string name, string key)
        {
            if (!Members.TryGetValue(name, out List<string>? keys))
            {
                Members[name] = keys = [];
            }

            keys.Add(key);
        }

        /// <summary>Whether a member <paramref name="name"/> with signature <paramref name="key"/> would hide one of a base ("property" for a non-method).</summary>
        public bool Hides(string name, string key)
        {
            for (ClassPlan? current = Base; current is not null; current = current.Base)
            {
                if (current.Members.TryGetValue(name, out List<string>? keys)
                    && (key == MemberKeys.Property || keys.Contains(MemberKeys.Property) || keys.Contains(key)))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether a base declares operators (the nearest one that does writes them; see <see cref="DeclaresOperators"/>).</summary>
        public bool InheritsOperators
        {
            get
            {
                for (ClassPlan? current = Base; current is not null; current = current.Base)
                {
                    if (current.DeclaresOperators)
                    {
                        return true;
                    }
                }

                return false;
            }
        }
    }

    internal static class MemberKeys
    {
        public const string Property = "property";
    }

    private void DeclareClass(BoundModuleSpec module, ClassSpec cls, string container, ClassPlan? outer)
    {
        if (!ClassShapes.IsBound(module.Module.Name, cls))
        {
            return;
        }

        string csName = container + "." + CSharpNames.EscapeKeyword(cls.Name);
        var plan = new ClassPlan(cls, module.Module.Name, csName, container, outer);
        _classes[plan.PythonName] = plan;
        _registrations.Add(plan);
        _context.AddOwnClass(new ClassRefSpec(plan.PythonName, plan.Module, csName, cls.Kind, plan.IsEnum, _binding.Target.FullyQualifiedMetadataName, _binding.Target.EffectiveAccessibility));
        foreach (ClassSpec nested in cls.NestedClasses)
        {
            DeclareClass(module, nested, csName, plan);
        }
    }

    /// <summary>
    /// The first Python base with a C# type becomes the C# base: a generated class of this binding, or for exceptions
    /// the runtime's mirror of a builtin. C# has one base class; the others' members are reached through Python.
    /// </summary>
    private void ResolveBase(ClassPlan plan)
    {
        if (plan.IsEnum)
        {
            return;
        }

        plan.BaseSyntax = plan.IsException ? EmittedNames.PythonException : EmittedNames.PyObject;
        foreach (PyTypeSpec baseType in plan.Spec.Bases)
        {
            PyClassType? cls = PyTypeAlgebra.BaseClass(baseType);
            if (cls is null)
            {
                continue;
            }

            if (_classes.TryGetValue(cls.FullName, out ClassPlan? generated) && generated != plan && !IsAncestor(plan, generated) && generated.IsException == plan.IsException && !generated.IsEnum)
            {
                plan.Base = generated;
                plan.BaseSyntax = generated.CSharpName;
                return;
            }

            if (plan.IsException && cls.Module == PythonNames.Builtins && KnownPythonTypes.RuntimeException(cls.QualifiedName) is string mirror)
            {
                plan.BaseSyntax = mirror;
                return;
            }
        }
    }

    private static bool IsAncestor(ClassPlan plan, ClassPlan candidate)
    {
        for (ClassPlan? current = candidate; current is not null; current = current.Base)
        {
            if (current == plan)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A top-level class to write, and the module it is written in.</summary>
    private sealed class TopLevelClass(ClassPlan plan, BoundModuleSpec module)
    {
        public ClassPlan Plan { get; } = plan;

        public BoundModuleSpec Module { get; } = module;
    }

    /// <summary>
    /// The top-level classes in the order one thread would write them: bases before subclasses (the order diagnostics
    /// are reported in, and a docstring's first use decided by).
    /// </summary>
    private List<TopLevelClass> ClassesInWritingOrder()
    {
        var order = new List<TopLevelClass>();
        var done = new HashSet<ClassPlan>();
        var inProgress = new HashSet<ClassPlan>();
        foreach (BoundModuleSpec module in _binding.Modules.Where(m => m.DefinesClasses))
        {
            foreach (ClassSpec cls in module.Module.Classes)
            {
                if (FindPlan(module.Module.Name + "." + cls.QualifiedName) is ClassPlan plan)
                {
                    Visit(plan, module);
                }
            }
        }

        return order;

        void Visit(ClassPlan plan, BoundModuleSpec module)
        {
            if (done.Contains(plan) || !inProgress.Add(plan))
            {
                return;
            }

            // Bases of the class and of its nested classes first (a cycle through nesting is broken arbitrarily).
            foreach (ClassPlan dependency in BasesOf(plan).Select(TopLevel).Where(d => d != plan))
            {
                BoundModuleSpec? home = _binding.Modules.FirstOrDefault(m => m.DefinesClasses && m.Module.Name == dependency.Module);
                if (home is not null)
                {
                    Visit(dependency, home);
                }
            }

            order.Add(new TopLevelClass(plan, module));
            inProgress.Remove(plan);
            done.Add(plan);
        }
    }

    /// <summary>Writes a top-level class at the indentation of its module class, for the module file to insert.</summary>
    private void WriteClass(TopLevelClass cls, WritingUnit unit)
    {
        var writer = new IndentedTextWriter(ModuleClassDepth(cls.Module));
        new MemberWriter(this, unit, writer, cls.Module.Module.Name, ModuleClassName(cls.Module), null).WriteTopLevelClass(cls.Plan);
        cls.Plan.Text = writer;
    }

    private IEnumerable<ClassPlan> BasesOf(ClassPlan plan)
    {
        if (plan.Base is not null)
        {
            yield return plan.Base;
        }

        foreach (ClassSpec nested in plan.Spec.NestedClasses)
        {
            if (FindPlan(plan.Module + "." + nested.QualifiedName) is ClassPlan nestedPlan)
            {
                foreach (ClassPlan b in BasesOf(nestedPlan))
                {
                    yield return b;
                }
            }
        }
    }

    private static ClassPlan TopLevel(ClassPlan plan)
    {
        while (plan.Outer is not null)
        {
            plan = plan.Outer;
        }

        return plan;
    }

    /// <summary>The indentation of a module class's members: namespace, containing types, the target, the submodule path.</summary>
    private int ModuleClassDepth(BoundModuleSpec module) =>
        (_binding.Target.Namespace.Length > 0 ? 1 : 0) + _binding.Target.ContainingTypes.Count + 1 + module.Path.Count;

    /// <summary>The nearest generated class both wrappers derive from (not PyObject), by C# name.</summary>
    private string? CommonBase(string a, string b)
    {
        ClassPlan? first = _classes.Values.FirstOrDefault(c => c.CSharpName == a);
        ClassPlan? second = _classes.Values.FirstOrDefault(c => c.CSharpName == b);
        for (ClassPlan? x = first; x is not null; x = x.Base)
        {
            for (ClassPlan? y = second; y is not null; y = y.Base)
            {
                if (x == y)
                {
                    return x.CSharpName;
                }
            }
        }

        return null;
    }

    /// <summary>A docstring parsed and escaped once for the binding (overloads and repeated modules share it).</summary>
    internal RenderedDocstring RenderDocstring(string? docstring)
    {
        if (docstring is null)
        {
            return RenderedDocstring.Empty;
        }

        return _docstrings.GetOrAdd(docstring, text => RenderedDocstring.Of(text, ExceptionClassNamed));
    }

    internal ClassPlan? FindPlan(string pythonName) => _classes.TryGetValue(pythonName, out ClassPlan? plan) ? plan : null;

    /// <summary>The C# name of a generated exception class, by its Python name as a docstring writes it (<c>LinAlgError</c>, <c>numpy.linalg.LinAlgError</c>).</summary>
    internal string? ExceptionClassNamed(string name)
    {
        if (_classes.TryGetValue(name, out ClassPlan? exact) && exact.IsException)
        {
            return exact.CSharpName;
        }

        ClassPlan? match = null;
        foreach (ClassPlan plan in _classes.Values)
        {
            if (plan.IsException && plan.Spec.PythonName == name)
            {
                if (match is not null && match != plan)
                {
                    return null;
                }

                match = plan;
            }
        }

        return match?.CSharpName;
    }

    // ---------------------------------------------------------------- diagnostics and statistics

    internal static string TypeName(string name, EquatableArray<string> typeParameters) =>
        CSharpNames.EscapeKeyword(name)
        + (typeParameters.IsEmpty ? string.Empty : "<" + string.Join(", ", typeParameters.Select(CSharpNames.EscapeKeyword)) + ">");

    internal static string Literal(string text) => SymbolDisplay.FormatLiteral(text, quote: true);

    internal static string IntLiteral(long value) => value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>What one binding bound, and how precisely: the numbers the benchmark prints.</summary>
internal sealed class BindingStatistics(string module)
{
    public string Module { get; } = module;

    /// <summary>Functions, methods, constructors, properties and constants that got a binding.</summary>
    public int Members { get; set; }

    /// <summary>Members whose every parameter and result has a specific C# type (no <c>object</c>, no <c>PyObject</c>).</summary>
    public int FullyTyped { get; set; }

    /// <summary>Members with <c>object</c>/<c>PyObject</c> only where the stub itself says <c>Any</c> (or nothing).</summary>
    public int AnyInStub { get; set; }

    /// <summary>Members typed less precisely than their stub (PYB0009).</summary>
    public int Degraded { get; set; }

    /// <summary>The kind of each reason a member was degraded for (one entry per reason; the report counts them).</summary>
    public List<string> Reasons { get; } = [];

    public int Classes { get; set; }

    public int Skipped { get; set; }

    /// <summary>Adds the counts of one part of the binding.</summary>
    public void Add(BindingStatistics part)
    {
        Members += part.Members;
        FullyTyped += part.FullyTyped;
        AnyInStub += part.AnyInStub;
        Degraded += part.Degraded;
        Classes += part.Classes;
        Skipped += part.Skipped;
        Reasons.AddRange(part.Reasons);
    }
}

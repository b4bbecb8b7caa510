using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
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
    private readonly Dictionary<string, ClassDraft> _classes = new(StringComparer.Ordinal);
    private readonly List<ClassDraft> _registrations = [];

    /// <summary>What the module initializer registers, settled before writing (see <see cref="WriteModuleInitializer"/>).</summary>
    private ImmutableArray<Registration> _registered = [];
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

        DeclareReferencedClasses();

        // A list: resolving a base may declare an outside base (see BindingEmitter.Inheritance).
        foreach (ClassDraft plan in _classes.Values.ToList())
        {
            ResolveBase(plan);
        }

        List<BoundModuleSpec> files = FilesToWrite();
        InheritMembers();

        // Then, on every core, the plans: what each class declares (its subclasses' 'new' modifiers depend on it), the
        // overloads of every function, and which use of each docstring is its first. The parts are numbered in the order
        // one thread would write them (for the order of diagnostics and of docstring uses).
        List<TopLevelClass> classes = ClassesInWritingOrder(files);
        var units = new WritingUnit[classes.Count + files.Count];
        var moduleMembers = new PlannedModule[files.Count];
        var planning = new WorkSchedule();
        for (int i = 0; i < classes.Count; i++)
        {
            TopLevelClass cls = classes[i];
            WritingUnit unit = units[i] = NewUnit(i, cls.Module);
            planning.Add(() => PlanMembers(cls.Draft, unit));
        }

        for (int i = 0; i < files.Count; i++)
        {
            int index = i;
            WritingUnit unit = units[classes.Count + i] = NewUnit(classes.Count + i, files[i]);
            planning.Add(() => moduleMembers[index] = PlanModuleMembers(files[index], unit));
        }

        planning.Run(_cancellationToken);

        // Then the plans the writers get, immutable, each class's 'new' modifiers decided against its complete bases.
        for (int i = 0; i < files.Count; i++)
        {
            moduleMembers[i] = moduleMembers[i].Settled(PlanFactories(files[i]));
        }

        var plans = new ClassPlan[classes.Count];
        MarkTypedEnumerableBases();
        for (int i = 0; i < classes.Count; i++)
        {
            plans[i] = Lower(classes[i].Draft, null);
        }

        _registered = [.. _registrations.Select(c => new Registration(c.CSharpName, c.Module, c.Spec.QualifiedName, c.IsException, c.IsEnum))];

        // What the plans bound and lost: the statistics and diagnostics, in writing order, before any text.
        var report = new PlanReport(this, Statistics);
        for (int i = 0; i < classes.Count; i++)
        {
            report.AddClass(plans[i], units[i].StubPath);
        }

        for (int i = 0; i < files.Count; i++)
        {
            report.AddModule(files[i].Module, moduleMembers[i], units[classes.Count + i].StubPath);
            if (i == 0)
            {
                report.AddRegistrations(_registered);
            }
        }

        // Then the text, every part in any order: each top-level class into a writer of its own, each module file into
        // one that takes its classes' writers by reference. Last, each file's text is read out of its writers.
        var classTexts = new Dictionary<string, IndentedTextWriter>(StringComparer.Ordinal);
        for (int i = 0; i < classes.Count; i++)
        {
            classTexts[plans[i].PythonName] = new IndentedTextWriter(ModuleClassDepth(classes[i].Module));
        }

        var fileTexts = new IndentedTextWriter[files.Count];
        var writing = new WorkSchedule();
        for (int i = 0; i < classes.Count; i++)
        {
            ClassPlan plan = plans[i];
            BoundModuleSpec module = classes[i].Module;
            WritingUnit unit = units[i];
            writing.Add(() => WriteClass(plan, module, classTexts[plan.PythonName], unit));
        }

        for (int i = 0; i < files.Count; i++)
        {
            int index = i;
            writing.Add(() => fileTexts[index] = WriteModuleFile(files[index], isRoot: index == 0, moduleMembers[index], classTexts, units[classes.Count + index]));
        }

        writing.Run(_cancellationToken);

        var texts = new SourceText[files.Count];
        var reading = new WorkSchedule();
        for (int i = 0; i < files.Count; i++)
        {
            int index = i;
            reading.Add(() =>
            {
                SourceText text = fileTexts[index].ToText().ToSourceText(Encoding.UTF8);
                texts[index] = _binding.DeclarationsOnly ? MemberBodies.Remove(text, _cancellationToken) : text;
            });
        }

        reading.Run(_cancellationToken);

        var generated = new List<GeneratedFile>();
        for (int i = 0; i < files.Count; i++)
        {
            generated.Add(new GeneratedFile(HintName(files[i]), texts[i]));
        }

        return new GeneratedBinding(_binding.Module.Name, generated.ToEquatableArray(), report.Diagnostics.ToEquatableArray());
    }

    private WritingUnit NewUnit(int order, BoundModuleSpec module)
    {
        // Diagnostics point at the stub of the module's first place in the tree, wherever else it is bound too.
        string stubPath = FilesToWrite().First(m => m.Module.Name == module.Module.Name).StubPath;
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

    /// <summary>A docstring parsed and escaped once for the binding (overloads and repeated modules share it).</summary>
    internal RenderedDocstring RenderDocstring(string? docstring)
    {
        if (docstring is null)
        {
            return RenderedDocstring.Empty;
        }

        return _docstrings.GetOrAdd(docstring, text => RenderedDocstring.Of(text, ExceptionClassNamed));
    }

    // ---------------------------------------------------------------- names and literals

    internal static string TypeName(string name, EquatableArray<string> typeParameters) =>
        CSharpNames.EscapeKeyword(name)
        + (typeParameters.IsEmpty ? string.Empty : "<" + string.Join(", ", typeParameters.Select(CSharpNames.EscapeKeyword)) + ">");

    internal static string Literal(string text) => SymbolDisplay.FormatLiteral(text, quote: true);

    internal static string IntLiteral(long value) => value.ToString(CultureInfo.InvariantCulture);
}

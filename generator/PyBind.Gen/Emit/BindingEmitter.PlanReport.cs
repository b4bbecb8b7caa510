using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.Text;
using PyBind.Gen.Diagnostics;
using PyBind.Gen.Model;

namespace PyBind.Gen.Emit;

internal sealed partial class BindingEmitter
{
    /// <summary>
    /// What a binding's plans bound and lost, read off the plans before anything is written: the statistics, and one
    /// diagnostic per member typed less precisely than its stub (PYB0009) or not bound (PYB0010). The parts are added in
    /// writing order (the order one thread would write them in), which orders the diagnostics.
    /// </summary>
    private sealed class PlanReport(BindingEmitter emitter, BindingStatistics statistics)
    {
        /// <summary>Where the diagnostics of the part being added point: the stub of its module (see <see cref="WritingUnit"/>).</summary>
        private LocationInfo _stub = null!;

        public List<DiagnosticInfo> Diagnostics { get; } = [];

        /// <summary>A top-level class and its nested classes, whose module's stub is <paramref name="stubPath"/>.</summary>
        public void AddClass(ClassPlan plan, string stubPath)
        {
            _stub = StubLocation(stubPath);
            AddClass(plan);
        }

        /// <summary>A module's constants, functions and re-exports, whose stub (at its first place) is <paramref name="stubPath"/>.</summary>
        public void AddModule(ModuleSpec module, PlannedModule planned, string stubPath)
        {
            _stub = StubLocation(stubPath);
            foreach (PlannedValue<ConstantSpec> constant in planned.Constants)
            {
                AddMember(module.Name + "." + constant.Spec.PythonName, [constant.Type], constant.Imprecision);
            }

            foreach (PlannedFunction function in planned.Functions)
            {
                AddFunction(module.Name, function);
            }

            foreach (ReExportSpec reExport in module.ReExports)
            {
                string home = reExport.SourceModule + "." + reExport.SourceName;
                ReportSkipped(module.Name + "." + reExport.PythonName, emitter.FindDraft(home) is ClassDraft bound
                    ? $"it re-exports '{home}', which is bound as {bound.CSharpName.Replace("global::", string.Empty)}"
                    : $"it re-exports '{home}', which is bound where its home module is bound");
            }
        }

        /// <summary>The binding's exception classes, when the module initializer cannot register them (see <see cref="CanRegister"/>).</summary>
        public void AddRegistrations(IEnumerable<Registration> registered)
        {
            if (!emitter.CanRegister && registered.Any(c => c.IsException))
            {
                Report(emitter._binding.Target.Name, null, "the [PyImport] class is generic or not visible to its whole assembly, so its exception classes are not registered with the runtime (catch the base Python exception types); As<T>() of its classes needs PyConverters.RegisterWrapper<T>() first");
            }
        }

        private void AddClass(ClassPlan plan)
        {
            statistics.Classes++;
            if (plan.IsEnum)
            {
                return;
            }

            if (plan.Constructors.Methods.Count > 0)
            {
                AddMember(plan.PythonName + ".__init__", plan.Constructors.Methods.SelectMany(m => m.Parameters.Select(p => p.Type)), plan.Constructors.Imprecision);
            }

            foreach (PlannedValue<PropertySpec> property in plan.Properties)
            {
                AddMember(plan.PythonName + "." + property.Spec.PythonName, [property.Type], property.Imprecision);
            }

            if (plan.IsException)
            {
                statistics.Skipped += plan.Spec.Methods.Count;
                foreach (FunctionSpec method in plan.Spec.Methods)
                {
                    ReportSkipped(plan.PythonName + "." + method.PythonName, "methods of exception classes are not bound (call them on GetPythonException())");
                }
            }

            // A Python enum's members are its own instances: typed exactly.
            statistics.Members += plan.EnumMembers.Length;
            statistics.FullyTyped += plan.EnumMembers.Length;
            foreach (PlannedFunction method in plan.Methods)
            {
                AddFunction(plan.PythonName, method);
            }

            if (plan.Invoke is PlannedFunction invoke)
            {
                AddFunction(plan.PythonName, invoke);
            }

            foreach (ClassPlan nested in plan.Nested)
            {
                AddClass(nested);
            }
        }

        private void AddFunction(string owner, PlannedFunction function) =>
            AddMember(owner + "." + function.Function!.PythonName, function.Methods.SelectMany(m => m.Parameters.Select(p => p.Type).Append(m.Return)), function.Imprecision);

        private void AddMember(string path, IEnumerable<CsType> types, Imprecision imprecision)
        {
            statistics.Count(types, imprecision);
            Report(path, imprecision);
        }

        /// <summary>Reports a member bound less precisely than its stub (PYB0009).</summary>
        private void Report(string member, Imprecision? imprecision, string? reason = null)
        {
            IEnumerable<string> reasons = imprecision?.Reasons ?? [];
            if (reason is not null)
            {
                reasons = reasons.Append(reason);
            }

            string text = string.Join("; ", reasons.Take(4));
            if (text.Length > 0)
            {
                Diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MemberDegraded, _stub, member, text));
            }
        }

        private void ReportSkipped(string member, string reason) =>
            Diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MemberSkipped, _stub, member, reason));

        private static LocationInfo StubLocation(string stubPath) => new(stubPath, default, default(LinePositionSpan));
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using PyBind.Gen.Model;

namespace PyBind.Gen.Emit;

internal sealed partial class BindingEmitter
{
    /// <summary>
    /// Plans what a class's dunder methods become: operators (<c>+</c> from <c>__add__</c>/<c>__radd__</c> through Python's
    /// <c>operator.add</c>, so NotImplemented and reflection work as in Python), explicit conversions (<c>__float__</c>,
    /// <c>__int__</c>, <c>__index__</c>), typed indexers (<c>__getitem__</c>/<c>__setitem__</c>), <c>IEnumerable&lt;T&gt;</c>
    /// (<c>__iter__</c>), awaiting (<c>__await__</c>) and <c>Invoke</c> (<c>__call__</c>); <see cref="MemberWriter.SpecialMembers"/>
    /// writes them. <c>Count</c>, <c>Contains</c>, <c>ToString</c>, <c>Equals</c> and <c>GetHashCode</c> are <c>PyObject</c>'s
    /// already (<c>len</c>, <c>in</c>, <c>str</c>, <c>==</c>, <c>hash</c>).
    /// </summary>
    private sealed class SpecialMemberPlanner
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

        private readonly ClassDraft _plan;
        private readonly Dictionary<string, FunctionSpec> _dunders;
        private readonly CsType _self;

        private SpecialMemberPlanner(ClassDraft plan, Dictionary<string, FunctionSpec> dunders)
        {
            _plan = plan;
            _dunders = dunders;
            _self = plan.Scope.Self;
        }

        /// <summary>A class's dunder methods by Python name (the first of each name).</summary>
        public static Dictionary<string, FunctionSpec> Dunders(ClassSpec spec) =>
            spec.SpecialMethods.GroupBy(m => m.PythonName).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        /// <summary>Whether dunder methods make operators or explicit conversions (see <see cref="PlanOperators"/>).</summary>
        public static bool DeclaresOperators(Dictionary<string, FunctionSpec> dunders) =>
            s_binary.Any(b => dunders.ContainsKey(b.Dunder) || dunders.ContainsKey(b.Reflected))
            || s_comparisons.Any(c => dunders.ContainsKey(c.Dunder) && dunders.ContainsKey(c.Pair))
            || s_unary.Any(u => dunders.ContainsKey(u.Dunder))
            || dunders.ContainsKey("__float__") || dunders.ContainsKey("__int__") || dunders.ContainsKey("__index__");

        /// <summary>
        /// The typed indexers <c>__getitem__</c> makes: one per distinct key type, with the value types of the
        /// overloads taking it unified. A key that maps to <c>object</c> or an array-like adds nothing to
        /// <c>PyObject</c>'s own indexer (it takes <c>object?</c>).
        /// </summary>
        public static List<(CsType Key, CsType Value)> Indexers(WritingUnit unit, ClassScope scope, FunctionSpec getItem)
        {
            var imprecision = new Imprecision();
            var keys = new Dictionary<string, (CsType Key, CsType Value)>(StringComparer.Ordinal);
            foreach (SignatureSpec signature in getItem.Signatures.Where(s => s.Parameters.Count == 1))
            {
                var signatureScope = new SignatureTypeScope { AllowGeneric = false, Class = scope, SelfVariable = (signature.SelfType as PyTypeVariableType)?.Name };
                CsType result = unit.Mapper.MapReturn(signature.ReturnType, signatureScope, imprecision);
                foreach (CsType key in unit.Mapper.MapParameter(signature.Parameters[0].Type, signatureScope, imprecision))
                {
                    if (key is ObjectType or ArrayLikeType or NullableType || result is VoidType)
                    {
                        continue;
                    }

                    keys[key.Key] = keys.TryGetValue(key.Key, out var existing) ? (key, unit.Planner.UnifyReturns(existing.Value, result)) : (key, result);
                }
            }

            return keys.Values.ToList();
        }

        /// <summary>
        /// Plans what <paramref name="plan"/>'s dunders become beyond its indexers and <c>Invoke</c>: the item type of
        /// <c>IEnumerable&lt;T&gt;</c>, the result of awaiting it, its operators and conversions.
        /// </summary>
        public static void Plan(WritingUnit unit, ClassDraft plan, Dictionary<string, FunctionSpec> dunders)
        {
            var self = new SpecialMemberPlanner(plan, dunders);
            if (dunders.TryGetValue("__iter__", out FunctionSpec? iter))
            {
                dunders.TryGetValue("__next__", out FunctionSpec? next);
                CsType item = self.IteratorItem(unit, iter, next);

                // An iterator whose items the stub does not type (itertools' classes), or a container of items of its
                // class type variable (a deque, a Counter: wrappers are not generic) still enumerates its items as
                // PyObjects, so LINQ works on it; another class's Any items add nothing to PyObject's own GetEnumerator
                // (an ndarray as IEnumerable<PyObject> would also be an IEnumerable<object> to overload resolution).
                bool enumeratesObjects = next is not null || self.IteratesClassVariable(iter);
                plan.EnumerableItem = item is ObjectType or VoidType || (item is PyObjectType && !enumeratesObjects) ? null : item;
            }

            if (dunders.TryGetValue("__await__", out FunctionSpec? awaitMethod))
            {
                plan.AwaitResult = self.AwaitResult(unit, awaitMethod);
            }

            self.PlanOperators(unit);
        }

        /// <summary>
        /// The items <c>iter()</c> gives: those of the iterator <c>__iter__</c> returns, or for an iterator class, whose
        /// <c>__iter__</c> returns itself, what its <c>__next__</c> returns; <c>PyObject</c> when neither says.
        /// </summary>
        private CsType IteratorItem(WritingUnit unit, FunctionSpec iter, FunctionSpec? next)
        {
            var imprecision = new Imprecision();
            SignatureSpec signature = iter.Signatures[0];
            var scope = new SignatureTypeScope { AllowGeneric = false, Class = _plan.Scope, SelfVariable = (signature.SelfType as PyTypeVariableType)?.Name };
            CsType result = unit.Mapper.MapReturn(signature.ReturnType, scope, imprecision);
            if (result is CollectionType collection && (result.Syntax.StartsWith("global::System.Collections.Generic.IEnumerable<", StringComparison.Ordinal)
                || result.Syntax.StartsWith("global::PyBind.PyIterator<", StringComparison.Ordinal) || result.Syntax.StartsWith("global::PyBind.PyGenerator<", StringComparison.Ordinal)))
            {
                return collection.Items[0];
            }

            if (next is null || result.Key != _self.Key)
            {
                return PyObjectType.Instance;
            }

            CsType item = unit.Mapper.MapReturn(next.Signatures[0].ReturnType, new SignatureTypeScope { AllowGeneric = false, Class = _plan.Scope }, imprecision);
            return item is VoidType or ObjectType ? PyObjectType.Instance : item;
        }

        /// <summary>Whether <c>__iter__</c> returns an iterator of the class's own type variable (<c>Iterator[_T]</c>).</summary>
        private bool IteratesClassVariable(FunctionSpec iter) =>
            iter.Signatures[0].ReturnType is PyClassType { TypeArguments.Count: > 0 } iterator
            && iterator.TypeArguments[0] is PyTypeVariableType variable
            && _plan.Scope.TypeVariables.Contains(variable.Name);

        /// <summary>What awaiting the object gives: the result its <c>__await__</c>'s <c>Generator[..., ..., T]</c> returns.</summary>
        private CsType AwaitResult(WritingUnit unit, FunctionSpec awaitMethod)
        {
            CsType returned = unit.Mapper.MapReturn(awaitMethod.Signatures[0].ReturnType, new SignatureTypeScope { AllowGeneric = false, Class = _plan.Scope }, new Imprecision());
            return returned is CollectionType { Items.Count: 3 } generator && returned.Syntax.StartsWith("global::PyBind.PyGenerator<", StringComparison.Ordinal)
                ? generator.Items[2]
                : PyObjectType.Instance;
        }

        /// <summary>The operators and explicit conversions of the dunders, in the order they are written.</summary>
        private void PlanOperators(WritingUnit unit)
        {
            foreach ((string dunder, string reflected, string op, string helper) in s_binary)
            {
                PlanBinary(unit, dunder, reflected, op, helper);
            }

            foreach ((string dunder, string op, string helper, string pair) in s_comparisons)
            {
                if (_dunders.ContainsKey(pair))
                {
                    PlanBinary(unit, dunder, null, op, helper);
                }
            }

            foreach ((string dunder, string op, string helper) in s_unary)
            {
                if (_dunders.TryGetValue(dunder, out FunctionSpec? unary))
                {
                    CsType result = OperatorResult(unit, unary.Signatures);
                    _plan.Operators.Add(new PlannedOperator(op, [("value", _self)], result, helper, _plan.PythonName + "." + dunder + "()", IsConversion: false));
                }
            }

            PlanConversion("__float__", "double", ScalarType.Double, "Float");
            PlanConversion(_dunders.ContainsKey("__int__") ? "__int__" : "__index__", "long", ScalarType.Int64, "Int");
        }

        /// <summary>
        /// One binary operator: the other operand is this class, <c>PyObject</c>, <c>long</c> and <c>double</c> when the stub
        /// takes an array-like or anything (each a better match for its own C# type, so no call is ambiguous),
        /// or the precise type the stub gives. Each returns what the overloads taking its operand return
        /// (<c>Fraction + long</c> a Fraction, <c>Fraction + double</c> a double).
        /// </summary>
        private void PlanBinary(WritingUnit unit, string dunder, string? reflected, string op, string helper)
        {
            _dunders.TryGetValue(dunder, out FunctionSpec? forward);
            FunctionSpec? backward = reflected is null ? null : _dunders.TryGetValue(reflected, out FunctionSpec? r) ? r : null;
            if (forward is null && backward is null)
            {
                return;
            }

            string context = _plan.PythonName + "." + dunder + "()";
            if (forward is not null)
            {
                foreach ((CsType other, CsType result) in OtherOperands(unit, forward, includeSelf: true))
                {
                    _plan.Operators.Add(new PlannedOperator(op, [("left", _self), ("right", other)], result, helper, context, IsConversion: false));
                }
            }

            if (backward is not null)
            {
                foreach ((CsType other, CsType result) in OtherOperands(unit, backward, includeSelf: false).Where(o => o.Other is ScalarType))
                {
                    _plan.Operators.Add(new PlannedOperator(op, [("left", other), ("right", _self)], result, helper, _plan.PythonName + "." + reflected + "()", IsConversion: false));
                }
            }
        }

        /// <summary>
        /// The other operand's C# types, each with the result of the overloads that take it: those naming its type, and
        /// those taking anything (Python may pick them for any operand).
        /// </summary>
        private List<(CsType Other, CsType Result)> OtherOperands(WritingUnit unit, FunctionSpec function, bool includeSelf)
        {
            var imprecision = new Imprecision();
            var result = new List<CsType>();
            var takers = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
            var takingAnything = new HashSet<int>();
            for (int index = 0; index < function.Signatures.Count; index++)
            {
                SignatureSpec signature = function.Signatures[index];
                if (signature.Parameters.Count == 0)
                {
                    continue;
                }

                var scope = new SignatureTypeScope { AllowGeneric = false, Class = _plan.Scope, SelfVariable = (signature.SelfType as PyTypeVariableType)?.Name };
                foreach (CsType type in unit.Mapper.MapParameter(signature.Parameters[0].Type, scope, imprecision))
                {
                    CsType core = type.Underlying;
                    if (core is ObjectType or ArrayLikeType or PyObjectType)
                    {
                        takingAnything.Add(index);
                    }
                    else if (core is ScalarType or WrapperType)
                    {
                        if (!takers.TryGetValue(core.Key, out HashSet<int>? signatures))
                        {
                            takers[core.Key] = signatures = [];
                            result.Add(core);
                        }

                        signatures.Add(index);
                    }
                }
            }

            if (takingAnything.Count > 0)
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
            return result.OrderBy(t => t.Key == _self.Key ? 0 : t is PyObjectType ? 1 : 2)
                .Select(t =>
                {
                    HashSet<int> taking = takers.TryGetValue(t.Key, out HashSet<int>? named) ? named : [];
                    return (t, OperatorResult(unit, function.Signatures.Where((_, i) => taking.Contains(i) || takingAnything.Contains(i))));
                })
                .ToList();
        }

        /// <summary>
        /// The result of an operator: the return types of the overloads that apply unified, ignoring overloads that return
        /// <c>Any</c> when others are precise (numpy's object-dtype overloads); the converter still checks at run time.
        /// </summary>
        private CsType OperatorResult(WritingUnit unit, IEnumerable<SignatureSpec> signatures)
        {
            var imprecision = new Imprecision();
            CsType? result = null;
            foreach (SignatureSpec signature in signatures)
            {
                var scope = new SignatureTypeScope { AllowGeneric = false, Class = _plan.Scope, SelfVariable = (signature.SelfType as PyTypeVariableType)?.Name };
                CsType type = unit.Mapper.MapReturn(signature.ReturnType, scope, imprecision);
                if (type is VoidType || signature.ReturnType is PyAnyType || signature.ReturnType is PyNeverType)
                {
                    continue;
                }

                result = result is null ? type : unit.Planner.UnifyReturns(result, type);
            }

            return result ?? PyObjectType.Instance;
        }

        private void PlanConversion(string dunder, string target, CsType type, string helper)
        {
            if (_dunders.ContainsKey(dunder))
            {
                _plan.Operators.Add(new PlannedOperator(target, [("value", _self)], type, helper, _plan.PythonName + "." + dunder + "()", IsConversion: true));
            }
        }
    }
}

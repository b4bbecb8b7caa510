using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Reflection;
using System.Text;
using PyBind.Marshalling;
using static PyBind.Interop.Python;

namespace PyBind.Proxies;

/// <summary>
/// The overloads of one .NET method (or a type's constructors), called from Python with positional and keyword
/// arguments. Each call picks the overload whose parameters the arguments convert to most naturally
/// (<see cref="ArgumentConversion"/>); keywords match a parameter's exact name or its Python spelling; optional
/// parameters may be left out and <c>params</c> arrays take the remaining positional arguments.
/// </summary>
[RequiresUnreferencedCode(ReflectedType.TrimmingMessage)]
internal sealed unsafe class MethodGroup
{
    private readonly Overload[] _overloads;

    internal MethodGroup(string name, MethodBase[] methods)
    {
        Name = name;
        _overloads = Array.ConvertAll(methods, m => new Overload(m));
    }

    /// <summary>The .NET name.</summary>
    internal string Name { get; }

    internal bool IsEmpty => _overloads.Length == 0;

    /// <summary>Calls the best overload on <paramref name="target"/> (null: static) and returns the result as a new reference.</summary>
    internal nint Call(object? target, nint* args, nint nargs, nint keywordNames)
    {
        Overload overload = Resolve(args, (int)nargs, keywordNames, out object?[] values);
        object? result = overload.Method is ConstructorInfo constructor
            ? constructor.Invoke(BindingFlags.DoNotWrapExceptions, null, values, null)
            : overload.Method.Invoke(target, BindingFlags.DoNotWrapExceptions, null, values, null);
        return overload.ReturnsVoid ? PyConvert.None() : PyConvert.ToPython(result);
    }

    private Overload Resolve(nint* args, int nargs, nint keywordNames, out object?[] values)
    {
        Overload? best = null;
        int bestCost = int.MaxValue;
        values = [];
        foreach (Overload overload in _overloads)
        {
            if (overload.TryBind(args, nargs, keywordNames, out object?[]? bound, out int cost) && cost < bestCost)
            {
                (best, bestCost, values) = (overload, cost, bound);
                if (cost == 0)
                    break;
            }
        }
        return best ?? throw NoOverload(args, nargs, keywordNames);
    }

    private PyTypeError NoOverload(nint* args, int nargs, nint keywordNames)
    {
        var given = new List<string>();
        for (int i = 0; i < nargs; i++)
            given.Add(PyTypes.TypeNameOf(args[i]));
        int keywords = keywordNames == 0 ? 0 : (int)PyTuple_GET_SIZE(keywordNames);
        for (int i = 0; i < keywords; i++)
            given.Add(PyConvert.ToString(PyTuple_GET_ITEM(keywordNames, i)) + "=" + PyTypes.TypeNameOf(args[nargs + i]));
        string arguments = string.Join(", ", given);
        if (_overloads.Length == 0)
            return new PyTypeError($"{Name}() cannot be called from Python ({arguments})");
        string overloads = string.Join(" or ", _overloads.Take(8).Select(o => o.Signature));
        string more = _overloads.Length > 8 ? $" (and {_overloads.Length - 8} more)" : string.Empty;
        var message = new StringBuilder().Append("no overload of ").Append(Name).Append("() accepts (").Append(arguments)
            .Append("); it takes ").Append(overloads).Append(more);
        return new PyTypeError(message.ToString());
    }

    /// <summary>One method or constructor: its parameters, and how a call's arguments bind to them.</summary>
    [RequiresUnreferencedCode(ReflectedType.TrimmingMessage)]
    private sealed class Overload
    {
        private readonly ParameterInfo[] _parameters;
        private readonly string[] _spelledNames;
        private readonly Type? _paramArrayElement;

        internal Overload(MethodBase method)
        {
            Method = method;
            _parameters = method.GetParameters();
            _spelledNames = Array.ConvertAll(_parameters, p => PythonSpelling.Of(p.Name ?? string.Empty));
            if (_parameters.Length > 0 && _parameters[^1].IsDefined(typeof(ParamArrayAttribute), false))
                _paramArrayElement = _parameters[^1].ParameterType.GetElementType();
            ReturnsVoid = method is MethodInfo { ReturnType: var returns } && returns == typeof(void);
        }

        internal MethodBase Method { get; }

        internal bool ReturnsVoid { get; }

        internal string Signature
            => $"({string.Join(", ", _parameters.Select(p => $"{PyConvert.DisplayName(p.ParameterType)} {_spelledNames[p.Position]}"))})";

        /// <summary>Converts the arguments to the parameters' types; false when they do not fit this overload.</summary>
        internal bool TryBind(nint* args, int nargs, nint keywordNames, [NotNullWhen(true)] out object?[]? values, out int cost)
        {
            values = null;
            cost = 0;
            int count = _parameters.Length;
            int fixedCount = _paramArrayElement is null ? count : count - 1;
            if (nargs > fixedCount && _paramArrayElement is null)
                return false;
            var bound = new object?[count];
            var given = new bool[count];
            for (int i = 0; i < Math.Min(nargs, fixedCount); i++)
            {
                if (!Bind(i, args[i], bound, given, ref cost))
                    return false;
            }
            if (_paramArrayElement is not null && !BindParamArray(args, nargs, fixedCount, bound, given, ref cost))
                return false;
            int keywords = keywordNames == 0 ? 0 : (int)PyTuple_GET_SIZE(keywordNames);
            for (int k = 0; k < keywords; k++)
            {
                int index = IndexOf(PyConvert.ToString(PyTuple_GET_ITEM(keywordNames, k)));
                if (index < 0 || given[index] || !Bind(index, args[nargs + k], bound, given, ref cost))
                    return false;
            }
            for (int i = 0; i < count; i++)
            {
                if (given[i])
                    continue;
                if (!_parameters[i].HasDefaultValue && !(i == fixedCount && _paramArrayElement is not null))
                    return false;
                bound[i] = DefaultOf(_parameters[i]);
            }
            values = bound;
            return true;
        }

        private bool Bind(int index, nint argument, object?[] bound, bool[] given, ref int cost)
        {
            if (!ArgumentConversion.TryConvert(argument, _parameters[index].ParameterType, out bound[index], out int argumentCost))
                return false;
            given[index] = true;
            cost += argumentCost;
            return true;
        }

        private const string ParamArrayJustification = "The array type is the type of an existing method's params parameter, so its code exists.";

        /// <summary>The positional arguments past the fixed parameters, into the <c>params</c> array (empty when there are none; a keyword may still give it).</summary>
        [UnconditionalSuppressMessage("AOT", "IL3050", Justification = ParamArrayJustification)]
        private bool BindParamArray(nint* args, int nargs, int fixedCount, object?[] bound, bool[] given, ref int cost)
        {
            if (nargs <= fixedCount)
                return true;
            var items = Array.CreateInstance(_paramArrayElement!, nargs - fixedCount);
            for (int i = fixedCount; i < nargs; i++)
            {
                if (!ArgumentConversion.TryConvert(args[i], _paramArrayElement!, out object? item, out int itemCost))
                    return false;
                items.SetValue(item, i - fixedCount);
                cost += itemCost;
            }
            bound[fixedCount] = items;
            given[fixedCount] = true;
            return true;
        }

        private int IndexOf(string keyword)
        {
            for (int i = 0; i < _parameters.Length; i++)
            {
                if (keyword == _parameters[i].Name || keyword == _spelledNames[i])
                    return i;
            }
            return -1;
        }

        [UnconditionalSuppressMessage("AOT", "IL3050", Justification = ParamArrayJustification)]
        private object? DefaultOf(ParameterInfo parameter)
        {
            if (parameter.Position == _parameters.Length - 1 && _paramArrayElement is not null)
                return Array.CreateInstance(_paramArrayElement, 0);
            object? value = parameter.DefaultValue;
            // default(SomeStruct) is recorded as null.
            return value is null && parameter.ParameterType.IsValueType && Nullable.GetUnderlyingType(parameter.ParameterType) is null
                ? Activator.CreateInstance(parameter.ParameterType)
                : value;
        }
    }
}

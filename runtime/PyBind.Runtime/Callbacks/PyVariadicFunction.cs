using System;
using System.Collections.Generic;
using PyBind.Marshalling;
using static PyBind.Interop.Python;

namespace PyBind
{
    /// <summary>A .NET function that Python calls with any arguments (<see cref="Python.Function(PyVariadicFunction, string?)"/>).</summary>
    /// <param name="arguments">The positional and keyword arguments, valid during the call only.</param>
    /// <returns>The result, converted to Python by its run-time type (<c>null</c> is <c>None</c>).</returns>
    public delegate object? PyVariadicFunction(PyCallArguments arguments);

    /// <summary>
    /// The arguments of one call from Python, read in place (no copy, no allocation until asked): positional ones by
    /// index, keyword ones by name. Valid only during the call.
    /// </summary>
    public readonly unsafe ref struct PyCallArguments
    {
        private readonly nint* _args;
        private readonly int _count;
        private readonly nint _keywordNames;

        internal PyCallArguments(nint* args, int count, nint keywordNames)
        {
            _args = args;
            _count = count;
            _keywordNames = keywordNames;
        }

        /// <summary>How many positional arguments were passed.</summary>
        public int Count => _count;

        /// <summary>How many keyword arguments were passed.</summary>
        public int KeywordCount => _keywordNames == 0 ? 0 : (int)PyTuple_GET_SIZE(_keywordNames);

        /// <summary>A positional argument as a new <see cref="PyObject"/>.</summary>
        public PyObject this[int index] => new(Positional(index), PyOwnership.Borrow);

        /// <summary>A positional argument converted to <typeparamref name="T"/>.</summary>
        public T Get<T>(int index) => PyConverters.For<T>().FromPython(Positional(index));

        /// <summary>A positional argument converted to <typeparamref name="T"/>, or <paramref name="defaultValue"/> when fewer were passed.</summary>
        public T Get<T>(int index, T defaultValue) => index < _count ? Get<T>(index) : defaultValue;

        /// <summary>The name of keyword argument <paramref name="index"/>.</summary>
        public string GetKeywordName(int index)
        {
            if ((uint)index >= (uint)KeywordCount)
                throw new ArgumentOutOfRangeException(nameof(index), index, $"{KeywordCount} keyword arguments were passed.");
            return PyConvert.ToString(PyTuple_GET_ITEM(_keywordNames, index));
        }

        /// <summary>The keyword argument <paramref name="name"/> converted to <typeparamref name="T"/>, if it was passed.</summary>
        public bool TryGetKeyword<T>(string name, out T value)
        {
            int keywords = KeywordCount;
            for (int i = 0; i < keywords; i++)
            {
                if (string.Equals(PyConvert.ToString(PyTuple_GET_ITEM(_keywordNames, i)), name, StringComparison.Ordinal))
                {
                    value = PyConverters.For<T>().FromPython(_args[_count + i]);
                    return true;
                }
            }
            value = default!;
            return false;
        }

        /// <summary>The positional arguments converted by their Python types (<see cref="PyConvert.ToObject"/>).</summary>
        public object?[] ToArray()
        {
            var values = new object?[_count];
            for (int i = 0; i < _count; i++)
                values[i] = PyConvert.ToObject(_args[i]);
            return values;
        }

        /// <summary>The keyword arguments converted by their Python types.</summary>
        public IReadOnlyDictionary<string, object?> KeywordsToDictionary()
        {
            int keywords = KeywordCount;
            var values = new Dictionary<string, object?>(keywords, StringComparer.Ordinal);
            for (int i = 0; i < keywords; i++)
                values[GetKeywordName(i)] = PyConvert.ToObject(_args[_count + i]);
            return values;
        }

        private nint Positional(int index)
        {
            if ((uint)index >= (uint)_count)
                throw new PyTypeError($"missing positional argument {index + 1} ({_count} given)");
            return _args[index];
        }
    }
}

namespace PyBind.Callbacks
{
    /// <summary>A <see cref="PyVariadicFunction"/> as a Python function.</summary>
    internal sealed unsafe class VariadicCallable(PyVariadicFunction function) : NativeCallable
    {
        internal override Delegate? Function => function;

        internal static nint Create(PyVariadicFunction function, string? name) => Create(new VariadicCallable(function), name);

        internal override nint Call(nint* args, nint nargs, nint keywordNames)
            => PyConvert.ToPython(function(new PyCallArguments(args, (int)nargs, keywordNames)));
    }
}

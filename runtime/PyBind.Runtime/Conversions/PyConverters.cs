using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using System.Runtime.CompilerServices;
using PyBind.Marshalling;

namespace PyBind;

/// <summary>
/// The converters: the default one for a type (<see cref="For{T}"/>), and factories that compose them without
/// reflection (<see cref="ListOf{T}"/>, <see cref="DictionaryOf{TKey, TValue}"/>…), which generated bindings use.
/// </summary>
public static unsafe partial class PyConverters
{
    // Converters registered for a type (generated wrappers and enums, from module initializers): For<T> finds them.
    private static readonly ConcurrentDictionary<Type, object> s_registered = new();

    /// <summary>
    /// The default converter for <typeparamref name="T"/>, made once per type. Under native AOT, generic collection
    /// types convert by run-time type into Python only; compose their converters with <see cref="ListOf{T}"/> and friends.
    /// </summary>
    public static PyConverter<T> For<T>() => Cache<T>.Instance;

    /// <summary>Registers how to wrap a Python object as the class <typeparamref name="T"/>, for <see cref="For{T}"/> (<see cref="PyObject.As{T}"/>).</summary>
    /// <param name="wrapBorrowed">Creates the wrapper from a borrowed reference.</param>
    /// <param name="pythonType">The Python class; when given, <c>FromPython</c> checks <c>isinstance</c>.</param>
    public static void RegisterWrapper<T>(Func<nint, T> wrapBorrowed, PyModuleMember? pythonType = null) where T : PyObject
        => s_registered[typeof(T)] = Wrapper(wrapBorrowed, pythonType);

    /// <summary>Registers a generated wrapper class for <see cref="For{T}"/> (generated module initializers call this).</summary>
    public static void RegisterWrapper<T>() where T : PyObject, IPyWrapper<T> => s_registered[typeof(T)] = WrapperOf<T>();

    /// <summary>Registers <paramref name="converter"/> as the one <see cref="For{T}"/> gives for <typeparamref name="T"/> (a generated enum).</summary>
    public static void Register<T>(PyConverter<T> converter)
    {
        ArgumentNullException.ThrowIfNull(converter);
        s_registered[typeof(T)] = converter;
    }

    /// <summary>A converter for a wrapper class.</summary>
    public static PyConverter<T> Wrapper<T>(Func<nint, T> wrapBorrowed, PyModuleMember? pythonType = null) where T : PyObject
        => new WrapperConverter<T>(wrapBorrowed, pythonType);

    /// <summary>The converter of a generated wrapper class (made once), checking <c>isinstance</c> of its Python class.</summary>
    public static PyConverter<T> WrapperOf<T>() where T : PyObject, IPyWrapper<T> => WrapperCache<T>.Instance;

    /// <summary>
    /// A C# enum for the Python enum class <paramref name="pythonType"/> (values as <see cref="long"/>): a C# value becomes the
    /// Python member (<c>Class(value)</c>), a Python member its value (an <c>IntEnum</c>'s int, another enum's <c>.value</c>).
    /// </summary>
    public static PyConverter<TEnum> EnumOf<TEnum>(PyModuleMember pythonType) where TEnum : struct, Enum => new EnumConverter<TEnum>(pythonType);

    /// <summary><typeparamref name="T"/> or <c>None</c>, for a value type.</summary>
    public static PyConverter<T?> Nullable<T>(PyConverter<T> value) where T : struct => new NullableConverter<T>(value);

    /// <summary><typeparamref name="T"/> or <c>None</c>, for a reference type.</summary>
    public static PyConverter<T?> OrNone<T>(PyConverter<T> value) where T : class => new OrNoneConverter<T>(value);

    /// <summary>A sequence as a new list; a Python iterable back as a snapshot array.</summary>
    public static PyConverter<T[]> ArrayOf<T>(PyConverter<T> items) => new SnapshotConverter<T[], T>(items);

    /// <summary>A sequence as a new list; a Python iterable back as a snapshot <see cref="IReadOnlyList{T}"/>.</summary>
    public static PyConverter<IReadOnlyList<T>> ReadOnlyListOf<T>(PyConverter<T> items) => new SnapshotConverter<IReadOnlyList<T>, T>(items);

    /// <summary>A sequence as a new list; a Python list back as a live <see cref="PyList{T}"/>.</summary>
    public static PyConverter<IList<T>> ListOf<T>(PyConverter<T> items) => new LiveListConverter<IList<T>, T>(items);

    /// <summary>A sequence as a new list; a Python iterable back as a lazy <see cref="IEnumerable{T}"/>.</summary>
    public static PyConverter<IEnumerable<T>> EnumerableOf<T>(PyConverter<T> items) => new LazyEnumerableConverter<T>(items);

    /// <summary>
    /// A sequence as the Python container <paramref name="kind"/> names (a view of a Python object as itself when it is one, as
    /// Python passes it); a Python iterable back as a lazy <see cref="IEnumerable{T}"/>. Parameters annotated <c>list[T]</c>,
    /// <c>tuple[T, ...]</c>, <c>set[T]</c>, <c>frozenset[T]</c>, or <c>Iterable[T]</c> and the like.
    /// </summary>
    public static PyConverter<IEnumerable<T>> EnumerableOf<T>(PyConverter<T> items, PyCollectionKind kind) => new LazyEnumerableConverter<T>(items, kind);

    /// <summary>A sequence as a lazy Python iterator (no copy: Python pulls the items); a Python iterable back as a lazy <see cref="IEnumerable{T}"/>. For <c>Iterable[T]</c> parameters.</summary>
    public static PyConverter<IEnumerable<T>> IterableOf<T>(PyConverter<T> items) => new Collections.LazyIterableConverter<T>(items);

    /// <summary>A Python iterator as a <see cref="PyIterator{T}"/> (<c>Iterator[T]</c>); an iterable that is no iterator is iterated.</summary>
    public static PyConverter<PyIterator<T>> IteratorOf<T>(PyConverter<T> items) => new IteratorConverter<T>(items);

    /// <summary>A Python generator as a <see cref="PyGenerator{TYield, TSend, TReturn}"/> (<c>Generator[Y, S, R]</c>).</summary>
    public static PyConverter<PyGenerator<TYield, TSend, TReturn>> GeneratorOf<TYield, TSend, TReturn>(PyConverter<TYield> yields, PyConverter<TSend> sends, PyConverter<TReturn> returns)
        => new GeneratorConverter<TYield, TSend, TReturn>(yields, sends, returns);

    /// <summary>A dictionary as a new dict; a Python dict back as a live <see cref="PyDict{TKey, TValue}"/>.</summary>
    public static PyConverter<IDictionary<TKey, TValue>> DictionaryOf<TKey, TValue>(PyConverter<TKey> keys, PyConverter<TValue> values) where TKey : notnull
        => new LiveDictionaryConverter<IDictionary<TKey, TValue>, TKey, TValue>(keys, values);

    /// <summary>A dictionary as a new dict (parameters typed <see cref="IReadOnlyDictionary{TKey, TValue}"/>).</summary>
    public static PyConverter<IReadOnlyDictionary<TKey, TValue>> ReadOnlyDictionaryOf<TKey, TValue>(PyConverter<TKey> keys, PyConverter<TValue> values) where TKey : notnull
        => new LiveDictionaryConverter<IReadOnlyDictionary<TKey, TValue>, TKey, TValue>(keys, values);

    /// <summary>
    /// The key-value pairs of any .NET dictionary as a new dict, a dictionary view passing as itself (parameters typed
    /// <c>IEnumerable&lt;KeyValuePair&lt;TKey, TValue&gt;&gt;</c>, which every dictionary is); a Python dict back as a live <see cref="PyDict{TKey, TValue}"/>.
    /// </summary>
    public static PyConverter<IEnumerable<KeyValuePair<TKey, TValue>>> MappingOf<TKey, TValue>(PyConverter<TKey> keys, PyConverter<TValue> values) where TKey : notnull
        => new LiveDictionaryConverter<IEnumerable<KeyValuePair<TKey, TValue>>, TKey, TValue>(keys, values);

    /// <summary>
    /// Any .NET collection (<see cref="System.Collections.IEnumerable"/>, items of any type) as the Python container
    /// <paramref name="kind"/> names, its items converted by their run-time type; a view of a Python object passes as itself when
    /// it is that container. Parameters typed as a sequence of <c>Any</c> (<c>list[Any]</c>).
    /// </summary>
    public static PyConverter<System.Collections.IEnumerable> UntypedSequenceOf(PyCollectionKind kind) => new UntypedSequenceConverter(kind);

    /// <summary>
    /// <typeparamref name="T"/> converted as the <typeparamref name="TBase"/> it is (a <c>List&lt;long&gt;</c> through the converter of
    /// <c>IEnumerable&lt;long&gt;</c>): generated methods whose parameters are type parameters constrained to a collection type.
    /// A Python object comes back as <typeparamref name="T"/> only when <paramref name="converter"/> makes one.
    /// </summary>
    public static PyConverter<T> Through<T, TBase>(PyConverter<TBase> converter) where T : TBase => new ThroughConverter<T, TBase>(converter);

    /// <summary>A set as a new Python set; a Python set back as a live <see cref="PySet{T}"/>.</summary>
    public static PyConverter<ISet<T>> SetOf<T>(PyConverter<T> items) => new LiveSetConverter<ISet<T>, T>(items);

    private static class WrapperCache<T> where T : PyObject, IPyWrapper<T>
    {
        internal static readonly PyConverter<T> Instance = new WrapperConverter<T>(static handle => T.Wrap(handle, PyOwnership.Borrow), T.PythonType);
    }

    private static class Cache<T>
    {
        // Types without a converter of their own (a generic collection under native AOT, a custom class) convert by
        // run-time type: that still covers sequences, dictionaries and tuples going into Python.
        internal static readonly PyConverter<T> Instance = (PyConverter<T>?)Create(typeof(T)) ?? RuntimeTypeConverter<T>.Instance;
    }

    private static object? Create(Type type)
    {
        if (Scalar(type) is { } scalar)
            return scalar;
        if (type == typeof(object))
            return ObjectConverter.Instance;
        if (type == typeof(ValueTuple))
            return EmptyTupleConverter.Instance;
        if (type == typeof(PyObject))
            return Wrapper(static handle => new PyObject(handle, PyOwnership.Borrow));
        if (s_registered.TryGetValue(type, out object? registered))
            return registered;
        // An unregistered wrapper class has no converter; the runtime's own generic PyObject types (PyGenerator<,,>) are made below.
        if (typeof(PyObject).IsAssignableFrom(type) && !type.IsGenericType)
            return null;
        if (typeof(Delegate).IsAssignableFrom(type))
            return DelegateConversions.ConverterFor(type);
        return RuntimeFeature.IsDynamicCodeSupported ? CreateGeneric(type) : null;
    }

    private static object? Scalar(Type type)
    {
        if (type == typeof(long)) return new FunctionConverter<long>(&PyConvert.ToPython, &PyConvert.ToInt64);
        if (type == typeof(int)) return new FunctionConverter<int>(&PyConvert.ToPython, &PyConvert.ToInt32);
        if (type == typeof(double)) return new FunctionConverter<double>(&PyConvert.ToPython, &PyConvert.ToDouble);
        if (type == typeof(bool)) return new FunctionConverter<bool>(&PyConvert.ToPython, &PyConvert.ToBoolean);
        if (type == typeof(string)) return new FunctionConverter<string>(&PyConvert.ToPython, &PyConvert.ToString);
        if (type == typeof(float)) return new FunctionConverter<float>(&PyConvert.ToPython, &PyConvert.ToSingle);
        if (type == typeof(short)) return new FunctionConverter<short>(&PyConvert.ToPython, &PyConvert.ToInt16);
        if (type == typeof(sbyte)) return new FunctionConverter<sbyte>(&PyConvert.ToPython, &PyConvert.ToSByte);
        if (type == typeof(byte)) return new FunctionConverter<byte>(&PyConvert.ToPython, &PyConvert.ToByte);
        if (type == typeof(ushort)) return new FunctionConverter<ushort>(&PyConvert.ToPython, &PyConvert.ToUInt16);
        if (type == typeof(uint)) return new FunctionConverter<uint>(&PyConvert.ToPython, &PyConvert.ToUInt32);
        if (type == typeof(ulong)) return new FunctionConverter<ulong>(&PyConvert.ToPython, &PyConvert.ToUInt64);
        if (type == typeof(char)) return new FunctionConverter<char>(&PyConvert.ToPython, &PyConvert.ToChar);
        if (type == typeof(BigInteger)) return new FunctionConverter<BigInteger>(&PyConvert.ToPython, &PyConvert.ToBigInteger);
        if (type == typeof(Complex)) return new FunctionConverter<Complex>(&PyConvert.ToPython, &PyConvert.ToComplex);
        if (type == typeof(decimal)) return new FunctionConverter<decimal>(&PyConvert.ToPython, &PyConvert.ToDecimal);
        if (type == typeof(byte[])) return new FunctionConverter<byte[]>(&PyConvert.ToPython, &PyConvert.ToBytes);
        if (type == typeof(DateTime)) return new FunctionConverter<DateTime>(&PyConvert.ToPython, &PyConvert.ToDateTime);
        if (type == typeof(DateTimeOffset)) return new FunctionConverter<DateTimeOffset>(&PyConvert.ToPython, &PyConvert.ToDateTimeOffset);
        if (type == typeof(DateOnly)) return new FunctionConverter<DateOnly>(&PyConvert.ToPython, &PyConvert.ToDateOnly);
        if (type == typeof(TimeOnly)) return new FunctionConverter<TimeOnly>(&PyConvert.ToPython, &PyConvert.ToTimeOnly);
        if (type == typeof(TimeSpan)) return new FunctionConverter<TimeSpan>(&PyConvert.ToPython, &PyConvert.ToTimeSpan);
        return null;
    }

    /// <summary>
    /// Closed generic collection types (<c>Dictionary&lt;string, List&lt;double&gt;&gt;</c>), found by reflection
    /// once per type: the hand-written <see cref="PyObject.As{T}"/> path. Generated bindings compose converters
    /// statically instead, so they need none of this.
    /// </summary>
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Only reached when RuntimeFeature.IsDynamicCodeSupported.")]
    [UnconditionalSuppressMessage("Trimming", "IL2055", Justification = "The converter types are kept by the DynamicDependency attributes.")]
    [UnconditionalSuppressMessage("Trimming", "IL2067", Justification = "The converter types are kept by the DynamicDependency attributes.")]
    [UnconditionalSuppressMessage("Trimming", "IL2072", Justification = "The converter types are kept by the DynamicDependency attributes.")]
    [UnconditionalSuppressMessage("Trimming", "IL2075", Justification = "The element types of buffers are primitive structs, whose default constructors always exist.")]
    [UnconditionalSuppressMessage("Trimming", "IL2076", Justification = "The element types of buffers are primitive structs, whose default constructors always exist.")]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicConstructors, typeof(SnapshotConverter<,>))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicConstructors, typeof(ListCopyConverter<>))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicConstructors, typeof(LiveListConverter<,>))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicConstructors, typeof(LazyEnumerableConverter<>))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicConstructors, typeof(DictionaryCopyConverter<,>))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicConstructors, typeof(LiveDictionaryConverter<,,>))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicConstructors, typeof(HashSetCopyConverter<>))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicConstructors, typeof(LiveSetConverter<,>))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicConstructors, typeof(NullableConverter<>))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicConstructors, typeof(NdArrayConverter<,>))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicConstructors, typeof(GeneratorConverter<,,>))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicConstructors, typeof(IteratorConverter<>))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicConstructors, typeof(TupleConverter<>))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicConstructors, typeof(TupleConverter<,>))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicConstructors, typeof(TupleConverter<,,>))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicConstructors, typeof(TupleConverter<,,,>))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicConstructors, typeof(TupleConverter<,,,,>))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicConstructors, typeof(TupleConverter<,,,,,>))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicConstructors, typeof(TupleConverter<,,,,,,>))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicConstructors, typeof(TupleConverter<,,,,,,,>))]
    private static object? CreateGeneric(Type type)
    {
        Type? converter = null;
        if (type.IsArray && !type.IsSZArray && type.GetArrayRank() <= 3 && Buffers.PyElementType.Find(type.GetElementType()!) is not null)
            return Activator.CreateInstance(typeof(NdArrayConverter<,>).MakeGenericType(type, type.GetElementType()!), type.GetArrayRank());
        if (type.IsSZArray)
        {
            Type item = type.GetElementType()!;
            converter = typeof(SnapshotConverter<,>).MakeGenericType(type, item);
        }
        else if (type.IsGenericType)
        {
            Type definition = type.GetGenericTypeDefinition();
            Type[] args = type.GetGenericArguments();
            converter = definition switch
            {
                _ when definition == typeof(Nullable<>) => typeof(NullableConverter<>).MakeGenericType(args),
                _ when definition == typeof(List<>) => typeof(ListCopyConverter<>).MakeGenericType(args),
                _ when definition == typeof(IReadOnlyList<>) || definition == typeof(IReadOnlyCollection<>)
                    => typeof(SnapshotConverter<,>).MakeGenericType(type, args[0]),
                _ when definition == typeof(IList<>) || definition == typeof(ICollection<>)
                    => typeof(LiveListConverter<,>).MakeGenericType(type, args[0]),
                // The key-value pairs of a dictionary (how generated parameters take any dictionary) are a dict, not a list of pairs.
                _ when definition == typeof(IEnumerable<>) && args[0].IsGenericType && args[0].GetGenericTypeDefinition() == typeof(KeyValuePair<,>)
                    => typeof(LiveDictionaryConverter<,,>).MakeGenericType(type, args[0].GetGenericArguments()[0], args[0].GetGenericArguments()[1]),
                _ when definition == typeof(IEnumerable<>) => typeof(LazyEnumerableConverter<>).MakeGenericType(args),
                _ when definition == typeof(Dictionary<,>) => typeof(DictionaryCopyConverter<,>).MakeGenericType(args),
                _ when definition == typeof(IDictionary<,>) || definition == typeof(IReadOnlyDictionary<,>)
                    => typeof(LiveDictionaryConverter<,,>).MakeGenericType(type, args[0], args[1]),
                _ when definition == typeof(HashSet<>) => typeof(HashSetCopyConverter<>).MakeGenericType(args),
                _ when definition == typeof(PyGenerator<,,>) => typeof(GeneratorConverter<,,>).MakeGenericType(args),
                _ when definition == typeof(PyIterator<>) => typeof(IteratorConverter<>).MakeGenericType(args),
                _ when definition == typeof(ISet<>) || definition == typeof(IReadOnlySet<>)
                    => typeof(LiveSetConverter<,>).MakeGenericType(type, args[0]),
                _ when type.FullName!.StartsWith("System.ValueTuple`", StringComparison.Ordinal)
                    => TupleConverterDefinition(args.Length).MakeGenericType(args),
                _ => null,
            };
        }
        return converter is null ? null : Activator.CreateInstance(converter);
    }

    private static Type TupleConverterDefinition(int arity) => arity switch
    {
        1 => typeof(TupleConverter<>),
        2 => typeof(TupleConverter<,>),
        3 => typeof(TupleConverter<,,>),
        4 => typeof(TupleConverter<,,,>),
        5 => typeof(TupleConverter<,,,,>),
        6 => typeof(TupleConverter<,,,,,>),
        7 => typeof(TupleConverter<,,,,,,>),
        _ => typeof(TupleConverter<,,,,,,,>),
    };
}

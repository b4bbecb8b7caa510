using PyBind;

namespace PyBind.Gen.IntegrationTests;

// The modules under test, bound the way a user binds them.
[PyImport("math")] public static partial class PyMath;
[PyImport("statistics")] public static partial class Stats;
[PyImport("json")] public static partial class Json;
[PyImport("textwrap")] public static partial class TextWrap;
[PyImport("difflib")] public static partial class Difflib;
[PyImport("functools")] public static partial class Functools;
[PyImport("itertools")] public static partial class Itertools;
[PyImport("collections")] public static partial class Collections;
[PyImport("fractions")] public static partial class Fractions;
[PyImport("builtins")] public static partial class Builtins;
[PyImport("numpy")] public static partial class Np;
[PyImport("pybind_fixture")] public static partial class Fixture;
[PyImport("pybind_arguments")] public static partial class Arguments;
[PyImport("pybind_stress")] public static partial class Stress;
[PyImport("pybind_stale")] public static partial class Stale;
[PyImport("pybind_absent")] public static partial class Absent;
[PyImport("pybind_reload")] public static partial class Reloadable;
[PyImport("pybind_inherit.models")] public static partial class InheritModels;
[PyImport("pybind_names")] public static partial class Names;

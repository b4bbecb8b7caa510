using System.Collections.Generic;

namespace PyBind.Gen.Model;

/// <summary>The classes a module's or a class's annotations name: parameters, results, properties and constants, through unions, generics, callables and aliases.</summary>
internal static class AnnotationNames
{
    public static void Collect(ModuleSpec module, List<PyClassType> names)
    {
        foreach (ConstantSpec constant in module.Constants)
        {
            Collect(constant.Type, names);
        }

        Collect(module.Functions, names);
        foreach (ClassSpec cls in module.Classes)
        {
            Collect(cls, names);
        }
    }

    public static void Collect(ClassSpec cls, List<PyClassType> names)
    {
        Collect(cls.Constructors, names);
        Collect(cls.Methods, names);
        Collect(cls.SpecialMethods, names);
        foreach (PropertySpec property in cls.Properties)
        {
            Collect(property.Type, names);
        }

        foreach (ClassSpec nested in cls.NestedClasses)
        {
            Collect(nested, names);
        }
    }

    private static void Collect(Helpers.EquatableArray<FunctionSpec> functions, List<PyClassType> names)
    {
        foreach (FunctionSpec function in functions)
        {
            Collect(function.Signatures, names);
        }
    }

    private static void Collect(Helpers.EquatableArray<SignatureSpec> signatures, List<PyClassType> names)
    {
        foreach (SignatureSpec signature in signatures)
        {
            Collect(signature.ReturnType, names);
            foreach (ParameterSpec parameter in signature.Parameters)
            {
                Collect(parameter.Type, names);
            }
        }
    }

    private static void Collect(PyTypeSpec type, List<PyClassType> names)
    {
        switch (type)
        {
            case PyClassType cls:
                names.Add(cls);
                Collect(cls.TypeArguments, names);
                break;
            case PyUnionType union:
                Collect(union.Members, names);
                break;
            case PyOptionalType optional:
                Collect(optional.Type, names);
                break;
            case PyCallableType callable:
                Collect(callable.ParameterTypes, names);
                Collect(callable.ReturnType, names);
                break;
            case PyTupleType tuple:
                Collect(tuple.ElementTypes, names);
                break;
            case PyAliasType alias:
                Collect(alias.TypeArguments, names);
                Collect(alias.Target, names);
                break;
        }
    }

    private static void Collect(Helpers.EquatableArray<PyTypeSpec> types, List<PyClassType> names)
    {
        foreach (PyTypeSpec type in types)
        {
            Collect(type, names);
        }
    }
}

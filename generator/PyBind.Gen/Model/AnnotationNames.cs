using System.Collections.Generic;
using PyBind.Gen.Helpers;

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

    private static void Collect(EquatableArray<FunctionSpec> functions, List<PyClassType> names)
    {
        foreach (FunctionSpec function in functions)
        {
            Collect(function.Signatures, names);
        }
    }

    private static void Collect(EquatableArray<SignatureSpec> signatures, List<PyClassType> names)
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

    private static void Collect(PyTypeSpec type, List<PyClassType> names) =>
        PyTypeAlgebra.ForEachPart(type, names, static (part, found) =>
        {
            if (part is PyClassType cls)
            {
                found.Add(cls);
            }
        });
}

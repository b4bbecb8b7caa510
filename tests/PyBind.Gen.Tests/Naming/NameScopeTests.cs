using System.Collections.Generic;
using System.Linq;
using PyBind.Gen.Model;
using PyBind.Gen.Naming;
using PyBind.Gen.Tests.Infrastructure;
using Xunit;

namespace PyBind.Gen.Tests.Naming;

public class NameScopeTests
{
    private static string[] Resolve(IEnumerable<string> reserved, params (string Python, string Candidate)[] requests) =>
        NameScope.Resolve(requests.Select(r => new NameRequest(r.Python, r.Candidate)).ToArray(), reserved, out _);

    [Fact]
    public void DistinctCandidates_KeepTheirNames()
    {
        Assert.Equal(["Sum", "Mean"], Resolve([], ("sum", "Sum"), ("mean", "Mean")));
    }

    [Fact]
    public void ExactSpellingWins_OverAConvertedName()
    {
        Assert.Equal(["Foo_", "Foo"], Resolve([], ("foo", "Foo"), ("Foo", "Foo")));
    }

    [Fact]
    public void WithoutExactSpelling_TheOrdinallyFirstPythonNameWins()
    {
        // 'E' (0x45) sorts before '_' (0x5F): arrayEqual keeps the name.
        Assert.Equal(["ArrayEqual_", "ArrayEqual"], Resolve([], ("array_equal", "ArrayEqual"), ("arrayEqual", "ArrayEqual")));
    }

    [Fact]
    public void ReservedNames_AreNeverGivenOut()
    {
        Assert.Equal(["ToString_", "Np_"], Resolve(["ToString", "Np"], ("to_string", "ToString"), ("np", "Np")));
    }

    [Fact]
    public void SuffixesCount_WhenTheUnderscoreNameIsTakenToo()
    {
        Assert.Equal(["Nan", "Nan_2", "Nan_", "Nan_3"], Resolve([], ("NAN", "Nan"), ("nan", "Nan"), ("Nan_", "Nan_"), ("nan_", "Nan")));
    }

    [Fact]
    public void NamesThatDifferOnlyByCase_Collide()
    {
        // numpy has NaN and nan: 'Nan' beside 'NaN' compiles, but is a trap and CA1708 in the user's project.
        Assert.Equal(["Nan_", "NaN"], Resolve([], ("nan", "Nan"), ("NaN", "NaN")));
        Assert.Equal(["GetHashcode_"], Resolve(["GetHashCode"], ("get_hashcode", "GetHashcode")));
    }

    [Fact]
    public void Result_DoesNotDependOnTheOrderOfTheStub()
    {
        (string, string)[] requests = [("NAN", "Nan"), ("nan", "Nan"), ("NaN", "NaN"), ("Nan_", "Nan_"), ("to_string", "ToString"), ("Inf", "Inf"), ("inf", "Inf")];
        Dictionary<string, string> expected = Map(requests, Resolve(["ToString"], requests));

        foreach (var permutation in new[] { requests.Reverse().ToArray(), requests.OrderBy(r => r.Item1.Length).ToArray(), requests.Skip(3).Concat(requests.Take(3)).ToArray() })
        {
            Assert.Equal(expected, Map(permutation, Resolve(["ToString"], permutation)));
        }

        static Dictionary<string, string> Map((string Python, string)[] requests, string[] names) =>
            requests.Select((r, i) => (r.Python, names[i])).ToDictionary(p => p.Python, p => p.Item2);
    }

    [Fact]
    public void Changes_ReportWhatEachLoserWanted()
    {
        NameScope.Resolve([new("to_string", "ToString"), new("mean", "Mean")], ["ToString"], out IReadOnlyList<NameChange> changes);

        Assert.Equal([new NameChange(0, "ToString")], changes);
    }

    [Fact]
    public void ModuleNamer_RenamesMembersThatClashWithInheritedOrEnclosingNames()
    {
        ModuleSpec module = TestStubs.Module("""
            def to_string() -> str: ...
            def get_hash_code() -> int: ...
            def dispose() -> None: ...
            class Matrix:
                def matrix(self) -> None: ...
                def __getitem__(self, i: int) -> float: ...
                def __len__(self) -> int: ...
                def item(self) -> float: ...
                def count(self) -> int: ...
                def dispose(self) -> None: ...
            class Failure(Exception):
                message: str
            """);

        // A module class is static: only object's members are taken there. A wrapper class also inherits PyObject's.
        Assert.Equal(["ToString_", "GetHashCode_", "Dispose"], module.Functions.Select(f => f.Name));
        Assert.Equal(["Matrix_", "Item_", "Count_", "Dispose_"], module.Classes[0].Methods.Select(m => m.Name));
        Assert.Equal("Message_", Assert.Single(module.Classes[1].Properties).Name);
        Assert.Contains(new RenameSpec("test.Matrix.matrix", "Matrix_", "Matrix", "test.Matrix"), module.Renames);
    }

    [Fact]
    public void ModuleNamer_WithTheEnclosingTypeName_MatchesASinglePass()
    {
        ModuleSpec module = TestStubs.Module("def np() -> None: ...\nclass Np_: ...\n");

        ModuleSpec renamed = ModuleNamer.AssignNames(module, "Np");

        Assert.Equal(("Np", "Np_"), (module.Functions[0].Name, module.Classes[0].Name));
        Assert.Equal(("Np_2", "Np_"), (renamed.Functions[0].Name, renamed.Classes[0].Name));
        Assert.Equal(renamed, ModuleNamer.AssignNames(renamed, "Np"));
    }

    [Fact]
    public void ParameterCollisions_AreResolvedWithinTheSignature()
    {
        ModuleSpec module = TestStubs.Module("def f(max_rows: int, maxRows: int, out: int) -> None: ...\n");

        Assert.Equal(["maxRows_", "maxRows", "@out"], module.Functions[0].Signatures[0].Parameters.Select(p => p.Name));
        Assert.Contains(new RenameSpec("test.f(max_rows)", "maxRows_", "maxRows", "test.f"), module.Renames);
    }
}

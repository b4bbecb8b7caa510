using System.IO;
using System.Text;

namespace PyBind.Introspection;

/// <summary>Writes stubs into a folder, touching only the files whose content changed (a no-op run changes nothing).</summary>
public static class StubFolder
{
    private static readonly UTF8Encoding Utf8WithoutBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes <paramref name="result"/>'s stub as <c>&lt;module&gt;.pyi</c>; returns whether the file changed.</summary>
    public static bool Write(string folder, ModuleResult result)
    {
        string text = result.Stub ?? throw new System.ArgumentException($"{result.Module} has no stub: {result.Error}", nameof(result));
        Directory.CreateDirectory(folder);
        string path = Path.Combine(folder, result.FileName);
        if (File.Exists(path) && File.ReadAllText(path, Utf8WithoutBom) == text)
        {
            return false;
        }

        string temporary = path + ".tmp";
        File.WriteAllText(temporary, text, Utf8WithoutBom);
        File.Move(temporary, path, overwrite: true);
        return true;
    }
}

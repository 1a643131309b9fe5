using System.Text;

namespace HeyGen.Ci.MSBuild.Incremental;

/// <summary>
/// Writes generated files only when their content changes, so an unchanged file keeps its timestamp and the
/// compiler's own up-to-date check stays quiet.
/// </summary>
internal static class GeneratedFileWriter
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes <paramref name="content"/> to <paramref name="path"/> unless it already holds it.</summary>
    /// <returns>True when the file was written.</returns>
    public static bool WriteIfChanged(string path, string content)
    {
        var bytes = Utf8NoBom.GetBytes(content);
        if (File.Exists(path) && SameBytes(path, bytes))
        {
            return false;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllBytes(path, bytes);

        return true;
    }

    private static bool SameBytes(string path, byte[] bytes)
    {
        var info = new FileInfo(path);
        if (info.Length != bytes.Length)
        {
            return false;
        }

        return File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes);
    }
}

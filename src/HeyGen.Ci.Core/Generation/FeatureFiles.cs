using System.Text;
using HeyGen.Ci.Core.Diagnostics;

namespace HeyGen.Ci.Core.Generation;

/// <summary>
/// Writes generated files: UTF-8 without a byte order mark, rewritten only when their content changes, and
/// deletes generated features that a new generation no longer produces. Files without the generated tag are
/// never touched.
/// </summary>
internal static class FeatureFiles
{
    /// <summary>UTF-8 without a byte order mark.</summary>
    public static Encoding Utf8 { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes <paramref name="content"/> unless the file already holds exactly it; true when
    /// written.</summary>
    public static async Task<bool> WriteIfChangedAsync(string path, string content, CancellationToken cancellationToken)
    {
        var bytes = Utf8.GetBytes(content);
        if (File.Exists(path))
        {
            var current = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
            if (current.AsSpan().SequenceEqual(bytes))
            {
                return false;
            }
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        await File.WriteAllBytesAsync(path, bytes, cancellationToken).ConfigureAwait(false);

        return true;
    }

    /// <summary>Whether a file was written by <c>heygen generate</c> (its first tag line has the generated
    /// tag).</summary>
    public static bool IsGenerated(string path)
    {
        foreach (var line in File.ReadLines(path))
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith('#'))
            {
                continue;
            }

            return trimmed.StartsWith('@')
                && trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains("@" + FeatureWriter.GeneratedTag);
        }

        return false;
    }

    /// <summary>Writes the features into <paramref name="folder"/> and removes stale generated
    /// ones.</summary>
    public static async Task<(List<string> All, List<string> Written, List<string> Deleted)> WriteAsync(
        string folder, IReadOnlyList<(string FileName, string Text)> features, IDiagnosticSink diagnostics,
        CancellationToken cancellationToken)
    {
        var root = Path.GetFullPath(folder);
        Directory.CreateDirectory(root);
        var all = new List<string>();
        var written = new List<string>();

        foreach (var (fileName, text) in features)
        {
            var path = Path.Combine(root, fileName);
            if (File.Exists(path) && !IsGenerated(path))
            {
                diagnostics.Report(DiagnosticCodes.HandWrittenFeatureKept.Create(
                    $"'{path}' was not written by heygen generate, so it is kept and its generated scenarios are "
                    + "not written; rename the file or add the @heygen-generated tag to let generation own it.", path));
                continue;
            }

            all.Add(path);
            if (await WriteIfChangedAsync(path, text, cancellationToken).ConfigureAwait(false))
            {
                written.Add(path);
            }
        }

        var deleted = Directory.EnumerateFiles(root, "*.feature")
            .Where(p => !all.Contains(p, StringComparer.Ordinal) && IsGenerated(p))
            .Order(StringComparer.Ordinal)
            .ToList();
        deleted.ForEach(File.Delete);

        return (all, written, deleted);
    }
}

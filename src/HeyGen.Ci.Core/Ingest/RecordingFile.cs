using HeyGen.Ci.Core.Diagnostics;

namespace HeyGen.Ci.Core.Ingest;

/// <summary>Finding, opening and recognising recording files.</summary>
internal static class RecordingFile
{
    private static readonly string[] Extensions = [".har", ".log"];

    public static IReadOnlyList<string> Expand(IEnumerable<string> inputs, IDiagnosticSink diagnostics)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            if (File.Exists(input))
            {
                files.Add(input);
            }
            else if (Directory.Exists(input))
            {
                AddFolder(input, files, diagnostics);
            }
            else
            {
                diagnostics.Report(DiagnosticCodes.RecordingNotFound.Create(
                    $"'{input}' is neither a file nor a folder; check the path (it was skipped).", input));
            }
        }

        return [.. files];
    }

    public static FileStream? Open(string path, IDiagnosticSink diagnostics)
    {
        try
        {
            // The readers buffer themselves, so the stream's own buffer would only copy twice.
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1,
                FileOptions.Asynchronous | FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            diagnostics.Report(DiagnosticCodes.RecordingNotFound.Create(
                $"'{path}' does not exist; check the path (it was skipped).", path));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(DiagnosticCodes.RecordingUnreadable.Create(
                $"'{path}' cannot be opened: {ex.Message} Check its permissions (it was skipped).", path));
        }

        return null;
    }

    /// <summary>Looks at the first meaningful byte and rewinds the stream.</summary>
    public static async Task<RecordingFormat> DetectAsync(FileStream stream, CancellationToken cancellationToken)
    {
        var buffer = new byte[4096];
        var format = RecordingFormat.Empty;
        int read;
        while ((read = await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            var first = FirstMeaningfulByte(buffer.AsSpan(0, read), stream.Position == read);
            if (first >= 0)
            {
                format = first == '{' ? RecordingFormat.Har : RecordingFormat.AccessLog;
                break;
            }
        }

        stream.Position = 0;
        return format;
    }

    /// <summary>The number of BOM bytes at the start of <paramref name="start"/> (0 or 3).</summary>
    public static int BomLength(ReadOnlySpan<byte> start) => start.StartsWith("\uFEFF"u8) ? 3 : 0;

    private static int FirstMeaningfulByte(ReadOnlySpan<byte> chunk, bool isStartOfFile)
    {
        if (isStartOfFile)
        {
            chunk = chunk[BomLength(chunk)..];
        }

        var index = chunk.IndexOfAnyExcept(" \t\r\n"u8);
        return index < 0 ? -1 : chunk[index];
    }

    private static void AddFolder(string folder, SortedSet<string> files, IDiagnosticSink diagnostics)
    {
        var found = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => Extensions.Any(e => f.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
            .ToList();
        if (found.Count == 0)
        {
            diagnostics.Report(DiagnosticCodes.FolderHasNoRecordings.Create(
                $"Folder '{folder}' holds no *.har or *.log file; point to the folder that holds the recordings.",
                folder));
        }

        files.UnionWith(found);
    }
}

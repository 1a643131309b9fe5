using System.Runtime.CompilerServices;
using HeyGen.Ci.Core.Diagnostics;
using HeyGen.Ci.Core.Model;

namespace HeyGen.Ci.Core.Ingest;

/// <summary>
/// Reads recordings (HAR 1.2 files and combined or common format access logs) into exchanges, streaming:
/// memory grows with the largest entry, never with the file.
/// </summary>
public static class RecordingReader
{
    /// <summary>
    /// Streams the exchanges of one recording in file order, each with its session id set. The format is chosen
    /// by content: a file whose first byte after any BOM and white space is <c>{</c> is HAR, anything else an
    /// access log. Faults are reported to <paramref name="diagnostics"/>; a bad entry or line is skipped and
    /// the rest still loads.
    /// </summary>
    /// <param name="path">The file, as the user named it (it appears in every diagnostic and location).</param>
    /// <param name="options">How to read.</param>
    /// <param name="diagnostics">Receives what was wrong with the input.</param>
    /// <param name="cancellationToken">Stops reading.</param>
    public static async IAsyncEnumerable<Exchange> ReadAsync(
        string path,
        IngestOptions options,
        IDiagnosticSink diagnostics,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(diagnostics);

        var stream = RecordingFile.Open(path, diagnostics);
        if (stream is null)
        {
            yield break;
        }

        await using (stream.ConfigureAwait(false))
        {
            var format = await DetectAsync(path, stream, diagnostics, cancellationToken).ConfigureAwait(false);
            var exchanges = format switch
            {
                RecordingFormat.Har => new HarReader(path, stream, options, diagnostics).ReadAsync(cancellationToken),
                RecordingFormat.AccessLog =>
                    new AccessLogReader(path, stream, options, diagnostics).ReadAsync(cancellationToken),
                RecordingFormat.Empty => Empty(path, diagnostics),
                _ => AsyncEnumerable.Empty<Exchange>(),
            };

            await foreach (var exchange in exchanges.ConfigureAwait(false))
            {
                yield return exchange;
            }
        }
    }

    // A file that opens but cannot be read (a device, a disk error) is reported and left out like one that
    // does not open; the rest of the input still loads.
    private static async Task<RecordingFormat?> DetectAsync(
        string path, FileStream stream, IDiagnosticSink diagnostics, CancellationToken cancellationToken)
    {
        try
        {
            return await RecordingFile.DetectAsync(stream, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            diagnostics.Report(DiagnosticCodes.RecordingUnreadable.Create(
                $"Cannot read '{path}': {ex.Message}. Check that it is a regular file you can read.", path));
            return null;
        }
    }

    /// <summary>
    /// Turns files and folders into the list of recordings to read: a file is taken whatever its name, a folder
    /// gives every <c>*.har</c> and <c>*.log</c> file below it. The list is sorted ordinally, without repeats;
    /// a path that does not exist is reported (<c>HGCI0001</c>) and skipped.
    /// </summary>
    /// <param name="inputs">Paths as the user gave them.</param>
    /// <param name="diagnostics">Receives missing paths and empty folders.</param>
    public static IReadOnlyList<string> ExpandInputs(IEnumerable<string> inputs, IDiagnosticSink diagnostics)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(diagnostics);

        return RecordingFile.Expand(inputs, diagnostics);
    }

    /// <summary>
    /// Reads every session of every input, in order: inputs as <see cref="ExpandInputs"/> lists them, sessions
    /// in the order their first exchange appears. Meant for small inputs and tests; it holds everything.
    /// </summary>
    /// <param name="inputs">Files and folders.</param>
    /// <param name="options">How to read.</param>
    /// <param name="diagnostics">Receives what was wrong with the input.</param>
    /// <param name="cancellationToken">Stops reading.</param>
    public static async Task<IReadOnlyList<Session>> ReadSessionsAsync(
        IEnumerable<string> inputs,
        IngestOptions options,
        IDiagnosticSink diagnostics,
        CancellationToken cancellationToken)
    {
        var sessions = new List<Session>();
        foreach (var path in ExpandInputs(inputs, diagnostics))
        {
            var grouped = new Dictionary<string, List<Exchange>>(StringComparer.Ordinal);
            var order = new List<string>();
            await foreach (var exchange in ReadAsync(path, options, diagnostics, cancellationToken)
                .ConfigureAwait(false))
            {
                if (!grouped.TryGetValue(exchange.SessionId, out var list))
                {
                    list = [];
                    grouped.Add(exchange.SessionId, list);
                    order.Add(exchange.SessionId);
                }

                list.Add(exchange);
            }

            sessions.AddRange(order.Select(id => new Session(id, path, grouped[id])));
        }

        return sessions;
    }

    private static async IAsyncEnumerable<Exchange> Empty(string path, IDiagnosticSink diagnostics)
    {
        diagnostics.Report(DiagnosticCodes.RecordingEmpty.Create(
            $"'{path}' holds no data; record a HAR file or point to a non-empty access log.", path));
        await Task.CompletedTask.ConfigureAwait(false);
        yield break;
    }
}

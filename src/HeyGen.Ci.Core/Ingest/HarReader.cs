using System.Buffers;
using System.Runtime.CompilerServices;
using HeyGen.Ci.Core.Diagnostics;
using HeyGen.Ci.Core.Model;

namespace HeyGen.Ci.Core.Ingest;

/// <summary>
/// Streams the exchanges of a HAR file: reads into a pooled buffer, lets <see cref="HarScanner"/> find the
/// entries that lie whole in it, and grows the buffer only when one entry does not fit.
/// </summary>
internal sealed class HarReader
{
    // Large enough that an entry rarely straddles two chunks (each straddle parses that entry twice).
    private const int InitialBufferSize = 1024 * 1024;

    private readonly string _path;
    private readonly Stream _stream;
    private readonly IDiagnosticSink _diagnostics;
    private readonly HarScanner _scanner;
    private readonly HarExchangeBuilder _builder;

    public HarReader(string path, Stream stream, IngestOptions options, IDiagnosticSink diagnostics)
    {
        _path = path;
        _stream = stream;
        _diagnostics = diagnostics;
        _scanner = new HarScanner(path, diagnostics);
        _builder = new HarExchangeBuilder(path, options, diagnostics);
    }

    public async IAsyncEnumerable<Exchange> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(InitialBufferSize);
        var filled = 0;
        var found = new List<ScannedEntry>();
        try
        {
            var isFinal = false;
            while (!_scanner.IsDone)
            {
                if (filled == buffer.Length)
                {
                    buffer = Grow(buffer, filled);
                }

                (filled, isFinal) = await FillAsync(buffer, filled, cancellationToken).ConfigureAwait(false);
                if (filled < 0)
                {
                    yield break;
                }

                var consumed = _scanner.Scan(buffer.AsSpan(0, filled), isFinal, found);
                buffer.AsSpan(consumed, filled - consumed).CopyTo(buffer);
                filled -= consumed;

                foreach (var scanned in found)
                {
                    if (_builder.Build(scanned) is { } exchange)
                    {
                        yield return exchange;
                    }
                }

                found.Clear();
                if (isFinal)
                {
                    break;
                }
            }

            _scanner.Finish();
            _builder.Finish();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Reads until the buffer is full or the file ends; -1 when reading failed (reported).</summary>
    private async Task<(int Filled, bool IsFinal)> FillAsync(byte[] buffer, int filled, CancellationToken ct)
    {
        try
        {
            while (filled < buffer.Length)
            {
                var read = await _stream.ReadAsync(buffer.AsMemory(filled), ct).ConfigureAwait(false);
                if (read == 0)
                {
                    return (filled, true);
                }

                filled += read;
            }

            return (filled, false);
        }
        catch (IOException ex)
        {
            _diagnostics.Report(DiagnosticCodes.RecordingUnreadable.Create(
                $"Reading '{_path}' failed after {_scanner.EntriesSeen} entries: {ex.Message}", _path));
            return (-1, true);
        }
    }

    private static byte[] Grow(byte[] buffer, int filled)
    {
        var larger = ArrayPool<byte>.Shared.Rent(checked(buffer.Length * 2));
        buffer.AsSpan(0, filled).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(buffer);
        return larger;
    }
}

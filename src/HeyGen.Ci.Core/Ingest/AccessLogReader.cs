using System.Runtime.CompilerServices;
using System.Text;
using HeyGen.Ci.Core.Diagnostics;
using HeyGen.Ci.Core.Model;

namespace HeyGen.Ci.Core.Ingest;

/// <summary>
/// Streams the exchanges of an access log, line by line. Lines that are not requests to replay (garbage,
/// TLS bytes, scanner probes, proxy requests) are reported with their number and reason and skipped.
/// </summary>
internal sealed class AccessLogReader
{
    private readonly string _path;
    private readonly Stream _stream;
    private readonly IngestOptions _options;
    private readonly IDiagnosticSink _diagnostics;
    private readonly AccessLogSessions _sessions;

    public AccessLogReader(string path, Stream stream, IngestOptions options, IDiagnosticSink diagnostics)
    {
        _path = path;
        _stream = stream;
        _options = options;
        _diagnostics = diagnostics;
        _sessions = new AccessLogSessions(path, options.IdleGap);
    }

    public async IAsyncEnumerable<Exchange> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(_stream, Encoding.UTF8, true, 64 * 1024, leaveOpen: true);
        var lineNumber = 0;
        var loaded = 0;
        var skipped = 0;
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (Read(line, lineNumber) is { } exchange)
            {
                loaded++;
                yield return exchange;
            }
            else
            {
                skipped++;
            }
        }

        if (loaded == 0 && skipped > 0)
        {
            _diagnostics.Report(DiagnosticCodes.AccessLogUnrecognised.Create(
                $"None of the {skipped} lines of '{_path}' is a combined or common format access log line; "
                + "check the file is an access log (HAR files start with '{').", _path));
        }
    }

    private Exchange? Read(string line, int lineNumber)
    {
        if (AccessLogLineParser.Parse(line, out var reason) is not { } entry)
        {
            return Skip(lineNumber, reason);
        }

        if (AccessLogRequestLine.Parse(entry.RequestLine, _options.AccessLogBaseAddress, out reason) is not
            var (method, url, version))
        {
            return Skip(lineNumber, reason);
        }

        return new Exchange
        {
            Location = new SourceLocation(_path, Line: lineNumber),
            SessionId = _sessions.Assign(entry.ClientAddress, entry.UserAgent, entry.Time),
            StartedAt = entry.Time,
            Request = new RecordedRequest
            {
                Method = method,
                Url = url,
                HttpVersion = version,
                Headers = Headers(entry),
            },
            Response = new RecordedResponse { Status = entry.Status is > 0 and < 1000 ? entry.Status : 0 },
            Timings = entry.RequestTimeMs is { } ms ? new ExchangeTimings { TotalMs = ms } : ExchangeTimings.Unknown,
        };
    }

    private static IReadOnlyList<HttpHeader> Headers(AccessLogEntry entry)
    {
        var headers = new List<HttpHeader>(2);
        if (entry.UserAgent is { } agent)
        {
            headers.Add(new HttpHeader("User-Agent", agent));
        }

        if (entry.Referer is { } referer)
        {
            headers.Add(new HttpHeader("Referer", referer));
        }

        return headers;
    }

    private Exchange? Skip(int lineNumber, string reason)
    {
        _diagnostics.Report(DiagnosticCodes.AccessLogLineInvalid.Create(
            $"Line {lineNumber} of '{_path}' was skipped: {reason}.", _path, lineNumber));
        return null;
    }
}

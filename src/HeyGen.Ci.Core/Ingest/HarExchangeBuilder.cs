using System.Globalization;
using HeyGen.Ci.Core.Diagnostics;
using HeyGen.Ci.Core.Model;

namespace HeyGen.Ci.Core.Ingest;

/// <summary>Checks a HAR entry draft and turns it into an exchange, or reports why it cannot be one.</summary>
internal sealed class HarExchangeBuilder
{
    private readonly string _path;
    private readonly IDiagnosticSink _diagnostics;
    private readonly HarSessions _sessions;
    private readonly HarBodies _bodies;

    public HarExchangeBuilder(string path, IngestOptions options, IDiagnosticSink diagnostics)
    {
        _path = path;
        _diagnostics = diagnostics;
        _sessions = new HarSessions(path, options.IdleGap);
        _bodies = new HarBodies(path, options, diagnostics);
    }

    public Exchange? Build(ScannedEntry scanned)
    {
        var draft = scanned.Draft;
        if (draft.Request is not { } request)
        {
            return Reject(scanned, "it has no request object");
        }

        var url = HarUrl.Resolve(request.Url, request.Headers, out var problem);
        if (url is null)
        {
            return problem is HarUrlProblem.NotHttp
                ? NotHttp(scanned, $"its URL '{Shorten(request.Url)}' is not an http(s) or ws(s) address")
                : Reject(scanned, $"request.url '{Shorten(request.Url)}' is not a usable URL");
        }

        var method = Method(request);
        if (method is null)
        {
            return Reject(scanned, "request.method is empty and no :method header names it");
        }

        if (method == "CONNECT")
        {
            return NotHttp(scanned, "it is a CONNECT proxy tunnel, not a request to the application");
        }

        var startedAt = StartedAt(scanned);
        return new Exchange
        {
            Location = new SourceLocation(_path, scanned.Index, scanned.Line),
            SessionId = _sessions.Assign(draft.PageRef, startedAt),
            StartedAt = startedAt,
            Request = Request(request, method, url, scanned),
            Response = Response(draft.Response, method, scanned),
            Timings = Timings(draft),
        };
    }

    /// <summary>Reports what was reported once per file.</summary>
    public void Finish() => _bodies.Finish();

    private RecordedRequest Request(HarRequestDraft request, string method, Uri url, ScannedEntry at)
    {
        var body = _bodies.Request(request, at);
        var cookies = request.Cookies.Count > 0 ? request.Cookies : CookieHeaders.FromCookie(request.Headers);
        return new RecordedRequest
        {
            Method = method,
            Url = url,
            HttpVersion = HttpVersions.Normalise(request.HttpVersion),
            Headers = WireHeaders.Normalise(request.Headers, body, bodyless: false),
            Cookies = cookies,
            Body = body,
        };
    }

    private RecordedResponse Response(HarResponseDraft? response, string method, ScannedEntry at)
    {
        if (response is null)
        {
            return new RecordedResponse { Status = 0 };
        }

        var status = response.Status is > 0 and < 1000 ? (int)response.Status : 0;
        var bodyless = method == "HEAD" || status is 204 or 304 || (status is >= 100 and < 200);
        var encoding = WireHeaders.Find(response.Headers, "Content-Encoding");
        var body = _bodies.Response(response.Content, status, bodyless, encoding, at);

        var cookies = response.Cookies.Count > 0 ? response.Cookies : CookieHeaders.FromSetCookie(response.Headers);
        return new RecordedResponse
        {
            Status = status,
            StatusText = string.IsNullOrEmpty(response.StatusText) ? null : response.StatusText,
            Headers = WireHeaders.Normalise(response.Headers, body, bodyless),
            Cookies = cookies,
            Body = body,
        };
    }

    private static string? Method(HarRequestDraft request)
    {
        var method = request.Method?.Trim();
        if (string.IsNullOrEmpty(method))
        {
            method = WireHeaders.Find(request.Headers, ":method")?.Trim();
        }

        return string.IsNullOrEmpty(method) ? null : method.ToUpperInvariant();
    }

    private DateTimeOffset? StartedAt(ScannedEntry at)
    {
        var text = at.Draft.StartedDateTime;
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var parsed))
        {
            return parsed;
        }

        _diagnostics.Report(DiagnosticCodes.HarStartTimeInvalid.Create(
            $"Entry {at.Index} of '{_path}' has startedDateTime '{text}', which is not an ISO 8601 time; the "
            + "entry loads without a start time, so think time and idle gaps ignore it.", _path, at.Line, at.Index));
        return null;
    }

    private static ExchangeTimings Timings(HarEntryDraft draft)
    {
        var total = NotNegative(draft.Time);
        var wait = NotNegative(draft.Timings.Wait);
        var receive = NotNegative(draft.Timings.Receive);
        if (total is null && wait is null && receive is null)
        {
            return ExchangeTimings.Unknown;
        }

        return new ExchangeTimings { TotalMs = total, WaitMs = wait, ReceiveMs = receive };
    }

    /// <summary>HAR writes -1 (some producers -1000) for "not applicable"; the model says null.</summary>
    private static double? NotNegative(double? value) => value is >= 0 and var v && double.IsFinite(v) ? v : null;

    private Exchange? Reject(ScannedEntry at, string why)
    {
        _diagnostics.Report(DiagnosticCodes.HarEntryInvalid.Create(
            $"Entry {at.Index} of '{_path}' was skipped: {why}. Fix or remove that entry; the others loaded.",
            _path, at.Line, at.Index));
        return null;
    }

    private Exchange? NotHttp(ScannedEntry at, string why)
    {
        _diagnostics.Report(DiagnosticCodes.HarEntryNotHttp.Create(
            $"Entry {at.Index} of '{_path}' was skipped: {why}, so there is nothing to replay.",
            _path, at.Line, at.Index));
        return null;
    }

    private static string Shorten(string? text) => text switch
    {
        null => string.Empty,
        { Length: > 80 } longText => longText[..80] + "…",
        _ => text,
    };
}

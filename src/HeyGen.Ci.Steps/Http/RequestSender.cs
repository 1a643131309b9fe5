using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using HeyGen.Ci.Core.Results;
using HeyGen.Ci.Steps.Scenarios;

namespace HeyGen.Ci.Steps.Http;

/// <summary>Sends the prepared request of a scenario and records what happened as an exchange observation.</summary>
internal sealed class RequestSender
{
    // Headers the client or the connection owns: sending a recorded value would break framing or negotiation.
    private static readonly HashSet<string> WireHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "Content-Length", "Transfer-Encoding", "Connection", "Host", "Keep-Alive", "Proxy-Connection", "TE",
        "Trailer", "Upgrade", "Accept-Encoding",
    };

    private readonly HttpScenarioState _state;

    public RequestSender(HttpScenarioState state) => _state = state;

    /// <summary>Whether a header of this name is never sent (pseudo-headers and wire headers).</summary>
    public static bool IsNeverSent(string name) => name.StartsWith(':') || WireHeaders.Contains(name);

    public async Task SendAsync(string method, string pathTemplate)
    {
        var target = _state.Target;
        var (path, shownPath) = _state.Expand(pathTemplate);
        var url = Combine(target.BaseAddress, path);
        var shownUrl = Combine(target.BaseAddress, shownPath);
        using var request = new HttpRequestMessage(new HttpMethod(method.ToUpperInvariant()), url);
        var shownHeaders = AddHeaders(request);
        var bodyBytes = AddBody(request);
        AddCookies(request);

        var exchange = new ExchangeObservation
        {
            Endpoint = EndpointTags.Resolve(
                $"{request.Method.Method} {References.RouteTemplate(pathTemplate)}", _state.DeclaredEndpoints),
            Method = request.Method.Method,
            Url = shownUrl.ToString(),
            RequestHeaders = shownHeaders,
            RequestBodyBytes = bodyBytes,
        };

        await SendAsync(target, request, exchange).ConfigureAwait(false);
    }

    private async Task SendAsync(StepTarget target, HttpRequestMessage request, ExchangeObservation exchange)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(target.RunCancellation);
        timeout.CancelAfter(target.Timeout);
        var clock = Stopwatch.StartNew();
        try
        {
            using var response = await target.Client
                .SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            var headersAt = clock.Elapsed.TotalMilliseconds;
            var body = await response.Content.ReadAsByteArrayAsync(timeout.Token).ConfigureAwait(false);
            var latency = clock.Elapsed.TotalMilliseconds;
            Remember(request.RequestUri!, response, body);
            _state.Record(exchange with
            {
                Status = (int)response.StatusCode,
                LatencyMs = latency,
                TimeToHeadersMs = headersAt,
                ResponseBytes = body.Length,
                ContentType = response.Content.Headers.ContentType?.MediaType,
            });
        }
        catch (OperationCanceledException ex) when (!target.RunCancellation.IsCancellationRequested)
        {
            var why = $"no response from {exchange.Url} within {target.Timeout.TotalSeconds:0.###} s";
            throw Unreachable(exchange, clock, why, ex);
        }
        catch (HttpRequestException ex)
        {
            throw Unreachable(exchange, clock, $"could not reach {exchange.Url}: {ex.Message}", ex);
        }
    }

    private TargetUnreachableException Unreachable(
        ExchangeObservation exchange, Stopwatch clock, string why, Exception inner)
    {
        _state.LastResponse = null;
        _state.Record(exchange with { LatencyMs = clock.Elapsed.TotalMilliseconds, TransportError = why });

        return new TargetUnreachableException(why, inner);
    }

    private void Remember(Uri uri, HttpResponseMessage response, byte[] body)
    {
        var headers = response.Headers.Concat(response.Content.Headers)
            .SelectMany(h => h.Value.Select(v => (h.Key, Value: v)))
            .ToLookup(h => h.Key, h => h.Value, StringComparer.OrdinalIgnoreCase);
        foreach (var cookie in headers["Set-Cookie"])
        {
            try
            {
                _state.Cookies.SetCookies(uri, cookie);
            }
            catch (CookieException)
            {
                // A browser drops a cookie it cannot parse; so does the jar.
            }
        }

        _state.LastResponse = new ResponseSnapshot(
            (int)response.StatusCode, headers, response.Content.Headers.ContentType?.MediaType, body);
    }

    private Dictionary<string, string> AddHeaders(HttpRequestMessage request)
    {
        var shown = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, template) in _state.PendingHeaders)
        {
            if (IsNeverSent(name))
            {
                continue;
            }

            var (value, display) = _state.Expand(template);
            shown[name] = display;
            if (IsContentHeader(name))
            {
                continue;
            }

            request.Headers.TryAddWithoutValidation(name, value);
        }

        return shown;
    }

    private long AddBody(HttpRequestMessage request)
    {
        if (_state.PendingBody is null)
        {
            return 0;
        }

        var (body, _) = _state.Expand(_state.PendingBody);
        var bytes = Encoding.UTF8.GetBytes(body);
        request.Content = new ByteArrayContent(bytes);
        request.Content.Headers.ContentType = null;
        foreach (var (name, template) in _state.PendingHeaders.Where(h => IsContentHeader(h.Name)))
        {
            request.Content.Headers.TryAddWithoutValidation(name, _state.Expand(template).Value);
        }

        if (request.Content.Headers.ContentType is null)
        {
            var mediaType = _state.PendingBodyMediaType ?? GuessMediaType(body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue(mediaType) { CharSet = "utf-8" };
        }

        return bytes.Length;
    }

    private void AddCookies(HttpRequestMessage request)
    {
        var jar = _state.Cookies.GetCookieHeader(request.RequestUri!);
        if (jar.Length == 0)
        {
            return;
        }

        // Cookies the feature states (a secret session cookie) go first; the jar adds what the target set since.
        var stated = request.Headers.TryGetValues("Cookie", out var values) ? string.Join("; ", values) : null;
        request.Headers.Remove("Cookie");
        request.Headers.TryAddWithoutValidation("Cookie", stated is null ? jar : stated + "; " + jar);
    }

    private static bool IsContentHeader(string name)
        => name.StartsWith("Content-", StringComparison.OrdinalIgnoreCase) || ContentHeaders.Contains(name);

    private static readonly HashSet<string> ContentHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "Expires", "Last-Modified", "Allow",
    };

    private static string GuessMediaType(string body)
    {
        var trimmed = body.TrimStart();

        return trimmed.StartsWith('{') || trimmed.StartsWith('[') ? "application/json" : "text/plain";
    }

    private static Uri Combine(Uri baseAddress, string path)
    {
        var root = baseAddress.GetLeftPart(UriPartial.Path).TrimEnd('/');
        if (Uri.TryCreate(path, UriKind.Absolute, out var absolute)
            && absolute.Scheme.StartsWith("http", StringComparison.Ordinal))
        {
            // Features address the target by relative paths; an absolute URL would aim traffic elsewhere.
            path = absolute.PathAndQuery;
        }

        return new Uri(root + (path.StartsWith('/') ? path : "/" + path));
    }
}

using System.Text;
using System.Text.Json;
using HeyGen.Ci.Core.Generation;
using HeyGen.Ci.Core.Model;

namespace HeyGen.Ci.Core.Analysis;

/// <summary>
/// Rewrites one recorded request for a feature: route parameters and reused values become references,
/// secrets become <c>${env:HEYGEN_SECRET_…}</c> parameters, and headers that only the browser or the
/// transport set are dropped. Secret values never reach the result.
/// </summary>
internal sealed class RequestRewriter
{
    private static readonly string[] DroppedHeaders =
    [
        "Host", "Content-Length", "Connection", "Keep-Alive", "Transfer-Encoding", "Content-Encoding",
        "Accept-Encoding", "TE", "Upgrade", "Proxy-Connection", "User-Agent", "Referer", "Origin",
        "Accept-Language", "Cache-Control", "Pragma", "DNT", "Upgrade-Insecure-Requests", "If-None-Match",
        "If-Modified-Since", "Priority", "Cookie", "Content-Type", "Purpose", "X-Requested-With",
    ];

    private readonly CorrelationTracker _tracker;
    private readonly SecretNames _names;
    private readonly List<ValueUse> _uses = [];
    private readonly List<SecretParameter> _secrets = [];
    private string _endpoint = string.Empty;

    private RequestRewriter(CorrelationTracker tracker, SecretNames names)
    {
        _tracker = tracker;
        _names = names;
    }

    /// <summary>
    /// Rewrites <paramref name="request"/> with the values <paramref name="tracker"/> knows; secrets are named by
    /// <paramref name="names"/>, which every pass over the same recordings shares.
    /// </summary>
    public static RewrittenRequest Rewrite(
        RecordedRequest request, RouteTable routes, CorrelationTracker tracker, SecretNames names)
        => new RequestRewriter(tracker, names).Run(request, routes);

    /// <summary>Whether a request header is one a feature leaves out.</summary>
    public static bool IsDropped(HttpHeader header)
        => header.IsPseudo || header.Name.StartsWith("Sec-", StringComparison.OrdinalIgnoreCase)
            || DroppedHeaders.Any(header.Is);

    private RewrittenRequest Run(RecordedRequest request, RouteTable routes)
    {
        var route = routes.Match(request.Url.AbsolutePath);
        _endpoint = request.Method + " " + route.Template;
        var routeVariables = new List<KeyValuePair<string, string>>();
        var path = route.ReferencePath(p => RouteReference(p, routeVariables));
        var query = request.Url.GetComponents(UriComponents.Query, UriFormat.UriEscaped);
        var target = UrlText.DecodeNonAscii(path) + (query.Length > 0 ? "?" + RewriteQuery(query) : string.Empty);
        var (body, bodyType) = RewriteBody(request.Body);

        return new RewrittenRequest
        {
            Method = request.Method,
            Endpoint = _endpoint,
            Route = route,
            Target = target,
            RouteVariables = routeVariables,
            Headers = RewriteHeaders(request),
            Body = body,
            BodyMediaType = bodyType,
            BodyIsLossy = request.Body?.IsLossy ?? false,
            BodyHasCarriageReturns = body?.Contains('\r', StringComparison.Ordinal) ?? false,
            Uses = _uses,
            Secrets = _secrets,
            Recorded = request,
        };
    }

    private string RouteReference(RouteParameter parameter, List<KeyValuePair<string, string>> variables)
    {
        var issued = _tracker.Find(parameter.Value) ?? _tracker.Find(UrlText.DecodeComponent(parameter.Value));
        if (issued is not null)
        {
            _uses.Add(new ValueUse(issued, "path", parameter.Name));

            return ReferenceText.Variable(issued.Variable);
        }

        variables.Add(new(parameter.Name, UrlText.DecodeNonAscii(parameter.Value)));

        return ReferenceText.Variable(parameter.Name);
    }

    private string RewriteQuery(string query)
    {
        var pairs = query.Split('&');
        for (var i = 0; i < pairs.Length; i++)
        {
            var equals = pairs[i].IndexOf('=', StringComparison.Ordinal);
            var key = equals < 0 ? pairs[i] : pairs[i][..equals];
            var value = equals < 0 ? null : pairs[i][(equals + 1)..];
            var rewritten = value is null ? null : RewriteQueryValue(UrlText.DecodeComponent(key), value);
            pairs[i] = UrlText.DecodeNonAscii(ReferenceText.EscapeLiteral(key))
                + (rewritten is null ? string.Empty : "=" + rewritten);
        }

        return string.Join('&', pairs);
    }

    private string RewriteQueryValue(string name, string value)
    {
        if (Linked(UrlText.DecodeComponent(value), name) is { } issued)
        {
            _uses.Add(new ValueUse(issued, "query", name));

            return ReferenceText.Variable(issued.Variable);
        }

        if (SecretRules.IsSecretQuery(name) && value.Length > 0)
        {
            return Secret(SecretLocation.Query, name, UrlText.DecodeComponent(value));
        }

        return UrlText.DecodeNonAscii(ReferenceText.EscapeLiteral(value));
    }

    // A short number such as 1 or 42 is as likely a quantity, a page or a count as an id the response issued:
    // it links only where the request names it like an id (productId, id, user_id). Longer values link anywhere.
    private IssuedValue? Linked(string text, string? name)
    {
        var weak = text.Length <= 3 && text.All(char.IsAsciiDigit);
        if (weak && !IsIdName(name))
        {
            return null;
        }

        return _tracker.Find(text);
    }

    private static bool IsIdName(string? name) => name is not null
        && (name.Equals("id", StringComparison.OrdinalIgnoreCase) || name.EndsWith("Id", StringComparison.Ordinal)
            || name.EndsWith("_id", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith("ID", StringComparison.Ordinal));

    private string Secret(SecretLocation location, string key, string value)
    {
        var name = _names.NameFor(location, key, value);
        _secrets.Add(new SecretParameter(name, location, key, 1));

        return ReferenceText.Environment(name);
    }

    private List<HttpHeader> RewriteHeaders(RecordedRequest request)
    {
        var headers = new List<HttpHeader>();
        foreach (var header in request.Headers.Where(h => !IsDropped(h)))
        {
            headers.Add(header with { Value = RewriteHeaderValue(header) });
        }

        var cookie = RewriteCookies(request);
        if (cookie.Length > 0)
        {
            headers.Add(new HttpHeader("Cookie", cookie));
        }

        return headers;
    }

    private string RewriteHeaderValue(HttpHeader header)
    {
        if (_tracker.FindToken(header.Value) is var (issued, start))
        {
            _uses.Add(new ValueUse(issued, "header", header.Name));
            var before = header.Value[..start];
            var after = header.Value[(start + issued.Value.Length)..];

            return ReferenceText.EscapeLiteral(before) + ReferenceText.Variable(issued.Variable)
                + ReferenceText.EscapeLiteral(after);
        }

        return SecretRules.IsSecretHeader(header.Name)
            ? Secret(SecretLocation.Header, header.Name, header.Value)
            : ReferenceText.EscapeLiteral(header.Value);
    }

    private string RewriteCookies(RecordedRequest request)
    {
        var parts = new List<string>();
        foreach (var cookie in Cookies(request))
        {
            if (_tracker.IsInJar(cookie))
            {
                continue;
            }

            if (_tracker.Find(cookie.Value) is { } issued)
            {
                _uses.Add(new ValueUse(issued, "cookie", cookie.Name));
                parts.Add(cookie.Name + "=" + ReferenceText.Variable(issued.Variable));
                continue;
            }

            parts.Add(cookie.Name + "=" + Secret(SecretLocation.Cookie, cookie.Name, cookie.Value));
        }

        return string.Join("; ", parts);
    }

    private static IEnumerable<HttpCookie> Cookies(RecordedRequest request)
    {
        if (request.Cookies.Count > 0)
        {
            return request.Cookies;
        }

        var header = request.Headers.FirstOrDefault(h => h.Is("Cookie"));
        if (header is null)
        {
            return [];
        }

        return header.Value.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .Select(p => new HttpCookie(p[0], p.Length > 1 ? p[1] : string.Empty));
    }

    private (string? Body, string? MediaType) RewriteBody(RecordedBody? body)
    {
        if (body is null || body.Content.IsEmpty)
        {
            return (null, null);
        }

        var type = body.MediaType is { } t ? MediaTypes.Essence(t).ToString() : null;
        if (body.IsJson || type is null)
        {
            using var document = JsonPaths.TryParse(body.Content);
            if (document is not null)
            {
                return (JsonText.Write(document.RootElement, RewriteJsonLeaf), type ?? "application/json");
            }
        }

        var text = Encoding.UTF8.GetString(body.Content.Span);
        if (string.Equals(type, "application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
        {
            return (RewriteForm(text), type);
        }

        return (ReferenceText.EscapeLiteral(text), type);
    }

    private string? RewriteJsonLeaf(string path, string? name, JsonElement value)
    {
        var text = value.ValueKind == JsonValueKind.String ? value.GetString() ?? string.Empty : value.GetRawText();
        if (value.ValueKind is JsonValueKind.String or JsonValueKind.Number && Linked(text, name) is { } issued)
        {
            _uses.Add(new ValueUse(issued, "body", path));
            var reference = ReferenceText.Variable(issued.Variable);

            return value.ValueKind == JsonValueKind.String ? "\"" + reference + "\"" : reference;
        }

        if (name is not null && SecretRules.IsSecretField(name) && value.ValueKind == JsonValueKind.String)
        {
            return "\"" + Secret(SecretLocation.Body, name, text) + "\"";
        }

        return null;
    }

    private string RewriteForm(string form)
    {
        var pairs = form.Split('&');
        for (var i = 0; i < pairs.Length; i++)
        {
            var parts = pairs[i].Split('=', 2);
            var name = UrlText.DecodeComponent(parts[0]);
            if (parts.Length < 2)
            {
                pairs[i] = ReferenceText.EscapeLiteral(pairs[i]);
                continue;
            }

            var value = parts[1];
            var decoded = UrlText.DecodeComponent(value);
            string rewritten;
            if (Linked(decoded, name) is { } issued)
            {
                _uses.Add(new ValueUse(issued, "body", name));
                rewritten = ReferenceText.Variable(issued.Variable);
            }
            else
            {
                rewritten = SecretRules.IsSecretField(name) && value.Length > 0
                    ? Secret(SecretLocation.Body, name, decoded)
                    : ReferenceText.EscapeLiteral(value);
            }

            pairs[i] = ReferenceText.EscapeLiteral(parts[0]) + "=" + rewritten;
        }

        return string.Join('&', pairs);
    }
}

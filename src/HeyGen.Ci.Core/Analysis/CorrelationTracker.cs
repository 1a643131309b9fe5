using System.Text.Json;
using HeyGen.Ci.Core.Model;

namespace HeyGen.Ci.Core.Analysis;

/// <summary>
/// Remembers, for one session, the values its responses issued (JSON fields, headers, cookies), so that a
/// later request reusing one is written with a captured variable instead of the literal value.
/// State grows with the distinct values issued, capped per session.
/// </summary>
internal sealed class CorrelationTracker
{
    private const int MaxValues = 1024;

    // Tokens and ids are short; a long text is content, and keeping it would cost memory for nothing.
    private const int MaxValueLength = 512;

    private static readonly char[] TokenSeparators = [' ', ',', ';', '"', '\'', '\t'];

    private readonly Dictionary<string, IssuedValue> _byValue = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _named = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _jar = new(StringComparer.Ordinal);
    private readonly HashSet<string> _sentByClient = new(StringComparer.Ordinal);
    private readonly Func<string, string> _intern;

    /// <summary>
    /// Starts an empty tracker; <paramref name="intern"/> shares the endpoint and path strings that many values
    /// of many sessions repeat.
    /// </summary>
    public CorrelationTracker(Func<string, string>? intern = null) => _intern = intern ?? (s => s);

    /// <summary>The issued value equal to <paramref name="text"/>, if any.</summary>
    public IssuedValue? Find(string text)
        => _byValue.TryGetValue(text, out var issued) ? Named(issued) : null;

    /// <summary>Whether the session's cookie jar holds this cookie because an earlier response set
    /// it.</summary>
    public bool IsInJar(HttpCookie cookie) => _jar.TryGetValue(cookie.Name, out var value) && value == cookie.Value;

    /// <summary>The first issued value found as a whole token inside <paramref name="text"/> (<c>Bearer
    /// tok-1</c>).</summary>
    public (IssuedValue Value, int Start)? FindToken(string text)
    {
        var start = 0;
        foreach (var token in text.Split(TokenSeparators))
        {
            if (token.Length > 0 && _byValue.TryGetValue(token, out var issued))
            {
                return (Named(issued), start);
            }

            start += token.Length + 1;
        }

        return null;
    }

    /// <summary>
    /// Learns the values a request sent: a response that echoes one of them did not issue it (the client knew
    /// it already, as a route parameter, a query value or a body field), so it is not captured from there.
    /// </summary>
    public void ObserveRequest(RecordedRequest request)
    {
        if (_sentByClient.Count >= MaxValues)
        {
            return;
        }

        foreach (var segment in RouteTemplateLearner.Segments(request.Url.AbsolutePath))
        {
            _sentByClient.Add(segment);
            _sentByClient.Add(Generation.UrlText.DecodeComponent(segment));
        }

        foreach (var pair in request.Url.GetComponents(UriComponents.Query, UriFormat.UriEscaped).Split('&'))
        {
            var value = pair[(pair.IndexOf('=', StringComparison.Ordinal) + 1)..];
            _sentByClient.Add(Generation.UrlText.DecodeComponent(value));
        }

        if (request.Body is { } body && JsonPaths.TryParse(body.Content) is { } document)
        {
            using (document)
            {
                _sentByClient.UnionWith(JsonPaths.Leaves(document.RootElement).Select(l => l.Text));
            }
        }
    }

    /// <summary>Learns the values a response issued.</summary>
    public void ObserveResponse(
        int index, string endpoint, string template, RecordedResponse response, JsonElement? body)
    {
        if (body is { } root)
        {
            // Timestamps and request ids change on every call; no later request reuses them as data.
            var candidates = JsonPaths.Leaves(root)
                .Where(l => IsCandidate(l) && VolatileRules.LeafReason(l) is null or "uuid");
            foreach (var leaf in candidates)
            {
                Issue(leaf.Text, ValueOrigin.Json, leaf.Path, leaf.Pattern, index, endpoint, JsonName(leaf, template));
            }
        }

        foreach (var header in response.Headers)
        {
            ObserveHeader(index, endpoint, header);
        }

        foreach (var cookie in response.Cookies.Where(c => c.Value.Length >= 3))
        {
            _jar[cookie.Name] = cookie.Value;
            Issue(cookie.Value, ValueOrigin.Cookie, cookie.Name, cookie.Name, index, endpoint,
                ParameterNames.CamelCase(cookie.Name));
        }
    }

    private void ObserveHeader(int index, string endpoint, HttpHeader header)
    {
        if (SecretRules.IsSecretHeader(header.Name) && header.Value.Length >= 4)
        {
            Issue(header.Value, ValueOrigin.Header, header.Name, header.Name, index, endpoint,
                ParameterNames.CamelCase(header.Name));
        }
    }

    private void Issue(
        string value, ValueOrigin origin, string location, string pattern, int index, string endpoint, string name)
    {
        if ((_byValue.Count >= MaxValues && !_byValue.ContainsKey(value)) || _sentByClient.Contains(value))
        {
            return;
        }

        // The name stays a wish until a request uses the value: most issued values are never used.
        var wish = _named.GetValueOrDefault(value) ?? (name.Length == 0 ? "value" : name);
        _byValue[value] = new IssuedValue(wish, value, origin, location, _intern(pattern), index, _intern(endpoint));
    }

    // One name per value for the whole session; a different value under a taken name gets a suffix.
    private IssuedValue Named(IssuedValue issued)
    {
        if (!_named.TryGetValue(issued.Value, out var name))
        {
            name = NameFor(issued.Variable, issued.Value);
            _named[issued.Value] = name;
        }

        return issued with { Variable = name };
    }

    private string NameFor(string name, string value)
    {
        var candidate = name;
        for (var n = 2; _names.TryGetValue(candidate, out var owner) && owner != value; n++)
        {
            candidate = name + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        _names[candidate] = value;

        return candidate;
    }

    private static string JsonName(JsonLeaf leaf, string template)
    {
        if (leaf.Name is null || leaf.Name.Equals("id", StringComparison.OrdinalIgnoreCase))
        {
            var literal = RouteTemplateLearner.Segments(template).LastOrDefault(s => !s.StartsWith('{'));

            return ParameterNames.IdFor(literal);
        }

        return ParameterNames.CamelCase(leaf.Name);
    }

    private static bool IsCandidate(JsonLeaf leaf)
    {
        var idName = leaf.Name is { } name
            && (name.Equals("id", StringComparison.OrdinalIgnoreCase) || name.EndsWith("Id", StringComparison.Ordinal)
                || name.EndsWith("_id", StringComparison.OrdinalIgnoreCase));

        return leaf.Value.ValueKind switch
        {
            JsonValueKind.String => IsCandidateText(leaf.Text, idName),
            JsonValueKind.Number => leaf.Text.All(char.IsAsciiDigit) && (idName || leaf.Text.Length >= 5),
            _ => false,
        };
    }

    private static bool IsCandidateText(string text, bool idName)
    {
        if (text.Length < 3 || text.Length > MaxValueLength || text.Any(char.IsWhiteSpace))
        {
            return false;
        }

        return idName || text.Length >= 16 || (text.Length >= 4 && text.Any(char.IsAsciiDigit));
    }
}

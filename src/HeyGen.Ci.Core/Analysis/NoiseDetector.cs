using System.Text.Json;

namespace HeyGen.Ci.Core.Analysis;

/// <summary>
/// Finds response fields that change from run to run: by their look (timestamps, UUIDs, generated ids) and
/// across sessions (the same request, made at the same point of two sessions, answered with another value).
/// Memory grows with distinct requests and fields, capped.
/// </summary>
internal sealed class NoiseDetector
{
    private const int MaxRequests = 20_000;

    // Keyed by a 64-bit digest of the request and by shared path strings, since many requests repeat both.
    private readonly Dictionary<long, Dictionary<string, (int Hash, string Session)>> _seen = [];
    private readonly Func<string, string> _intern;

    private readonly SortedDictionary<(string Endpoint, string Kind, string Path), string> _masked = new();

    /// <summary>Starts with nothing seen; <paramref name="intern"/> shares path strings.</summary>
    public NoiseDetector(Func<string, string>? intern = null) => _intern = intern ?? (s => s);

    /// <summary>The masked fields found so far, ordered by endpoint, kind and path.</summary>
    public IReadOnlyList<MaskedField> Masked
        => _masked.Select(m => new MaskedField(m.Key.Endpoint, m.Key.Kind, m.Key.Path, m.Value)).ToList();

    /// <summary>The masked JSON paths (array items as <c>[*]</c>) of one endpoint.</summary>
    public IReadOnlySet<string> JsonPathsOf(string endpoint)
        => _masked.Keys.Where(k => k.Endpoint == endpoint && k.Kind == "json").Select(k => k.Path).ToHashSet();

    /// <summary>
    /// Learns from one response. <paramref name="requestKey"/> names the request exactly (method, URL, body)
    /// and the how-many-th time the session made it, so a value that a session's own writes changed (the n-th
    /// call expecting the n-th response) is not taken for noise.
    /// </summary>
    public void Observe(
        string endpoint, string requestKey, string session, Model.RecordedResponse response, JsonElement? body)
    {
        foreach (var header in response.Headers)
        {
            if (VolatileRules.HeaderReason(header.Name) is { } reason)
            {
                Mask(endpoint, "header", header.Name, reason);
            }
        }

        if (body is not { } root)
        {
            return;
        }

        var known = Known(requestKey);
        foreach (var leaf in JsonPaths.Leaves(root))
        {
            ObserveLeaf(endpoint, session, leaf, known);
        }
    }

    /// <summary>Adds a mask found elsewhere (a secret or captured field).</summary>
    public void Mask(string endpoint, string kind, string path, string reason)
        => _masked.TryAdd((endpoint, kind, path), reason);

    private void ObserveLeaf(
        string endpoint, string session, JsonLeaf leaf, Dictionary<string, (int Hash, string Session)>? known)
    {
        if (VolatileRules.LeafReason(leaf) is { } reason)
        {
            Mask(endpoint, "json", leaf.Pattern, reason);
            return;
        }

        if (leaf.Name is { } name && SecretRules.IsSecretField(name))
        {
            Mask(endpoint, "json", leaf.Pattern, "secret");
            return;
        }

        if (known is null)
        {
            return;
        }

        var hash = StringComparer.Ordinal.GetHashCode(leaf.Value.GetRawText());
        if (!known.TryGetValue(leaf.Path, out var first))
        {
            known[_intern(leaf.Path)] = (hash, session);
        }
        else if (first.Hash != hash && first.Session != session)
        {
            Mask(endpoint, "json", leaf.Pattern, "varies across sessions");
        }
    }

    private Dictionary<string, (int Hash, string Session)>? Known(string requestKey)
    {
        var digest = BitConverter.ToInt64(
            System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(requestKey)));
        if (_seen.TryGetValue(digest, out var known))
        {
            return known;
        }

        if (_seen.Count >= MaxRequests)
        {
            return null;
        }

        known = new Dictionary<string, (int Hash, string Session)>(StringComparer.Ordinal);
        _seen[digest] = known;

        return known;
    }
}

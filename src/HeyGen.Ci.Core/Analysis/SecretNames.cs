using System.Security.Cryptography;
using System.Text;

namespace HeyGen.Ci.Core.Analysis;

/// <summary>
/// Names the environment parameters of secrets. The first distinct value found at a place (a header, cookie, query
/// parameter or body field) keeps the plain name; each further distinct value there gets <c>_2</c>, <c>_3</c>, …
/// in the order the recordings hold them, so sessions that signed in as different users replay as different users.
/// Values are kept only as digests under a key made for this process, and never written anywhere.
/// </summary>
internal sealed class SecretNames
{
    private readonly byte[] _key = RandomNumberGenerator.GetBytes(32);
    private readonly Dictionary<string, List<string>> _seen = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>The parameter name for <paramref name="value"/> found at <paramref name="location"/>.</summary>
    public string NameFor(SecretLocation location, string key, string value)
    {
        var name = SecretRules.ParameterName(location, key);
        var digest = Convert.ToHexString(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(value)));
        lock (_gate)
        {
            if (!_seen.TryGetValue(name, out var digests))
            {
                _seen[name] = digests = [];
            }

            var index = digests.IndexOf(digest);
            if (index < 0)
            {
                digests.Add(digest);
                index = digests.Count - 1;
            }

            return index == 0 ? name : $"{name}_{index + 1}";
        }
    }
}

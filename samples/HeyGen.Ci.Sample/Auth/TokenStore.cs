using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace HeyGen.Ci.Sample.Auth;

/// <summary>Bearer tokens in memory: random, opaque, valid for an hour.</summary>
internal sealed class TokenStore(TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    private readonly ConcurrentDictionary<string, IssuedToken> _tokens = new(StringComparer.Ordinal);

    public IssuedToken Issue(DemoUser user)
    {
        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var issued = new IssuedToken(token, user, time.GetUtcNow() + Lifetime);
        _tokens[token] = issued;
        return issued;
    }

    /// <summary>The user a token belongs to, or null when it is unknown or has expired.</summary>
    public DemoUser? Validate(string token)
    {
        if (!_tokens.TryGetValue(token, out var issued))
        {
            return null;
        }

        if (issued.ExpiresAt <= time.GetUtcNow())
        {
            _tokens.TryRemove(token, out _);
            return null;
        }

        return issued.User;
    }
}

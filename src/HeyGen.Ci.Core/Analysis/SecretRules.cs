using System.Text;
using System.Text.RegularExpressions;

namespace HeyGen.Ci.Core.Analysis;

/// <summary>
/// Which names hold secrets, and the environment parameter each becomes (the table in
/// <c>docs/contracts.md</c>):
/// <c>Authorization</c> is <c>HEYGEN_SECRET_AUTHORIZATION</c>, <c>X-Api-Key</c> is
/// <c>HEYGEN_SECRET_X_API_KEY</c>,
/// cookie <c>sid</c> is <c>HEYGEN_SECRET_COOKIE_SID</c>, and so on.
/// </summary>
internal static partial class SecretRules
{
    /// <summary>The prefix of every secret parameter.</summary>
    public const string Prefix = "HEYGEN_SECRET_";

    /// <summary>Whether a request header carries a secret.</summary>
    public static bool IsSecretHeader(string name)
        => IsAuthorization(name) || SecretHeaderName().IsMatch(name);

    /// <summary>Whether a query parameter carries a secret.</summary>
    public static bool IsSecretQuery(string name) => SecretQueryName().IsMatch(name);

    /// <summary>Whether a body field (JSON or form) carries a secret.</summary>
    public static bool IsSecretField(string name) => SecretFieldName().IsMatch(name);

    /// <summary>The parameter name for a secret found at <paramref name="location"/> under <paramref
    /// name="key"/>.</summary>
    public static string ParameterName(SecretLocation location, string key) => location switch
    {
        SecretLocation.Header when IsAuthorization(key) => Prefix + "AUTHORIZATION",
        SecretLocation.Header => Prefix + Upper(key),
        SecretLocation.Cookie => Prefix + "COOKIE_" + Upper(key),
        SecretLocation.Query => Prefix + "QUERY_" + Upper(key),
        _ => Prefix + "BODY_" + Upper(key),
    };

    private static bool IsAuthorization(string name)
        => name.Equals("Authorization", StringComparison.OrdinalIgnoreCase)
            || name.Equals("Proxy-Authorization", StringComparison.OrdinalIgnoreCase);

    private static string Upper(string key)
    {
        var builder = new StringBuilder(key.Length);
        foreach (var c in key)
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) ? char.ToUpperInvariant(c) : '_');
        }

        return builder.ToString();
    }

    [GeneratedRegex("api[-_]?key|token|secret|auth|session|signature|password|credential|csrf|xsrf",
        RegexOptions.IgnoreCase)]
    private static partial Regex SecretHeaderName();

    [GeneratedRegex("^(key|sig|sid|auth|code)$|api[-_]?key|token|secret|password|passwd|signature|session",
        RegexOptions.IgnoreCase)]
    private static partial Regex SecretQueryName();

    [GeneratedRegex("^(pin|otp|pwd)$|password|passwd|secret|token|api[-_]?key|credential|private[-_]?key",
        RegexOptions.IgnoreCase)]
    private static partial Regex SecretFieldName();
}

using System.Security.Cryptography;
using System.Text;

namespace HeyGen.Ci.Sample.Auth;

/// <summary>
/// The sample's fixed users. They share one public password: this is a demonstration shop, and a replay of their
/// sessions needs one secret parameter for it.
/// </summary>
internal static class DemoUsers
{
    public static readonly IReadOnlyList<DemoUser> All =
    [
        new("demo@example.com", "demo-password", "Demo Shopper"),
        new("ada@example.com", "demo-password", "Ada Lovelace"),
        new("grace@example.com", "demo-password", "Grace Hopper"),
    ];

    /// <summary>The user with these credentials, or null. The password is compared in fixed time.</summary>
    public static DemoUser? Find(string email, string password)
    {
        var user = All.FirstOrDefault(candidate =>
            string.Equals(candidate.Email, email.Trim(), StringComparison.OrdinalIgnoreCase));
        if (user is null)
        {
            return null;
        }

        var matches = CryptographicOperations.FixedTimeEquals(
            Encoding.UTF8.GetBytes(user.Password), Encoding.UTF8.GetBytes(password));
        return matches ? user : null;
    }
}

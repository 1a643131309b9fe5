namespace HeyGen.Ci.Core.Analysis;

/// <summary>A recorded secret and the environment parameter that stands for it in features.</summary>
/// <param name="Name">The environment variable, <c>HEYGEN_SECRET_AUTHORIZATION</c>.</param>
/// <param name="Location">Where it was found.</param>
/// <param name="Key">The header, cookie, query parameter or body field name.</param>
/// <param name="Occurrences">How many requests carried it.</param>
public sealed record SecretParameter(string Name, SecretLocation Location, string Key, long Occurrences);

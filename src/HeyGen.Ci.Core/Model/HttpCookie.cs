namespace HeyGen.Ci.Core.Model;

/// <summary>One cookie sent with a request or set by a response.</summary>
/// <param name="Name">The cookie name.</param>
/// <param name="Value">The cookie value.</param>
public sealed record HttpCookie(string Name, string Value);

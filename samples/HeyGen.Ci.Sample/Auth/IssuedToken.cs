namespace HeyGen.Ci.Sample.Auth;

/// <summary>A bearer token handed out at sign-in.</summary>
internal sealed record IssuedToken(string Token, DemoUser User, DateTimeOffset ExpiresAt);

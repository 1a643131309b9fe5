namespace HeyGen.Ci.Sample.Auth;

/// <summary>A user who can sign in to the sample.</summary>
internal sealed record DemoUser(string Email, string Password, string Name);

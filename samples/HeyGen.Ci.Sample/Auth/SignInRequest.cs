namespace HeyGen.Ci.Sample.Auth;

/// <summary>The body of <c>POST /api/auth/sign-in</c>.</summary>
internal sealed record SignInRequest(string? Email, string? Password);

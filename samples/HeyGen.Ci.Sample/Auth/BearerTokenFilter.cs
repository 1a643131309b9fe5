namespace HeyGen.Ci.Sample.Auth;

/// <summary>
/// Lets a request through only with <c>Authorization: Bearer &lt;token&gt;</c> from sign-in, and keeps the
/// signed-in user for the endpoint. Anything else gets 401 with a <c>WWW-Authenticate</c> challenge.
/// </summary>
internal sealed class BearerTokenFilter(TokenStore tokens) : IEndpointFilter
{
    private const string UserKey = "HeyGen.Ci.Sample.User";
    private const string TokenKey = "HeyGen.Ci.Sample.Token";

    public static DemoUser SignedInUser(HttpContext context) => (DemoUser)context.Items[UserKey]!;

    /// <summary>The bearer token of the request that passed the filter.</summary>
    public static string SignedInToken(HttpContext context) => (string)context.Items[TokenKey]!;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var header = http.Request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";

        var token = header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)
            ? header[scheme.Length..].Trim()
            : string.Empty;
        var user = token.Length > 0 ? tokens.Validate(token) : null;
        if (user is null)
        {
            var error = header.Length == 0 ? string.Empty : ", error=\"invalid_token\"";
            http.Response.Headers.WWWAuthenticate = "Bearer realm=\"heygen-sample\"" + error;
            return Results.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                title: "Sign-in required",
                detail: "Send Authorization: Bearer <token> with a token from POST /api/auth/sign-in.");
        }

        http.Items[UserKey] = user;
        http.Items[TokenKey] = token;
        return await next(context);
    }
}

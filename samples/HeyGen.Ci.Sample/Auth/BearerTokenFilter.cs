namespace HeyGen.Ci.Sample.Auth;

/// <summary>
/// Lets a request through only with <c>Authorization: Bearer &lt;token&gt;</c> from sign-in, and keeps the
/// signed-in user for the endpoint. Anything else gets 401 with a <c>WWW-Authenticate</c> challenge.
/// </summary>
internal sealed class BearerTokenFilter(TokenStore tokens) : IEndpointFilter
{
    private const string UserKey = "HeyGen.Ci.Sample.User";

    public static DemoUser SignedInUser(HttpContext context) => (DemoUser)context.Items[UserKey]!;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var header = http.Request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";

        var user = header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)
            ? tokens.Validate(header[scheme.Length..].Trim())
            : null;
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
        return await next(context);
    }
}

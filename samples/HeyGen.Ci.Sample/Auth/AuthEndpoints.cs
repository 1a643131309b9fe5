using System.Text.Json.Nodes;

namespace HeyGen.Ci.Sample.Auth;

/// <summary>Sign-in, which hands out the bearer token the cart and orders need.</summary>
internal static class AuthEndpoints
{
    public static void MapAuthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/auth/sign-in", SignIn);
    }

    /// <summary>Routes that need a signed-in user.</summary>
    public static RouteGroupBuilder RequireSignedInUser(this RouteGroupBuilder group) =>
        group.AddEndpointFilter<BearerTokenFilter>();

    private static IResult SignIn(SignInRequest? request, TokenStore tokens)
    {
        if (string.IsNullOrWhiteSpace(request?.Email) || string.IsNullOrEmpty(request.Password))
        {
            return Results.ValidationProblem(new Dictionary<string, string[]>
            {
                ["credentials"] = ["Send {\"email\": \"…\", \"password\": \"…\"}."],
            });
        }

        var user = DemoUsers.Find(request.Email, request.Password);
        if (user is null)
        {
            return Results.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                title: "Sign-in failed",
                detail: "The email or the password is wrong. The demo user is demo@example.com / demo-password.");
        }

        var issued = tokens.Issue(user);
        return JsonResponses.Plain(new JsonObject
        {
            ["token"] = issued.Token,
            ["tokenType"] = "Bearer",
            ["expiresAt"] = issued.ExpiresAt,
            ["user"] = new JsonObject { ["email"] = user.Email, ["name"] = user.Name },
        });
    }
}

using System.Net;

namespace HeyGen.Ci.Sample.Tests.Shop;

public sealed class AuthTests(RunningSample sample) : IClassFixture<RunningSample>
{
    private SampleApp App => sample.App;

    [Fact]
    public async Task SignIn_DemoUsers_GetDistinctTokens_ThatExpireInAnHour()
    {
        var (response, signIn) = await App.Client.SendAsync(
            HttpMethod.Post, "/api/auth/sign-in", new { email = "demo@example.com", password = "demo-password" });
        var second = await App.Client.SignInAsync();
        var ada = await App.Client.SignInAsync("ada@example.com");
        var grace = await App.Client.SignInAsync("grace@example.com");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var token = signIn!["token"]!.GetValue<string>();
        Assert.True(token.Length >= 40, token);
        Assert.Equal(4, new[] { token, second, ada, grace }.Distinct().Count());
        Assert.Equal("Bearer", signIn["tokenType"]!.GetValue<string>());
        Assert.Equal("Demo Shopper", signIn["user"]!["name"]!.GetValue<string>());

        var expiresIn = signIn["expiresAt"]!.GetValue<DateTimeOffset>() - response.Headers.Date!.Value;
        Assert.InRange(expiresIn, TimeSpan.FromMinutes(59), TimeSpan.FromMinutes(61));
    }

    [Theory]
    [InlineData("demo@example.com", "wrong-password")]
    [InlineData("nobody@example.com", "demo-password")]
    public async Task SignIn_WrongCredentials_Is401Problem(string email, string password)
    {
        var (response, problem) = await App.Client.SendAsync(
            HttpMethod.Post, "/api/auth/sign-in", new { email, password });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Sign-in failed", problem!["title"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(null, "Bearer realm=\"heygen-sample\"")]
    [InlineData("not-a-token", "Bearer realm=\"heygen-sample\", error=\"invalid_token\"")]
    public async Task Cart_WithoutAValidToken_Is401WithABearerChallenge(string? token, string challenge)
    {
        var (cart, _) = await App.Client.GetJsonAsync("/api/cart", token);
        var (orders, _) = await App.Client.SendAsync(HttpMethod.Post, "/api/orders", new { }, token);

        Assert.Equal(HttpStatusCode.Unauthorized, cart.StatusCode);
        Assert.Equal(challenge, cart.Headers.WwwAuthenticate.Single().ToString());
        Assert.Equal(HttpStatusCode.Unauthorized, orders.StatusCode);
    }
}

using System.Text.Json.Nodes;

namespace HeyGen.Ci.Sample.Tests.Sessions;

/// <summary>The committed HAR files hold the flows samples/README.md describes, and still match the sample.</summary>
public sealed class RecordedSessionTests(RunningSample sample) : IClassFixture<RunningSample>
{
    public static TheoryData<string> Names => [.. RecordedSession.Names];

    [Fact]
    public void Sessions_AreTheSixDocumentedOnes()
    {
        Assert.Equal(
            [
                "01-browse-catalog", "02-browse-sorted", "03-search-lamp-and-tea",
                "04-checkout-demo-user", "05-checkout-ada", "06-remove-item-grace",
            ],
            RecordedSession.Names);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Session_IsHar12FromPlaywright_OnLoopbackOnly_WithBodiesAndAStablePageId(string name)
    {
        var session = RecordedSession.Load(name);
        var log = session.Har["log"]!;

        Assert.Equal("1.2", log["version"]!.GetValue<string>());
        Assert.Equal("Playwright", log["creator"]!["name"]!.GetValue<string>());
        Assert.NotEmpty(session.Entries);
        Assert.All(session.Entries, entry => Assert.Equal("127.0.0.1", RecordedSession.Url(entry).Host));
        Assert.All(session.Entries, entry => Assert.NotEqual(string.Empty, RecordedSession.ResponseText(entry)));
        Assert.All(session.Entries, entry => Assert.Equal("page_1", entry["pageref"]!.GetValue<string>()));

        var starts = session.Entries.Select(entry => entry["startedDateTime"]!.GetValue<DateTimeOffset>()).ToList();
        Assert.Equal(starts.Order(), starts);
    }

    [Theory]
    [InlineData("01-browse-catalog", "GET /api/products=4; GET /api/products/{id}=3")]
    [InlineData("02-browse-sorted", "GET /api/products=4; GET /api/products/{id}=2")]
    [InlineData("03-search-lamp-and-tea", "GET /api/products=1; GET /api/products/{id}=2; GET /api/search=3")]
    [InlineData(
        "04-checkout-demo-user",
        "GET /api/cart=1; GET /api/orders/{orderId}=1; GET /api/products=3; GET /api/products/{id}=2; "
        + "POST /api/auth/sign-in=1; POST /api/cart/items=2; POST /api/orders=1")]
    [InlineData(
        "05-checkout-ada",
        "GET /api/cart=1; GET /api/orders/{orderId}=1; GET /api/products=2; GET /api/products/{id}=1; "
        + "GET /api/search=1; POST /api/auth/sign-in=1; POST /api/cart/items=1; POST /api/orders=1")]
    [InlineData(
        "06-remove-item-grace",
        "DELETE /api/cart/items/{id}=1; GET /api/cart=1; GET /api/orders/{orderId}=1; GET /api/products=3; "
        + "GET /api/products/{id}=2; POST /api/auth/sign-in=1; POST /api/cart/items=2; POST /api/orders=1")]
    public void Session_HoldsItsFlow_AsCallsPerEndpoint(string name, string expected)
    {
        var session = RecordedSession.Load(name);

        var counts = session.ApiEntries
            .GroupBy(RecordedSession.Endpoint)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => $"{group.Key}={group.Count()}");

        Assert.Equal(expected, string.Join("; ", counts));
    }

    [Theory]
    [InlineData("04-checkout-demo-user", "demo@example.com")]
    [InlineData("05-checkout-ada", "ada@example.com")]
    [InlineData("06-remove-item-grace", "grace@example.com")]
    public void CheckoutSession_SendsThePassword_AndReusesTheSignInTokenOnEveryLaterCall(string name, string email)
    {
        var session = RecordedSession.Load(name);
        var api = session.ApiEntries.ToList();
        var signIn = api.Single(entry => RecordedSession.Endpoint(entry) == "POST /api/auth/sign-in");
        var credentials = JsonNode.Parse(signIn["request"]!["postData"]!["text"]!.GetValue<string>())!;
        var token = JsonNode.Parse(RecordedSession.ResponseText(signIn))!["token"]!.GetValue<string>();

        Assert.Equal(email, credentials["email"]!.GetValue<string>());
        Assert.Equal("demo-password", credentials["password"]!.GetValue<string>());

        // The catalogue is public; the cart and the orders are what the token is for.
        var signedIn = api.Skip(api.IndexOf(signIn) + 1)
            .Where(entry => RecordedSession.Url(entry).AbsolutePath.StartsWith("/api/cart", StringComparison.Ordinal)
                || RecordedSession.Url(entry).AbsolutePath.StartsWith("/api/orders", StringComparison.Ordinal))
            .ToList();
        Assert.True(signedIn.Count >= 4, $"{signedIn.Count} signed-in calls");
        Assert.All(signedIn, entry =>
            Assert.Equal("Bearer " + token, RecordedSession.RequestHeader(entry, "Authorization")));
    }

    [Fact]
    public void CheckoutSessions_ReadBackTheirOwnOrder_WhoseIdAndTimeDifferPerSession()
    {
        var orders = new List<JsonNode>();

        foreach (var name in RecordedSession.Names)
        {
            var api = RecordedSession.Load(name).ApiEntries.ToList();
            var placed = api.SingleOrDefault(entry => RecordedSession.Endpoint(entry) == "POST /api/orders");
            if (placed is null)
            {
                continue;
            }

            var order = JsonNode.Parse(RecordedSession.ResponseText(placed))!;
            var readBack = api[api.IndexOf(placed) + 1];
            Assert.Equal($"/api/orders/{order["id"]}", RecordedSession.Url(readBack).AbsolutePath);
            Assert.Equal(201, placed["response"]!["status"]!.GetValue<int>());
            orders.Add(order);
        }

        Assert.Equal(3, orders.Count);
        Assert.Equal(3, orders.Select(order => order["id"]!.GetValue<string>()).Distinct().Count());
        Assert.Equal(3, orders.Select(order => order["createdAt"]!.GetValue<string>()).Distinct().Count());
    }

    [Fact]
    public async Task RecordedCatalogAnswers_MatchTheUnseededSampleAsItRunsNow()
    {
        var catalogCalls = RecordedSession.Names
            .SelectMany(name => RecordedSession.Load(name).ApiEntries)
            .Where(entry => RecordedSession.Method(entry) == "GET")
            .Where(entry => RecordedSession.Endpoint(entry) is "GET /api/products" or "GET /api/products/{id}"
                or "GET /api/search")
            .ToList();

        foreach (var entry in catalogCalls)
        {
            var url = RecordedSession.Url(entry).PathAndQuery;
            using var response = await sample.App.Client.GetAsync(new Uri(url, UriKind.Relative));

            Assert.Equal(entry["response"]!["status"]!.GetValue<int>(), (int)response.StatusCode);
            Assert.Equal(RecordedSession.ResponseText(entry), await response.Content.ReadAsStringAsync());
        }

        Assert.True(catalogCalls.Count >= 30, $"{catalogCalls.Count} catalogue calls replayed");
    }
}

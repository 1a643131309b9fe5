using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace HeyGen.Ci.Sample.Tests.Seeds;

/// <summary>Each seeded regression changes exactly what samples/README.md says it changes.</summary>
public sealed class SeedTests
{
    [Fact]
    public async Task RenamedField_WritesUnitPriceInsteadOfPrice_OnEveryProductRoute()
    {
        await using var app = await SampleApp.StartAsync("renamed-field");

        foreach (var product in await ProductsFromEveryRouteAsync(app))
        {
            Assert.Null(product["price"]);
            Assert.Equal(JsonValueKind.Number, product["unitPrice"]!.GetValueKind());
        }
    }

    [Fact]
    public async Task ChangedType_WritesPriceAsAString()
    {
        await using var app = await SampleApp.StartAsync("changed-type");

        var products = await ProductsFromEveryRouteAsync(app);

        Assert.All(products, product => Assert.Equal(JsonValueKind.String, product["price"]!.GetValueKind()));
        Assert.Equal("12.50", products[0]["price"]!.GetValue<string>());
    }

    [Fact]
    public async Task ChangedStatus_AddToCartAnswers202_AndOtherRoutesKeepTheirStatus()
    {
        await using var app = await SampleApp.StartAsync("changed-status");
        var token = await app.Client.SignInAsync();

        var (added, cart) = await app.Client.SendAsync(
            HttpMethod.Post, "/api/cart/items", new { productId = 102, quantity = 1 }, token);
        var (listed, _) = await app.Client.GetJsonAsync("/api/cart", token);

        Assert.Equal(HttpStatusCode.Accepted, added.StatusCode);
        Assert.Equal(1, cart!["itemCount"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.OK, listed.StatusCode);
    }

    [Fact]
    public async Task SlowRoute_ProductByIdIsAtLeast150MsSlowerThanUnseeded_WithTheSameAnswer()
    {
        await using var slow = await SampleApp.StartAsync("slow-route");
        await using var plain = await SampleApp.StartAsync();

        var (slowFastest, slowBody) = await FastestLatencyAsync(slow, "/api/products/101");
        var (plainFastest, plainBody) = await FastestLatencyAsync(plain, "/api/products/101");
        var (slowListFastest, _) = await FastestLatencyAsync(slow, "/api/products");

        // The delay is a floor under every call, so the fastest calls show it with the least noise from a busy
        // machine. A timer may fire a little early, so the relation allows 5 ms under the 150 ms delay.
        Assert.True(slowFastest - plainFastest >= 145, $"slow {slowFastest} ms, unseeded {plainFastest} ms");
        Assert.True(slowListFastest < slowFastest - 100, $"list {slowListFastest} ms, product {slowFastest} ms");
        Assert.Equal(plainBody, slowBody);
    }

    [Fact]
    public async Task ErrorRoute_SearchAnswers500WithAProblem_AndTheCatalogStillWorks()
    {
        await using var app = await SampleApp.StartAsync("error-route");

        var (search, problem) = await app.Client.GetJsonAsync("/api/search?q=tea");
        var (list, _) = await app.Client.GetJsonAsync("/api/products");

        Assert.Equal(HttpStatusCode.InternalServerError, search.StatusCode);
        Assert.Equal("application/problem+json", search.Content.Headers.ContentType!.MediaType);
        Assert.Equal(500, problem!["status"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
    }

    [Fact]
    public async Task MissingItem_Product103IsGoneFromListsSearchAndLookup()
    {
        await using var app = await SampleApp.StartAsync("missing-item");

        var (lookup, _) = await app.Client.GetJsonAsync("/api/products/103");
        var (_, list) = await app.Client.GetJsonAsync("/api/products");
        var (_, search) = await app.Client.GetJsonAsync("/api/search?q=lamp");

        Assert.Equal(HttpStatusCode.NotFound, lookup.StatusCode);
        Assert.Equal([101, 102, 104, 105, 106, 107], list!.Ids());
        Assert.Equal(11, list!["total"]!.GetValue<int>());
        Assert.Equal(0, search!["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task ReorderedList_ListHoldsTheSameItemsInAnotherOrder()
    {
        await using var app = await SampleApp.StartAsync("reordered-list");

        var (_, first) = await app.Client.GetJsonAsync("/api/products");
        var (_, byPrice) = await app.Client.GetJsonAsync("/api/products?sort=price");

        Assert.Equal([106, 105, 104, 103, 102, 101], first!.Ids());
        // Unseeded, the cheapest six are 109, 104, 110, 101, 107, 102.
        Assert.Equal([102, 107, 101, 110, 104, 109], byPrice!.Ids());
    }

    [Fact]
    public async Task LargerResponse_ListIsAtLeastTwoAndAHalfTimesLarger_WithTheSameShape()
    {
        await using var large = await SampleApp.StartAsync("larger-response");
        await using var plain = await SampleApp.StartAsync();

        var largeText = await large.Client.GetStringAsync("/api/products");
        var plainText = await plain.Client.GetStringAsync("/api/products");
        var (product, _) = await large.Client.GetJsonAsync("/api/products/101");

        Assert.True(largeText.Length >= 2.5 * plainText.Length, $"{largeText.Length} vs {plainText.Length} bytes");
        Assert.Equal(Shape(JsonNode.Parse(plainText)), Shape(JsonNode.Parse(largeText)));
        Assert.Equal(HttpStatusCode.OK, product.StatusCode);
    }

    [Fact]
    public async Task Regression_RenamesTheFieldAndSlowsTheRoute()
    {
        await using var app = await SampleApp.StartAsync("regression");

        var (fastest, body) = await FastestLatencyAsync(app, "/api/products/101");
        var (listFastest, _) = await FastestLatencyAsync(app, "/api/products");

        Assert.Contains("\"unitPrice\":12.50", body, StringComparison.Ordinal);
        Assert.True(fastest - listFastest >= 145, $"product {fastest} ms, list {listFastest} ms");
    }

    [Fact]
    public async Task Seeds_CombineWhenCommaSeparated()
    {
        await using var app = await SampleApp.StartAsync("changed-type, missing-item");

        var (lookup, _) = await app.Client.GetJsonAsync("/api/products/103");
        var (_, product) = await app.Client.GetJsonAsync("/api/products/101");

        Assert.Equal(HttpStatusCode.NotFound, lookup.StatusCode);
        Assert.Equal(JsonValueKind.String, product!["price"]!.GetValueKind());
    }

    [Fact]
    public async Task UnknownSeed_StopsTheSampleAtStart_NamingTheSeedAndTheKnownOnes()
    {
        var (exitCode, output) = await SampleApp.RunToExitAsync("renamed-field,slow-rout");

        Assert.Equal(2, exitCode);
        Assert.Contains("unknown seeds: slow-rout", output, StringComparison.Ordinal);
        Assert.Contains("larger-response", output, StringComparison.Ordinal);
    }

    private static async Task<List<JsonNode>> ProductsFromEveryRouteAsync(SampleApp app)
    {
        var (_, list) = await app.Client.GetJsonAsync("/api/products");
        var (_, one) = await app.Client.GetJsonAsync("/api/products/101");
        var (_, search) = await app.Client.GetJsonAsync("/api/search?q=tea");

        return
        [
            .. list!["items"]!.AsArray().OfType<JsonNode>(),
            one!,
            .. search!["items"]!.AsArray().OfType<JsonNode>(),
        ];
    }

    /// <summary>The fastest of seven calls, after one that warms the route up.</summary>
    private static async Task<(double FastestMs, string Body)> FastestLatencyAsync(SampleApp app, string path)
    {
        var body = await app.Client.GetStringAsync(path);
        var samples = new List<double>();

        for (var i = 0; i < 7; i++)
        {
            var watch = Stopwatch.StartNew();
            using var response = await app.Client.GetAsync(new Uri(path, UriKind.Relative));
            await response.Content.ReadAsByteArrayAsync();
            samples.Add(watch.Elapsed.TotalMilliseconds);
        }

        return (samples.Min(), body);
    }

    /// <summary>The JSON's field names and value kinds, with values and array lengths left out.</summary>
    private static string Shape(JsonNode? node) => node switch
    {
        JsonObject obj => "{" + string.Join(",", obj.Select(pair => pair.Key + ":" + Shape(pair.Value))) + "}",
        JsonArray array => "[" + string.Join("|", array.Select(Shape).Distinct()) + "]",
        null => "null",
        _ => node.GetValueKind().ToString(),
    };
}

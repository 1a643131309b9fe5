using System.Net;

namespace HeyGen.Ci.Sample.Tests.Shop;

public sealed class CheckoutTests
{
    [Fact]
    public async Task Checkout_TurnsTheCartIntoAnOrder_WithAGeneratedIdAndTime()
    {
        await using var app = await SampleApp.StartAsync();
        var token = await app.Client.SignInAsync();

        await app.Client.SendAsync(HttpMethod.Post, "/api/cart/items", new { productId = 101, quantity = 2 }, token);
        var (added, cart) = await app.Client.SendAsync(
            HttpMethod.Post, "/api/cart/items", new { productId = 105, quantity = 1 }, token);
        var (removed, afterRemove) = await app.Client.SendAsync(HttpMethod.Delete, "/api/cart/items/105", token: token);
        var (placed, order) = await app.Client.SendAsync(
            HttpMethod.Post, "/api/orders", new { deliveryName = "Demo", deliveryAddress = "1 Road" }, token);
        var (_, emptied) = await app.Client.GetJsonAsync("/api/cart", token);

        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Equal(81.00m, cart!["total"]!.GetValue<decimal>());
        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        Assert.Equal(2, afterRemove!["itemCount"]!.GetValue<int>());

        Assert.Equal(HttpStatusCode.Created, placed.StatusCode);
        var id = Guid.Parse(order!["id"]!.GetValue<string>());
        Assert.Equal($"/api/orders/{id}", placed.Headers.Location!.OriginalString);
        Assert.Equal(25.00m, order["total"]!.GetValue<decimal>());
        var createdAt = order["createdAt"]!.GetValue<DateTimeOffset>();
        Assert.Equal(placed.Headers.Date!.Value, createdAt, TimeSpan.FromSeconds(2));
        Assert.Empty(emptied!["items"]!.AsArray());

        var (read, again) = await app.Client.GetJsonAsync($"/api/orders/{id}", token);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(order.ToJsonString(), again!.ToJsonString());
    }

    [Fact]
    public async Task Orders_AreDistinctPerCheckout_AndHiddenFromOtherUsers()
    {
        await using var app = await SampleApp.StartAsync();
        var demo = await app.Client.SignInAsync();
        var ada = await app.Client.SignInAsync("ada@example.com");

        var first = await PlaceAsync(app, demo);
        var second = await PlaceAsync(app, demo);
        var (foreign, _) = await app.Client.GetJsonAsync($"/api/orders/{first}", ada);
        var (empty, _) = await app.Client.SendAsync(
            HttpMethod.Post, "/api/orders", new { deliveryName = "Ada", deliveryAddress = "2 Row" }, ada);

        Assert.NotEqual(first, second);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, empty.StatusCode);
    }

    [Theory]
    [InlineData(999, 1, HttpStatusCode.NotFound)]
    [InlineData(101, 0, HttpStatusCode.BadRequest)]
    [InlineData(101, 11, HttpStatusCode.BadRequest)]
    public async Task AddToCart_UnknownProductOrBadQuantity_IsRefused(
        int productId, int quantity, HttpStatusCode status)
    {
        await using var app = await SampleApp.StartAsync();
        var token = await app.Client.SignInAsync();

        var (response, _) = await app.Client.SendAsync(
            HttpMethod.Post, "/api/cart/items", new { productId, quantity }, token);

        Assert.Equal(status, response.StatusCode);
    }

    private static async Task<string> PlaceAsync(SampleApp app, string token)
    {
        await app.Client.SendAsync(HttpMethod.Post, "/api/cart/items", new { productId = 109, quantity = 1 }, token);
        var (_, order) = await app.Client.SendAsync(
            HttpMethod.Post, "/api/orders", new { deliveryName = "Demo", deliveryAddress = "1 Road" }, token);
        return order!["id"]!.GetValue<string>();
    }
}

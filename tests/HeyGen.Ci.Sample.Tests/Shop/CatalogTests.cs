using System.Net;
using System.Net.Http.Headers;

namespace HeyGen.Ci.Sample.Tests.Shop;

public sealed class CatalogTests(RunningSample sample) : IClassFixture<RunningSample>
{
    private SampleApp App => sample.App;

    [Fact]
    public async Task ProductList_PagesAndSorts_TheSameTwelveProductsOnEveryStart()
    {
        var (first, firstPage) = await App.Client.GetJsonAsync("/api/products");
        var (_, secondPage) = await App.Client.GetJsonAsync("/api/products?page=2&pageSize=6&sort=id");
        var (_, byPrice) = await App.Client.GetJsonAsync("/api/products?pageSize=12&sort=price");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("application/json; charset=utf-8", first.Content.Headers.ContentType!.ToString());
        Assert.Equal([101, 102, 103, 104, 105, 106], firstPage!.Ids());
        Assert.Equal([107, 108, 109, 110, 111, 112], secondPage!.Ids());
        Assert.Equal(12, firstPage!["total"]!.GetValue<int>());

        var prices = byPrice!["items"]!.AsArray().Select(item => item!["price"]!.GetValue<decimal>()).ToArray();
        Assert.Equal(prices.Order(), prices);
        Assert.Equal(12.50m, firstPage!["items"]![0]!["price"]!.GetValue<decimal>());
    }

    [Theory]
    [InlineData("/api/products?sort=colour", "sort")]
    [InlineData("/api/products?pageSize=0", "pageSize")]
    [InlineData("/api/products?page=0", "page")]
    public async Task ProductList_BadQuery_Is400ProblemNamingTheParameter(string path, string parameter)
    {
        var (response, problem) = await App.Client.GetJsonAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.NotNull(problem!["errors"]![parameter]);
    }

    [Fact]
    public async Task Product_ById_HasAnEntityTag_AndIsNotModifiedWhenTheClientHasIt()
    {
        var (response, product) = await App.Client.GetJsonAsync("/api/products/104");
        var tag = response.Headers.ETag!;
        using var conditional = new HttpRequestMessage(HttpMethod.Get, "/api/products/104");
        conditional.Headers.IfNoneMatch.Add(new EntityTagHeaderValue(tag.Tag));
        using var again = await App.Client.SendAsync(conditional);
        var (missing, problem) = await App.Client.GetJsonAsync("/api/products/999");

        Assert.Equal("Dotted notebook A5", product!["name"]!.GetValue<string>());
        Assert.NotNull(response.Headers.Date);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("999", problem!["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_FindsProductsByWord_AndWithoutAQueryIs400()
    {
        var (_, tea) = await App.Client.GetJsonAsync("/api/search?q=tea");
        var (_, nothing) = await App.Client.GetJsonAsync("/api/search?q=submarine");
        var (empty, _) = await App.Client.GetJsonAsync("/api/search");

        Assert.Equal([107, 109], tea!.Ids());
        Assert.Equal(0, nothing!["total"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
    }

    [Fact]
    public async Task HealthAndPages_AreServed_FromAnyWorkingFolder()
    {
        var health = await App.Client.GetStringAsync("/health");
        using var index = await App.Client.GetAsync(new Uri("/", UriKind.Relative));
        using var script = await App.Client.GetAsync(new Uri("/app.js", UriKind.Relative));

        Assert.Equal("Healthy", health);
        Assert.Equal("text/html", index.Content.Headers.ContentType!.MediaType);
        Assert.Contains("<h1>Products</h1>", await index.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
    }
}

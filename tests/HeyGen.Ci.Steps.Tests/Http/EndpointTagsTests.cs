using HeyGen.Ci.Steps.Http;

namespace HeyGen.Ci.Steps.Tests.Http;

public sealed class EndpointTagsTests
{
    private static readonly IReadOnlyList<string> Declared = EndpointTags.Of(
        ["@session:a/1", "@endpoint:GET:/api/products/{productId}", "@endpoint:GET:/api/products", "@flow:1"]);

    [Fact]
    public void Of_ReadsTheEndpointTagsOnly()
    {
        Assert.Equal(["GET /api/products/{productId}", "GET /api/products"], Declared);
    }

    [Theory]
    [InlineData("GET /api/products/{searchId2}", "GET /api/products/{productId}")]
    [InlineData("GET /api/products", "GET /api/products")]
    [InlineData("DELETE /api/products/{productId}", "DELETE /api/products/{productId}")]
    [InlineData("GET /api/products/101", "GET /api/products/101")]
    [InlineData("GET /api/orders/{orderId}", "GET /api/orders/{orderId}")]
    public void Resolve_NamesAnExchangeByTheRouteItsScenarioDeclares(string observed, string expected)
    {
        Assert.Equal(expected, EndpointTags.Resolve(observed, Declared));
    }
}

using HeyGen.Ci.Core.Analysis;

namespace HeyGen.Ci.Core.Tests.Analysis;

public sealed class RouteTemplateLearnerTests
{
    private static RouteTable Learn(params string[] paths)
    {
        var learner = new RouteTemplateLearner();
        foreach (var path in paths)
        {
            learner.Observe(path);
        }

        return learner.Build();
    }

    [Theory]
    [InlineData("/products/17", "/products/{productId}")]
    [InlineData("/orders/0b6f1c2e-5d1a-4d7e-9a41-1f0e3c9b7a10", "/orders/{orderId}")]
    [InlineData("/commits/5f2a9c0e1b7d4a3f", "/commits/{commitId}")]
    [InlineData("/api/transfers/tr-9001", "/api/transfers/{transferId}")]
    [InlineData("/categories/3/boxes/4", "/categories/{categoryId}/boxes/{boxId}")]
    [InlineData("/7", "/{id}")]
    [InlineData("/a/1/2", "/a/{aId}/{id}")]
    public void Match_IdentifierSegment_BecomesNamedParameter(string path, string template)
    {
        var table = Learn(path);

        Assert.Equal(template, table.Match(path).Template);
    }

    [Fact]
    public void Match_TwoIdsOfOneCollection_ShareTheTemplateAndKeepTheirValues()
    {
        var table = Learn("/products/17", "/products/42");

        var first = table.Match("/products/17");
        var second = table.Match("/products/42");

        Assert.Equal("/products/{productId}", first.Template);
        Assert.Equal(first.Template, second.Template);
        Assert.Equal("42", Assert.Single(second.Parameters).Value);
        Assert.Equal("/products/${productId}", second.ReferencePath(p => "${" + p.Name + "}"));
    }

    [Fact]
    public void Build_ManySlugsAtOnePlace_BecomeAParameter()
    {
        var table = Learn("/posts/hello-world", "/posts/desk-lamp", "/posts/office-chair", "/posts/new-year");

        Assert.Equal("/posts/{postId}", table.Match("/posts/desk-lamp").Template);
    }

    [Fact]
    public void Build_FewRouteWords_StayLiteral()
    {
        var table = Learn("/api/login", "/api/logout", "/api/transfers", "/api/me");

        Assert.Equal("/api/login", table.Match("/api/login").Template);
        Assert.Equal("/api/transfers", table.Match("/api/transfers").Template);
    }

    [Fact]
    public void Build_VersionWords_StayLiteral()
    {
        var table = Learn("/v1/orders", "/v2/orders");

        Assert.Equal("/v1/orders", table.Match("/v1/orders").Template);
    }

    [Fact]
    public void Match_PercentEncodedNonAscii_IsShownDecoded()
    {
        var table = Learn("/caf%C3%A9/men%C3%BC");

        Assert.Equal("/café/menü", table.Match("/caf%C3%A9/men%C3%BC").Template);
    }
}

using HeyGen.Ci.Core.Analysis;

namespace HeyGen.Ci.Core.Tests.Analysis;

public sealed class ParameterNamesTests
{
    [Theory]
    [InlineData("products", "product")]
    [InlineData("categories", "category")]
    [InlineData("boxes", "box")]
    [InlineData("branches", "branch")]
    [InlineData("address", "address")]
    [InlineData("status", "status")]
    [InlineData("user", "user")]
    public void Singular_CommonPlurals(string plural, string singular)
        => Assert.Equal(singular, ParameterNames.Singular(plural));

    [Theory]
    [InlineData("X-CSRF-Token", "xCsrfToken")]
    [InlineData("order-items", "orderItems")]
    [InlineData("accessToken", "accessToken")]
    [InlineData("session_id", "sessionId")]
    public void CamelCase_AnyText(string text, string name) => Assert.Equal(name, ParameterNames.CamelCase(text));

    [Fact]
    public void IdFor_PrecedingSegment_IsSingularisedWithId()
    {
        Assert.Equal("orderItemId", ParameterNames.IdFor("order-items"));
        Assert.Equal("id", ParameterNames.IdFor(null));
        Assert.Equal("id", ParameterNames.IdFor("2024"));
    }
}

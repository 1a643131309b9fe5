using HeyGen.Ci.Steps.Http;
using HeyGen.Ci.Steps.Scenarios;

namespace HeyGen.Ci.Steps.Tests.Http;

public sealed class ReferencesTests
{
    private static readonly Dictionary<string, string> Variables = new() { ["id"] = "42" };
    private static readonly Dictionary<string, string> Environment = new() { ["TOKEN"] = "t0k3n" };

    [Fact]
    public void Expand_ReplacesVariablesAndEnvironmentButShowsEnvironmentByName()
    {
        var (value, display) = Expand("/items/${id}?key=${env:TOKEN}&raw=$${id}");

        Assert.Equal("/items/42?key=t0k3n&raw=${id}", value);
        Assert.Equal("/items/42?key=${env:TOKEN}&raw=$${id}", display);
    }

    [Fact]
    public void Expand_UnsetVariable_FailsNamingIt()
        => Assert.Contains("\"missing\" is not set",
            Assert.Throws<StepOutcomeException>(() => Expand("${missing}")).Message);

    [Fact]
    public void Expand_UnsetEnvironmentVariable_FailsNamingIt()
        => Assert.Contains("HEYGEN_NOPE is not set",
            Assert.Throws<StepOutcomeException>(() => Expand("${env:HEYGEN_NOPE}")).Message);

    [Theory]
    [InlineData("/products/${productId}", "/products/{productId}")]
    [InlineData("/products?q=${q}", "/products")]
    [InlineData("orders/${id}/lines", "/orders/{id}/lines")]
    public void RouteTemplate_WritesParametersInBracesAndDropsTheQuery(string path, string template)
        => Assert.Equal(template, References.RouteTemplate(path));

    [Fact]
    public void Unquote_UndoesOnlyQuoteAndBackslashEscapes()
        => Assert.Equal("say \"hi\" \\ \\n", References.Unquote("say \\\"hi\\\" \\\\ \\n"));

    private static (string, string) Expand(string text)
        => References.Expand(text, n => Variables.GetValueOrDefault(n), n => Environment.GetValueOrDefault(n));
}

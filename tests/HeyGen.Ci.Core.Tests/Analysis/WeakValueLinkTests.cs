using Gherkin.Ast;
using HeyGen.Ci.Core.Tests.Generation;

namespace HeyGen.Ci.Core.Tests.Analysis;

public sealed class WeakValueLinkTests
{
    [Fact]
    public async Task Generate_SmallNumberEqualToAnIssuedId_LinksOnlyWhereTheRequestNamesAnId()
    {
        using var folder = new TempFolder();
        var har = new HarFile().Page("visit")
            .Entry("visit", "GET", "http://shop.test/api/products", 200, """{"items":[{"id":1,"name":"Mug"}]}""")
            .Entry("visit", "POST", "http://shop.test/api/cart/items", 200, """{"lines":1}""",
                requestBody: """{"productId":1,"quantity":1}""");
        using var generated = await GeneratedFeatures.FromAsync([har.WriteTo(folder.Path, "cart.har")]);

        var body = (generated.Steps().Single(s => s.Text == "the request body is:").Argument as DocString)!.Content;
        Assert.Matches("\"productId\": \\$\\{[A-Za-z0-9]+\\}", body);
        Assert.Contains("\"quantity\": 1", body, StringComparison.Ordinal);
    }
}

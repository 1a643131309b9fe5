using System.Text.Json;
using Gherkin.Ast;
using HeyGen.Ci.Tests;

namespace HeyGen.Ci.Core.Tests.Generation;

public sealed class SpecGenerationTests
{
    private static string Texts(IEnumerable<Step> steps) => string.Join("\n", steps.Select(s => s.Keyword + s.Text));

    [Fact]
    public async Task TokenCorrelation_TokenIsCapturedAndUsedByName_NeverWrittenLiterally()
    {
        using var generated = await GeneratedFeatures.FromAsync([RepositoryPaths.Case("B12-token-correlation.har")]);

        var steps = generated.Steps();
        var texts = steps.Select(s => s.Text).ToList();
        Assert.Contains("I capture \"accessToken\" from the JSON at \"$.accessToken\"", texts);
        Assert.Contains("I capture \"csrf\" from the cookie \"csrf\"", texts);
        Assert.Contains("I capture \"transferId\" from the JSON at \"$.id\"", texts);
        Assert.Contains("I send a GET request to \"/api/transfers/${transferId}\"", texts);

        var headers = steps.Single(s => s.Text == "the request headers are:").Argument as DataTable;
        var cells = headers!.Rows.Skip(1).Select(r => (r.Cells.First().Value, r.Cells.Last().Value)).ToList();
        Assert.Contains(("Authorization", "Bearer ${accessToken}"), cells);
        Assert.Contains(("X-CSRF-Token", "${csrf}"), cells);

        var all = generated.AllText() + File.ReadAllText(generated.Result.AnalysisFile!);
        Assert.DoesNotContain("tok-AAA111", all, StringComparison.Ordinal);
        Assert.DoesNotContain("demo-pass", all, StringComparison.Ordinal);
        Assert.DoesNotContain("c-5f2a", generated.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TokenCorrelation_PasswordIsAnEnvironmentParameter()
    {
        using var generated = await GeneratedFeatures.FromAsync([RepositoryPaths.Case("B12-token-correlation.har")]);

        var body = generated.Steps().First(s => s.Text == "the request body is:").Argument as DocString;
        using var json = JsonDocument.Parse(body!.Content);
        Assert.Equal("${env:HEYGEN_SECRET_BODY_PASSWORD}", json.RootElement.GetProperty("password").GetString());
        Assert.Equal("demo-user", json.RootElement.GetProperty("user").GetString());
        Assert.Equal("application/json", body.ContentType);
        Assert.Equal(["HEYGEN_SECRET_BODY_PASSWORD"], generated.Result.Analysis.Secrets.Select(s => s.Name));
    }

    [Fact]
    public async Task TokenCorrelation_LaterResponseExpectsTheCapturedId()
    {
        using var generated = await GeneratedFeatures.FromAsync([RepositoryPaths.Case("B12-token-correlation.har")]);

        var last = generated.Steps().Last(s => s.Text.StartsWith("the response JSON matches", StringComparison.Ordinal));
        Assert.Equal("the response JSON matches:", last.Text);
        using var json = JsonDocument.Parse(((DocString)last.Argument).Content);
        Assert.Equal("${transferId}", json.RootElement.GetProperty("id").GetString());
        Assert.Equal("pending", json.RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task VolatileFields_AreMaskedInTheFeature()
    {
        using var generated = await GeneratedFeatures.FromAsync([RepositoryPaths.Case("B13-volatile-response-fields.har")]);

        var matches = generated.Steps().Where(s => s.Text.StartsWith("the response JSON matches", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, matches.Count);
        Assert.All(matches, m => Assert.Equal(
            "the response JSON matches, ignoring \"$.requestId\", \"$.serverTime\", \"$.session.expiresAt\":", m.Text));
        Assert.Contains("\"name\": \"Desk lamp\"", ((DocString)matches[0].Argument).Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RepeatedCall_NthCallExpectsNthResponse()
    {
        using var generated = await GeneratedFeatures.FromAsync([RepositoryPaths.Case("B10-repeated-call-changing-state.har")]);

        var steps = generated.Steps();
        Assert.Equal(
            ["I send a GET request to \"/api/tasks/${taskId}\"", "I send a PUT request to \"/api/tasks/${taskId}\"",
             "I send a GET request to \"/api/tasks/${taskId}\""],
            steps.Where(s => s.Text.StartsWith("I send", StringComparison.Ordinal)).Select(s => s.Text));
        var bodies = steps.Where(s => s.Text == "the response JSON matches:")
            .Select(s => JsonDocument.Parse(((DocString)s.Argument).Content).RootElement.GetProperty("done").GetBoolean())
            .ToList();
        Assert.Equal([false, true], bodies);
        Assert.Contains(steps, s => s.Text == "the variable \"taskId\" is \"7\"");
        Assert.Contains(steps, s => s.Text == "the response status is 204");
    }

    [Fact]
    public async Task CorsPreflight_IsNoStep()
    {
        using var generated = await GeneratedFeatures.FromAsync([RepositoryPaths.Case("B11-cors-preflight.har")]);

        var sends = generated.Steps().Where(s => s.Text.StartsWith("I send", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(sends);
        Assert.DoesNotContain(sends, s => s.Text.StartsWith("I send a OPTIONS", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PipesBackslashesAndNewlines_SurviveTheRoundTrip()
    {
        using var generated = await GeneratedFeatures.FromAsync([RepositoryPaths.Case("B15-pipe-and-newline-in-values.har")]);

        var steps = generated.Steps();
        var send = steps.Single(s => s.Text.StartsWith("I send", StringComparison.Ordinal));
        Assert.Equal("I send a GET request to \"/search?filter=level%3Aerror%7Clevel%3Awarn&path=C%3A%5Capp%5Clogs\"", send.Text);
        var doc = (DocString)steps.Single(s => s.Text == "the response JSON matches:").Argument;
        using var json = JsonDocument.Parse(doc.Content);
        var hit = json.RootElement.GetProperty("hits")[0];
        Assert.Equal("a | b | c", hit.GetProperty("line").GetString());
        Assert.Equal("first line\nsecond line", hit.GetProperty("detail").GetString());
        Assert.Equal("level:error|level:warn", json.RootElement.GetProperty("query").GetString());
    }

    [Fact]
    public async Task AngleBrackets_StayLiteral()
    {
        using var generated = await GeneratedFeatures.FromAsync(
            [RepositoryPaths.Case("B18-angle-brackets-in-values.har")], keepStaticAssets: true);

        var scenario = Assert.Single(generated.Scenarios());
        Assert.Empty(scenario.Examples);
        var send = scenario.Steps.Single(s => s.Text.StartsWith("I send", StringComparison.Ordinal));
        Assert.Equal("I send a GET request to \"/search?q=%3Cscript%3E&filter=price%3C10&greeting=Hello%20%3Cname%3E\"", send.Text);
        Assert.Contains(scenario.Steps, s => s.Text == "the response header \"Content-Type\" contains \"text/html\"");
    }

    [Fact]
    public async Task HtmlDocument_IsLeftOutByDefault()
    {
        using var generated = await GeneratedFeatures.FromAsync([RepositoryPaths.Case("B18-angle-brackets-in-values.har")]);

        Assert.Empty(generated.Result.FeatureFiles);
        Assert.Contains(generated.Diagnostics.Items, d => d.Code == "HGCI7003");
    }

    [Fact]
    public async Task NonAscii_IsKeptAsUtf8WithoutBom()
    {
        using var generated = await GeneratedFeatures.FromAsync([RepositoryPaths.Case("B19-non-ascii.har")]);

        var file = Assert.Single(generated.Result.FeatureFiles);
        var bytes = File.ReadAllBytes(file);
        Assert.False(bytes.AsSpan().StartsWith((byte[])[0xEF, 0xBB, 0xBF]));
        Assert.DoesNotContain((byte)'\r', bytes);
        var steps = generated.Steps();
        Assert.Contains(steps, s => s.Text == "I send a GET request to \"/café/menü?q=Sinéad&city=København\"");
        var doc = (DocString)steps.Single(s => s.Text == "the response JSON matches:").Argument;
        using var json = JsonDocument.Parse(doc.Content);
        Assert.Equal("Crème brûlée", json.RootElement.GetProperty("dish").GetString());
        Assert.Equal("4,50 €", json.RootElement.GetProperty("price").GetString());
        Assert.Equal("Zoe\u0308", json.RootElement.GetProperty("chef").GetString());
        Assert.Equal("\U0001F642", json.RootElement.GetProperty("rating").GetString());
        Assert.Contains(generated.Scenarios().Single().Tags, t => t.Name == "@endpoint:GET:/café/menü");
    }

    [Fact]
    public async Task Tags_NameSessionsEndpointsAndFlow_AndTheFeatureIsGenerated()
    {
        using var generated = await GeneratedFeatures.FromAsync([RepositoryPaths.Case("B12-token-correlation.har")]);

        var document = Assert.Single(generated.Documents());
        Assert.Equal(["@heygen-generated"], document.Feature.Tags.Select(t => t.Name));
        var tags = Assert.Single(document.Feature.Children.OfType<Scenario>()).Tags.Select(t => t.Name).ToList();
        Assert.Contains("@endpoint:POST:/api/login", tags);
        Assert.Contains("@endpoint:GET:/api/transfers/{transferId}", tags);
        Assert.Contains("@flow:1", tags);
        Assert.Single(tags, t => t.StartsWith("@session:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SessionsThatDifferOnlyInData_FoldIntoAnOutline()
    {
        using var folder = new TempFolder();
        var har = new HarFile().Page("p1").Page("p2").Page("p3")
            .Entry("p1", "GET", "http://shop.test/products/17", 200, """{"id":17,"name":"<productId>","stock":3}""")
            .Entry("p2", "GET", "http://shop.test/products/42", 200, """{"id":42,"name":"Desk","stock":3}""")
            .Entry("p3", "GET", "http://shop.test/products/9", 200, """{"id":9,"name":"Chair","stock":3}""")
            .WriteTo(folder.Path, "shop.har");

        using var generated = await GeneratedFeatures.FromAsync([har]);

        var scenario = Assert.Single(generated.Scenarios());
        Assert.Equal("Scenario Outline", scenario.Keyword);
        var examples = Assert.Single(scenario.Examples);
        var column = Assert.Single(examples.TableHeader.Cells).Value;
        Assert.NotEqual("productId", column);
        Assert.Equal(["17", "42", "9"], examples.TableBody.Select(r => Assert.Single(r.Cells).Value).Order(StringComparer.Ordinal));
        Assert.Contains(scenario.Steps, s => s.Text == $"the variable \"productId\" is \"<{column}>\"");
        var match = scenario.Steps.Single(s => s.Text.StartsWith("the response JSON matches", StringComparison.Ordinal));
        Assert.Equal("the response JSON matches, ignoring \"$.name\":", match.Text);
        var doc = ((DocString)match.Argument).Content;
        Assert.Contains("\"id\": ${productId}", doc, StringComparison.Ordinal);
        Assert.Contains("\"name\": \"<productId>\"", doc, StringComparison.Ordinal);
        Assert.Equal(3, scenario.Tags.Count(t => t.Name.StartsWith("@session:", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Selection_CoversEveryTransition_MostFrequentFlowFirst()
    {
        using var folder = new TempFolder();
        var har = new HarFile().Page("a").Page("b").Page("c").Page("d")
            .Entry("a", "GET", "http://shop.test/cart", 200, "{}").Entry("a", "POST", "http://shop.test/orders", 201, "{}", "{}")
            .Entry("b", "GET", "http://shop.test/cart", 200, "{}").Entry("b", "POST", "http://shop.test/orders", 201, "{}", "{}")
            .Entry("c", "GET", "http://shop.test/cart", 200, "{}")
            .Entry("d", "GET", "http://shop.test/help", 200, "{}")
            .WriteTo(folder.Path, "shop.har");

        using var generated = await GeneratedFeatures.FromAsync([har]);

        var scenarios = generated.Scenarios();
        Assert.Equal(3, scenarios.Count);
        var first = scenarios.Single(s => s.Tags.Any(t => t.Name == "@flow:1"));
        Assert.Equal(2, first.Steps.Count(s => s.Text.StartsWith("I send", StringComparison.Ordinal)));
        Assert.Equal(3, generated.Result.Scenarios);
    }
}

using HeyGen.Ci.Core.Diagnostics;
using HeyGen.Ci.Tests;

namespace HeyGen.Ci.Core.Tests.Generation;

public sealed class GenerationDiagnosticsTests
{
    [Fact]
    public async Task LossyRequestBody_ReportsHGCI7001WithItsEntry_AndIgnoresTheScenario()
    {
        using var generated = await GeneratedFeatures.FromAsync([RepositoryPaths.Case("B07-binary-request-body.har")]);

        var diagnostic = Assert.Single(generated.Diagnostics.Items, d => d.Code == "HGCI7001");
        Assert.Equal(RepositoryPaths.Case("B07-binary-request-body.har"), diagnostic.File);
        Assert.NotNull(diagnostic.Entry ?? diagnostic.Line);
        Assert.Contains(generated.Scenarios(), s => s.Tags.Any(t => t.Name == "@ignore"));
    }

    [Fact]
    public async Task BodyWithCarriageReturns_ReportsHGCI7002()
    {
        using var folder = new TempFolder();
        var har = new HarFile().Page("p")
            .Entry("p", "POST", "http://up.test/upload", 201, "{}", "--b\r\nContent-Disposition: form-data\r\n\r\nx\r\n--b--",
                "multipart/form-data; boundary=b")
            .WriteTo(folder.Path, "upload.har");

        using var generated = await GeneratedFeatures.FromAsync([har]);

        var diagnostic = Assert.Single(generated.Diagnostics.Items, d => d.Code == "HGCI7002");
        Assert.Equal(0, diagnostic.Entry);
        Assert.Contains(generated.Scenarios(), s => s.Tags.Any(t => t.Name == "@ignore"));
    }

    [Fact]
    public async Task OnlyStaticAssets_ReportsHGCI7003()
    {
        using var folder = new TempFolder();
        var har = new HarFile().Page("p")
            .Entry("p", "GET", "http://site.test/logo.png", 200)
            .Entry("p", "GET", "http://site.test/app.css", 200)
            .WriteTo(folder.Path, "assets.har");

        using var generated = await GeneratedFeatures.FromAsync([har]);

        var diagnostic = Assert.Single(generated.Diagnostics.Items, d => d.Code == "HGCI7003");
        Assert.Equal(har, diagnostic.File);
        Assert.Empty(generated.Result.FeatureFiles);
    }

    [Fact]
    public async Task ResponseThatIsNotJson_ReportsHGCI7004_AndChecksStatusAndType()
    {
        using var folder = new TempFolder();
        var har = new HarFile().Page("p")
            .Entry("p", "GET", "http://api.test/items", 200, "{not json")
            .WriteTo(folder.Path, "broken.har");

        using var generated = await GeneratedFeatures.FromAsync([har]);

        Assert.Single(generated.Diagnostics.Items, d => d.Code == "HGCI7004" && d.Entry == 0);
        var steps = generated.Steps().Select(s => s.Text).ToList();
        Assert.Contains("the response status is 200", steps);
        Assert.DoesNotContain(steps, s => s.StartsWith("the response JSON", StringComparison.Ordinal));
        Assert.DoesNotContain(generated.Scenarios(), s => s.Tags.Any(t => t.Name == "@ignore"));
    }

    [Fact]
    public void EveryGenerationCode_IsInRange_AndHasAPage()
    {
        var codes = DiagnosticCodes.All.Where(d => d.Code.StartsWith("HGCI7", StringComparison.Ordinal)
            && string.CompareOrdinal(d.Code, "HGCI7500") < 0).ToList();

        Assert.Equal(6, codes.Count);
        Assert.All(codes, d => Assert.True(File.Exists(Path.Combine(RepositoryPaths.Root, d.HelpPath)), d.HelpPath));
    }
}

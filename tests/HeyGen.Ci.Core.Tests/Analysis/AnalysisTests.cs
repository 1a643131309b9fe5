using HeyGen.Ci.Core.Analysis;
using HeyGen.Ci.Core.Diagnostics;
using HeyGen.Ci.Core.Ingest;
using HeyGen.Ci.Core.Tests.Generation;
using HeyGen.Ci.Tests;

namespace HeyGen.Ci.Core.Tests.Analysis;

public sealed class AnalysisTests
{
    private static Task<BehaviourAnalysis> AnalyseAsync(params string[] inputs)
        => RecordingAnalysis.AnalyseAsync(
            inputs, new IngestOptions(), false, new DiagnosticBag(), CancellationToken.None);

    [Fact]
    public async Task Correlation_LoginToken_IsCapturedFromTheResponseAndNotAParameter()
    {
        var analysis = await AnalyseAsync(RepositoryPaths.Case("B12-token-correlation.har"));

        var token = analysis.Correlations.Where(c => c.Variable == "accessToken").ToList();
        Assert.Contains(token, c => c is { FromEndpoint: "POST /api/login", FromKind: "json", From: "$.accessToken",
            ToEndpoint: "POST /api/transfers", ToKind: "header", To: "Authorization" });
        Assert.Contains(token, c => c.ToEndpoint == "GET /api/transfers/{transferId}");
        Assert.DoesNotContain(analysis.Secrets, s => s.Name == "HEYGEN_SECRET_AUTHORIZATION");
    }

    [Fact]
    public async Task Correlation_CsrfCookie_FlowsIntoAHeader()
    {
        var analysis = await AnalyseAsync(RepositoryPaths.Case("B12-token-correlation.har"));

        Assert.Contains(analysis.Correlations, c => c is { Variable: "csrf", FromKind: "cookie", From: "csrf",
            ToKind: "header", To: "X-CSRF-Token" });
    }

    [Fact]
    public async Task Correlation_CreatedId_FillsTheLaterRouteParameter()
    {
        var analysis = await AnalyseAsync(RepositoryPaths.Case("B12-token-correlation.har"));

        Assert.Contains(analysis.Correlations, c => c is { Variable: "transferId", FromEndpoint: "POST /api/transfers",
            From: "$.id", ToKind: "path", To: "transferId" });
    }

    [Fact]
    public async Task Secrets_PasswordInBody_IsAParameter()
    {
        var analysis = await AnalyseAsync(RepositoryPaths.Case("B12-token-correlation.har"));

        var secret = Assert.Single(analysis.Secrets);
        Assert.Equal(new SecretParameter("HEYGEN_SECRET_BODY_PASSWORD", SecretLocation.Body, "password", 1), secret);
    }

    [Fact]
    public async Task Secrets_AuthorizationNotIssuedBySession_IsAParameter()
    {
        var analysis = await AnalyseAsync(RepositoryPaths.Case("B11-cors-preflight.har"));

        Assert.Contains(analysis.Secrets,
            s => s.Name == "HEYGEN_SECRET_AUTHORIZATION" && s.Location == SecretLocation.Header);
    }

    [Fact]
    public async Task Noise_VolatileFieldsAndHeaders_AreMaskedByPattern()
    {
        var analysis = await AnalyseAsync(RepositoryPaths.Case("B13-volatile-response-fields.har"));

        var masked = analysis.MaskedFields.Where(m => m.Endpoint == "GET /api/product/{productId}").ToList();
        Assert.Contains(masked, m => m is { Kind: "json", Path: "$.requestId" });
        Assert.Contains(masked, m => m is { Kind: "json", Path: "$.serverTime", Reason: "timestamp" });
        Assert.Contains(masked, m => m is { Kind: "json", Path: "$.session.expiresAt", Reason: "timestamp" });
        Assert.Contains(masked, m => m is { Kind: "header", Path: "ETag" });
        Assert.Contains(masked, m => m is { Kind: "header", Path: "Date" });
        Assert.DoesNotContain(masked, m => m.Path is "$.name" or "$.price" or "$.id");
    }

    [Fact]
    public async Task Noise_SameRequestInTwoSessionsWithAnotherValue_IsMasked()
    {
        using var folder = new TempFolder();
        var har = new HarFile().Page("p1").Page("p2")
            .Entry("p1", "GET", "http://shop.test/api/stock", 200, """{"sku":"a","level":3}""")
            .Entry("p2", "GET", "http://shop.test/api/stock", 200, """{"sku":"a","level":5}""")
            .WriteTo(folder.Path, "stock.har");

        var analysis = await AnalyseAsync(har);

        Assert.Contains(analysis.MaskedFields, m => m is { Path: "$.level", Reason: "varies across sessions" });
        Assert.DoesNotContain(analysis.MaskedFields, m => m.Path == "$.sku");
    }

    [Fact]
    public async Task Noise_RepeatedCallInOneSessionWithAnotherResponse_IsNotNoise()
    {
        var analysis = await AnalyseAsync(RepositoryPaths.Case("B10-repeated-call-changing-state.har"));

        Assert.DoesNotContain(analysis.MaskedFields, m => m.Path == "$.done");
    }

    [Fact]
    public async Task Preflights_AreLeftOutOfTheFlows()
    {
        var analysis = await AnalyseAsync(RepositoryPaths.Case("B11-cors-preflight.har"));

        Assert.Equal(1, analysis.LeftOut.Preflights);
        Assert.DoesNotContain(analysis.Routes, r => r.Method == "OPTIONS");
    }

    [Fact]
    public async Task StaticAssets_AreLeftOutByDefault()
    {
        var analysis = await AnalyseAsync(
            Path.Combine(RepositoryPaths.CorpusHar, "perfcascade__chrome_h2_www.nghttp2.org.har"));

        Assert.True(analysis.LeftOut.StaticAssets > 0);
        Assert.DoesNotContain(analysis.Routes, r => r.Template.EndsWith(".css", StringComparison.Ordinal)
            || r.Template.EndsWith(".png", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Flows_CountTransitionsAcrossSessions()
    {
        using var folder = new TempFolder();
        var har = new HarFile().Page("p1").Page("p2")
            .Entry("p1", "GET", "http://shop.test/products/17", 200, """{"id":17}""")
            .Entry("p1", "POST", "http://shop.test/cart", 201, """{"ok":true}""", """{"id":17}""")
            .Entry("p2", "GET", "http://shop.test/products/42", 200, """{"id":42}""")
            .Entry("p2", "POST", "http://shop.test/cart", 201, """{"ok":true}""", """{"id":42}""")
            .WriteTo(folder.Path, "shop.har");

        var analysis = await AnalyseAsync(har);

        Assert.Equal(new FlowEdge("GET /products/{productId}", "POST /cart", 2), Assert.Single(analysis.Flows.Edges));
        Assert.Equal(2, analysis.Flows.Nodes.Single(n => n.Endpoint == "GET /products/{productId}").Entries);
        Assert.Equal(2, analysis.Routes.Single(r => r.Endpoint == "GET /products/{productId}").Calls);
    }
}

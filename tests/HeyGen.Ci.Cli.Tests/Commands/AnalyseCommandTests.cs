using System.Text.Json;
using HeyGen.Ci.Tests;

namespace HeyGen.Ci.Cli.Tests.Commands;

public sealed class AnalyseCommandTests : IDisposable
{
    private readonly string _out = Path.Combine(Path.GetTempPath(), "heygen-cli-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_out))
        {
            Directory.Delete(_out, recursive: true);
        }
    }

    [Fact]
    public async Task Analyse_GoodRecording_WritesAnalysisAndFlowChart_ExitsZero()
    {
        var code = await HeyGenApp.RunAsync(
            ["analyse", "--sessions", RepositoryPaths.Case("B12-token-correlation.har"), "--out", _out],
            CancellationToken.None);

        Assert.Equal(0, code);
        using var analysis = JsonDocument.Parse(File.ReadAllText(Path.Combine(_out, "analysis.json")));
        Assert.Equal("heygen.analysis/v1", analysis.RootElement.GetProperty("schema").GetString());
        Assert.Equal(3, analysis.RootElement.GetProperty("routes").GetArrayLength());
        var chart = File.ReadAllText(Path.Combine(_out, "flows.mmd"));
        Assert.StartsWith("flowchart LR\n", chart, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Analyse_BrokenRecordingAmongGoodOnes_ExitsOne_AndAnalysesTheRest()
    {
        var code = await HeyGenApp.RunAsync(
            ["analyse",
             "--sessions", Path.Combine(RepositoryPaths.CorpusHar, "mitmproxy__corrupted_har_brokenfile.har"),
             "--sessions", RepositoryPaths.Case("B13-volatile-response-fields.har"), "--out", _out, "--json"],
            CancellationToken.None);

        Assert.Equal(1, code);
        using var analysis = JsonDocument.Parse(File.ReadAllText(Path.Combine(_out, "analysis.json")));
        Assert.Contains(analysis.RootElement.GetProperty("routes").EnumerateArray(),
            r => r.GetProperty("endpoint").GetString() == "GET /api/product/{productId}");
        Assert.Contains(analysis.RootElement.GetProperty("diagnostics").EnumerateArray(),
            d => d.GetProperty("severity").GetString() == "error");
    }

    [Fact]
    public async Task Analyse_WithoutSessions_IsAUsageError()
    {
        var code = await HeyGenApp.RunAsync(["analyse", "--out", _out], CancellationToken.None);

        Assert.Equal(2, code);
    }
}

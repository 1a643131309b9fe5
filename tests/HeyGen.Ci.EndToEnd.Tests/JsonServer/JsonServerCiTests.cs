using System.Text.Json;
using HeyGen.Ci.EndToEnd.Tests.Support;

namespace HeyGen.Ci.EndToEnd.Tests.JsonServer;

/// <summary>
/// <c>heygen ci</c> on json-server in Docker with the sessions headless chromium recorded of it: the recorded database
/// passes against itself; a renamed field, a missing item or slowed responses fail with reasons that name them; and
/// no container is left behind.
/// </summary>
[Collection(JsonServerCollection.Name)]
public sealed class JsonServerCiTests(JsonServerImages images) : IDisposable
{
    private readonly JsonServerWorkspace _workspace = new();

    [Fact]
    public async Task Ci_RecordedDatabaseAgainstItself_PassesOnEveryTarget()
    {
        var runFolder = Path.Combine(_workspace.Folder, "clean");

        var run = await _workspace.CiAsync(images.Clean, images.Clean, runFolder);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("pass", Decision(runFolder));

        // The flows create, change and delete products: they pass on every target only when each one starts from
        // a fresh container over the recorded database, the noise run's too.
        foreach (var target in new[] { "candidate", "baseline", "baseline-2" })
        {
            var outcomes = Outcomes(runFolder, target);
            Assert.Equal(6, outcomes.Count);
            Assert.All(outcomes, outcome => Assert.Equal("passed", outcome));
        }

        Assert.Empty(await Leftovers.OfRunAsync(Path.GetFileName(runFolder)));
    }

    [Fact]
    public async Task Ci_ChangedDatabase_FailsAndNamesTheRenamedFieldAndTheMissingItem()
    {
        var runFolder = Path.Combine(_workspace.Folder, "changed");

        var run = await _workspace.CiAsync(images.Changed, images.Clean, runFolder);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Equal("fail", Decision(runFolder));
        var reasons = Reasons(runFolder);
        Assert.Contains(reasons, r => r.Kind == "schema-change" && r.Endpoint == "GET /products/{productId}"
            && r.Message.Contains("$.name removed", StringComparison.Ordinal)
            && r.Message.Contains("$.title added", StringComparison.Ordinal));

        // Product 3 is gone: the list is an item short, and the update of product 3 finds nothing.
        Assert.Contains(reasons, r => r.Kind == "schema-change" && r.Endpoint == "GET /products"
            && r.Message.Contains("$[2] removed", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r.Kind == "scenario-failed" && r.Endpoint == "PATCH /products/{productId}"
            && r.Message.Contains("expected status 200, got 404", StringComparison.Ordinal));

        // The noise run is a fresh baseline over the recorded database, not the changed one.
        Assert.All(Outcomes(runFolder, "baseline-2"), outcome => Assert.Equal("passed", outcome));
        Assert.Empty(await Leftovers.OfRunAsync(Path.GetFileName(runFolder)));
    }

    [Fact]
    public async Task Ci_SlowedResponses_FailsOnLatencyOfTheSlowedEndpoints()
    {
        var runFolder = Path.Combine(_workspace.Folder, "slowed");

        var run = await _workspace.CiAsync(images.Slowed, images.Clean, runFolder);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Equal("fail", Decision(runFolder));
        var reasons = Reasons(runFolder);
        Assert.All(Outcomes(runFolder, "candidate"), outcome => Assert.Equal("passed", outcome));
        Assert.DoesNotContain(reasons, r => r.Kind is "schema-change" or "scenario-failed");
        foreach (var endpoint in new[] { "GET /products", "GET /products/{productId}", "POST /products" })
        {
            Assert.Contains(reasons, r => r.Kind == "anomaly" && r.Endpoint == endpoint
                && r.Message.Contains("latency", StringComparison.OrdinalIgnoreCase));
        }

        Assert.Empty(await Leftovers.OfRunAsync(Path.GetFileName(runFolder)));
    }

    public void Dispose() => _workspace.Dispose();

    private static IReadOnlyList<string> Outcomes(string runFolder, string target)
    {
        var path = Path.Combine(runFolder, "results", $"{target}.json");
        using var result = JsonDocument.Parse(File.ReadAllBytes(path));

        return [.. result.RootElement.GetProperty("scenarios").EnumerateArray()
            .Select(s => s.GetProperty("outcome").GetString()!)];
    }

    private static IReadOnlyList<(string Kind, string? Endpoint, string Message)> Reasons(string runFolder)
    {
        using var verdict = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(runFolder, "verdict.json")));

        return [.. verdict.RootElement.GetProperty("reasons").EnumerateArray().Select(r => (
            r.GetProperty("kind").GetString()!,
            r.TryGetProperty("endpoint", out var endpoint) ? endpoint.GetString() : null,
            r.GetProperty("message").GetString()!))];
    }

    private static string? Decision(string runFolder)
    {
        using var verdict = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(runFolder, "verdict.json")));

        return verdict.RootElement.GetProperty("decision").GetString();
    }
}

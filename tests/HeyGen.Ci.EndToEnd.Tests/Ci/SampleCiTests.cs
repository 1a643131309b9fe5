using System.Text.Json;
using HeyGen.Ci.EndToEnd.Tests.Support;
using HeyGen.Ci.Tests;

namespace HeyGen.Ci.EndToEnd.Tests.Ci;

/// <summary>
/// <c>heygen ci</c> as a user runs it, on the sample shop in Docker: the clean image passes, the seeded regression
/// fails and the report names what changed, and nothing is left behind either way.
/// </summary>
[Collection(SampleCollection.Name)]
public sealed class SampleCiTests(SampleImages images) : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(6);
    private readonly string _work = Directory.CreateTempSubdirectory("heygen-e2e-").FullName;

    [Fact]
    public async Task Ci_CleanImageAgainstItself_Passes()
    {
        var runFolder = Path.Combine(_work, "clean");

        var run = await Tool.HeyGenAsync(
            RepositoryPaths.Root,
            ["ci", "--image", images.Clean, "--baseline-image", images.Clean, "--run", runFolder],
            Limit);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("pass", Decision(runFolder));
        Assert.Contains("PASS", run.Output, StringComparison.Ordinal);
        Assert.Empty(await Leftovers.OfRunAsync(Path.GetFileName(runFolder)));
    }

    [Fact]
    public async Task Ci_SeededRegression_FailsAndNamesTheRenamedFieldAndTheSlowedRoute()
    {
        var runFolder = Path.Combine(_work, "regression");

        var run = await Tool.HeyGenAsync(
            RepositoryPaths.Root,
            ["ci", "--image", images.Regression, "--baseline-image", images.Clean, "--run", runFolder],
            Limit);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Equal("fail", Decision(runFolder));
        var reasons = Reasons(runFolder);
        Assert.Contains(reasons, r => r.Endpoint == "GET /api/products/{productId}" && r.Kind == "schema-change"
            && r.Message.Contains("$.price removed", StringComparison.Ordinal)
            && r.Message.Contains("$.unitPrice added", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r.Endpoint == "GET /api/products/{productId}"
            && r.Message.Contains("latency", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(reasons, r => r.Endpoint == "GET /api/search"
            && r.Message.Contains("latency", StringComparison.OrdinalIgnoreCase));

        // The report a reviewer reads names both, in its own (escaped) Markdown.
        var report = File.ReadAllText(Path.Combine(runFolder, "report.md"));
        Assert.Contains("unitPrice", report, StringComparison.Ordinal);
        Assert.Contains("`GET /api/products/{productId}`", report, StringComparison.Ordinal);
        Assert.Empty(await Leftovers.OfRunAsync(Path.GetFileName(runFolder)));
    }

    [Fact]
    public async Task Ci_InterruptedMidRun_ExitsCancelledAndRemovesItsContainers()
    {
        var runFolder = Path.Combine(_work, "interrupted");
        var interrupted = 0;

        var run = await Tool.HeyGenAsync(
            RepositoryPaths.Root,
            ["ci", "--image", images.Clean, "--baseline-image", images.Clean, "--run", runFolder],
            Limit,
            onLine: async (process, line) =>
            {
                // Interrupt once the containers are up and the features run against them.
                var running = line.Contains("▶ run ", StringComparison.Ordinal);
                if (running && Interlocked.Exchange(ref interrupted, 1) == 0)
                {
                    var pid = process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    await Tool.RunAsync("kill", ["-INT", pid], "/", TimeSpan.FromSeconds(10), null, null);
                }
            });

        Assert.Equal(1, interrupted);
        Assert.True(run.ExitCode == 130, run.ToString());
        Assert.Contains("HGCI2005", run.Output, StringComparison.Ordinal);
        Assert.Empty(await Leftovers.OfRunAsync(Path.GetFileName(runFolder)));
    }

    [Fact]
    public async Task Run_WithImageAndBaselineImage_RunsTheFeaturesAgainstBothKeptApart()
    {
        var runFolder = Path.Combine(_work, "run-images");
        var features = Path.Combine(runFolder, "features");
        var generate = await Tool.HeyGenAsync(
            RepositoryPaths.Root, ["generate", "--sessions", "samples/sessions", "--out", features], Limit);
        Assert.True(generate.ExitCode == 0, generate.ToString());

        var run = await Tool.HeyGenAsync(
            RepositoryPaths.Root,
            ["run", "--features", features, "--image", images.Clean, "--baseline-image", images.Clean,
                "--ready-path", "/health", "--env", "HEYGEN_SECRET_BODY_PASSWORD=demo-password", "--run", runFolder],
            Limit);

        Assert.True(run.ExitCode == 0, run.ToString());
        foreach (var label in new[] { "candidate", "baseline" })
        {
            var file = Path.Combine(runFolder, "results", label + ".json");
            using var result = JsonDocument.Parse(File.ReadAllBytes(file));
            Assert.Equal(label, result.RootElement.GetProperty("label").GetString());
            Assert.Equal("docker", result.RootElement.GetProperty("systemUnderTest").GetProperty("kind").GetString());
            Assert.All(
                result.RootElement.GetProperty("scenarios").EnumerateArray(),
                s => Assert.Equal("passed", s.GetProperty("outcome").GetString()));
        }

        Assert.Empty(await Leftovers.OfRunAsync(Path.GetFileName(runFolder)));
    }

    public void Dispose() => Directory.Delete(_work, recursive: true);

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

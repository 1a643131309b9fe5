using HeyGen.Ci.Core.Json;
using HeyGen.Ci.Core.Results;
using HeyGen.Ci.Core.Runs;
using HeyGen.Ci.Steps.Tests.Support;

namespace HeyGen.Ci.Cli.Tests.Run;

/// <summary>
/// The pipeline from recordings to a run: <c>heygen generate</c> over the HAR files chromium recorded against
/// json-server, then <c>heygen run</c> of the generated features against json-server itself.
/// </summary>
[Collection(RunCommandCollection.Name)]
public sealed class GeneratedFeaturesRunTests : IDisposable
{
    private readonly RunFolder _folder = new(Directory.CreateTempSubdirectory("heygen-generated-run-").FullName);

    [Fact]
    public async Task GeneratedFeatures_AgainstTheRecordedDatabase_AllPass()
    {
        await GenerateAsync();
        await using var server = await JsonServer.StartAsync();

        var exit = await RunAsync(server, "candidate");

        var result = await ReadAsync("candidate");
        Assert.True(exit == 0, string.Join("\n", result.Scenarios.Select(s => s.Error)));
        Assert.Equal(6, result.Summary.Passed);
        Assert.Contains(result.Scenarios, s => s.Exchanges.Any(e => e.Endpoint == "DELETE /products/{productId}"));
    }

    [Fact]
    public async Task GeneratedFeatures_AgainstAChangedDatabase_FailOnTheStepsThatDependOnTheChange()
    {
        await GenerateAsync();
        await using var server = await JsonServer.StartAsync("db.changed.json");

        var exit = await RunAsync(server, "candidate");

        Assert.Equal(1, exit);
        var result = await ReadAsync("candidate");
        var failures = result.Scenarios.Where(s => s.Outcome != Outcome.Passed).ToArray();
        Assert.Equal(4, failures.Length);
        foreach (var scenario in failures)
        {
            var failed = scenario.Steps.First(s => s.Outcome == Outcome.Failed);
            Assert.All(scenario.Steps.TakeWhile(s => s != failed), s => Assert.Equal(Outcome.Passed, s.Outcome));
            Assert.StartsWith($"{failed.Keyword}{failed.Text} (line {failed.Line}): ", scenario.Error);

            // Every step that failed depends on the change: the renamed field or the missing item.
            Assert.All(scenario.Steps.Where(s => s.Outcome == Outcome.Failed), s => Assert.True(
                s.Error!.Contains("name", StringComparison.Ordinal) || s.Error.Contains("404", StringComparison.Ordinal),
                s.Error));

            // A body difference lets the scenario go on; a wrong status stops it there.
            var stop = scenario.Steps.FirstOrDefault(s => s.Outcome == Outcome.Failed
                && s.Text.StartsWith("the response status", StringComparison.Ordinal));
            var beforeStop = stop is null ? scenario.Steps : scenario.Steps.TakeWhile(s => s != stop);
            Assert.DoesNotContain(beforeStop, s => s.Outcome == Outcome.Skipped);
            if (stop is not null)
            {
                Assert.All(scenario.Steps.SkipWhile(s => s != stop).Skip(1),
                    s => Assert.Equal(Outcome.Skipped, s.Outcome));
            }
        }

        var renamed = failures.Where(s => s.Error!.Contains("$.name: expected \"Gadget\", but it is missing", StringComparison.Ordinal)
            || s.Error.Contains("].name: expected \"Gadget\", but it is missing", StringComparison.Ordinal));
        Assert.Equal(3, renamed.Count());
        var gone = Assert.Single(failures, s => s.Error!.Contains("expected status 200, got 404", StringComparison.Ordinal));
        Assert.Contains(gone.Exchanges, e => e.Endpoint == "PATCH /products/{productId}" && e.Status == 404);
        Assert.All(result.Scenarios.Except(failures),
            s => Assert.DoesNotContain(s.Exchanges, e => e.Url.EndsWith("/products/2", StringComparison.Ordinal)));
    }

    public void Dispose() => Directory.Delete(_folder.Root, recursive: true);

    private async Task GenerateAsync()
    {
        var har = Path.Combine(JsonServer.DataFolder, "har");
        var exit = await HeyGenApp.RunAsync(
            ["generate", "--sessions", har, "--out", _folder.FeaturesFolder], CancellationToken.None);
        Assert.Equal(0, exit);
    }

    // One worker: the recorded sessions change the database, so they replay in order, as they were recorded.
    private Task<int> RunAsync(JsonServer server, string label) => HeyGenApp.RunAsync(
        ["run", "--target", server.Address.ToString(), "--run", _folder.Root, "--label", label, "--parallel", "1"],
        CancellationToken.None);

    private Task<RunResult> ReadAsync(string label)
        => HeyGenJson.ReadAsync<RunResult>(_folder.ResultFile(label), RunResult.SchemaName, default);
}

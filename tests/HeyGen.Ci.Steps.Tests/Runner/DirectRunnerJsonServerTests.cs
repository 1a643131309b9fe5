using HeyGen.Ci.Core.Json;
using HeyGen.Ci.Core.Results;
using HeyGen.Ci.Steps.Tests.Support;

namespace HeyGen.Ci.Steps.Tests.Runner;

[Collection(DirectRunnerCollection.Name)]
public sealed class DirectRunnerJsonServerTests
{
    [Fact]
    public async Task RunAsync_AgainstTheRecordedDatabase_PassesEveryScenario()
    {
        await using var server = await JsonServer.StartAsync();
        using var sandbox = RunSandbox.WithJsonServerFeatures();

        var result = await sandbox.RunAsync(server.Address);

        Assert.All(result.Scenarios, s => Assert.True(s.Outcome == Outcome.Passed, $"{s.Id}: {s.Error}"));
        Assert.Equal(7, result.Scenarios.Count);
        Assert.Equal("7 passed, 0 failed", result.Summary.ToClosingLine());
        Assert.Empty(sandbox.Diagnostics.Items);
    }

    [Fact]
    public async Task RunAsync_AgainstAChangedDatabase_FailsExactlyTheStepsThatDependOnIt()
    {
        await using var server = await JsonServer.StartAsync("db.changed.json");
        using var sandbox = RunSandbox.WithJsonServerFeatures();

        var result = await sandbox.RunAsync(server.Address);

        var failed = result.Scenarios.Where(s => s.Outcome != Outcome.Passed)
            .Select(s => (s.Id, Step: s.Steps.Single(t => t.Outcome == Outcome.Failed).Line))
            .ToArray();
        Assert.Equal(
            [("catalogue.feature:4", 8), ("catalogue.feature:23", 27), ("catalogue.feature:30", 33),
                ("catalogue.feature:36:43", 39)],
            failed);
        var byId = result.Scenarios.ToDictionary(s => s.Id);
        Assert.Equal(
            "And the response JSON at \"$.name\" is \"Gadget\" (line 27): expected \"Gadget\", but the response has no value at $.name",
            byId["catalogue.feature:23"].Error);
        Assert.Equal(
            "Then the response status is 200 (line 33): expected status 200, got 404 (body: {})",
            byId["catalogue.feature:30"].Error);
        Assert.Equal(
            "And the response JSON at \"$[0].price\" is 12.25 (line 39): expected 12.25, got 24",
            byId["catalogue.feature:36:43"].Error);
        var shape = byId["catalogue.feature:4"];
        Assert.Contains("$[1].name: expected \"Widget\", but it is missing", shape.Error);
        Assert.Contains(shape.Exchanges[0].Differences, d => d is { Path: "$[1].title", Kind: DifferenceKind.Added });
        Assert.All(shape.Steps.Skip(4), s => Assert.Equal(Outcome.Skipped, s.Outcome));
        Assert.Equal("3 passed, 4 failed", result.Summary.ToClosingLine());
    }

    [Fact]
    public async Task RunAsync_RecordsEachExchangeWithItsEndpointAndMeasures()
    {
        await using var server = await JsonServer.StartAsync();
        using var sandbox = RunSandbox.WithJsonServerFeatures();

        var result = await sandbox.RunAsync(server.Address);

        var edit = result.Scenarios.Single(s => s.Id == "editing.feature:4");
        Assert.Equal(
            ["POST /products", "PATCH /products/{productId}", "DELETE /products/{productId}", "GET /products/{productId}"],
            edit.Exchanges.Select(e => e.Endpoint));
        var created = edit.Exchanges[0];
        Assert.Equal(201, created.Status);
        Assert.Equal(201, created.ExpectedStatus);
        Assert.True(created.RequestBodyBytes > 0);
        Assert.True(created.ResponseBytes > 0);
        Assert.True(created.RecordedResponseBytes > 0);
        Assert.True(created.LatencyMs >= created.TimeToHeadersMs && created.TimeToHeadersMs > 0);
        Assert.Equal("application/json", created.ContentType);
        Assert.Equal(server.Address + "products/4", edit.Exchanges[1].Url);
        var search = result.Scenarios.Single(s => s.Id == "catalogue.feature:36:44");
        Assert.Equal("GET /products", search.Exchanges[0].Endpoint);
        Assert.Equal(0, edit.Steps.Single(s => s.Text.StartsWith("the response header \"Location\"", StringComparison.Ordinal)).ExchangeIndex);
    }

    [Fact]
    public async Task RunAsync_CalledTwiceInOneProcess_WritesBothLabelsCompletely()
    {
        await using var server = await JsonServer.StartAsync();
        using var sandbox = RunSandbox.WithJsonServerFeatures();

        var candidate = await sandbox.RunAsync(server.Address, "candidate");
        var baseline = await sandbox.RunAsync(server.Address, "baseline");

        Assert.Equal(candidate.Scenarios.Select(s => s.Id), baseline.Scenarios.Select(s => s.Id));
        foreach (var label in new[] { "candidate", "baseline" })
        {
            var reports = sandbox.Folder.ReportsFolder(label);
            Assert.Contains("\"pickle\"", await File.ReadAllTextAsync(Path.Combine(reports, "cucumber.ndjson")));
            Assert.Contains("Open a product", await File.ReadAllTextAsync(Path.Combine(reports, "report.html")));
            Assert.Contains("<testcase", await File.ReadAllTextAsync(Path.Combine(reports, "junit.xml")));
            var file = await HeyGenJson.ReadAsync<RunResult>(
                sandbox.Folder.ResultFile(label), RunResult.SchemaName, default);
            Assert.Equal(label, file.Label);
            Assert.Equal(7, file.Scenarios.Count);
        }
    }
}

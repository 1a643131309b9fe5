using HeyGen.Ci.Core.Results;
using HeyGen.Ci.Steps.Tests.Support;

namespace HeyGen.Ci.Steps.Tests.Runner;

[Collection(DirectRunnerCollection.Name)]
public sealed class SoftExpectationTests
{
    private const string Feature = """
        Feature: Soft expectations

          Scenario: A changed field, then another request
            Given the variable "productId" is "1"
            When I send a GET request to "/products/${productId}"
            Then the response status is 200
            And the response JSON matches:
              '''application/json
              { "id": 1, "name": "Sprocket", "price": 9.5, "tags": ["tools", "small"] }
              '''
            When I send a GET request to "/products/2"
            Then the response status is 200
            And the response JSON at "$.name" is "Not the name"
        """;

    [Fact]
    public async Task RunAsync_BodyDifference_FailsItsStepButLaterRequestsStillRunAndAreMeasured()
    {
        await using var server = await JsonServer.StartAsync();
        using var sandbox = new RunSandbox().Feature("soft.feature", Feature.Replace("'''", "\"\"\""));

        var result = await sandbox.RunAsync(server.Address);

        var scenario = Assert.Single(result.Scenarios);
        Assert.Equal(Outcome.Failed, scenario.Outcome);
        Assert.Equal(
            [Outcome.Passed, Outcome.Passed, Outcome.Passed, Outcome.Failed, Outcome.Passed, Outcome.Passed,
                Outcome.Failed],
            scenario.Steps.Select(s => s.Outcome));
        Assert.Equal(2, scenario.Exchanges.Count);
        Assert.Contains(scenario.Exchanges[0].Differences, d => d is { Path: "$.name", Kind: DifferenceKind.Changed });
        Assert.True(scenario.Exchanges[1].LatencyMs > 0);
        Assert.StartsWith("And the response JSON matches: (line 7): ", scenario.Error, StringComparison.Ordinal);
        Assert.Contains("expected \"Not the name\"", scenario.Steps[6].Error, StringComparison.Ordinal);
    }
}

using HeyGen.Ci.Core.Diagnostics;
using HeyGen.Ci.Core.Results;
using HeyGen.Ci.Core.Targets;
using HeyGen.Ci.Steps.Tests.Support;

namespace HeyGen.Ci.Steps.Tests.Runner;

[Collection(DirectRunnerCollection.Name)]
public sealed class SystemUnderTestTests
{
    [Fact]
    public async Task RunAsync_SystemUnderTestExits_MarksTheRestErroredAndDescribesIt()
    {
        using var echo = new EchoServer();
        var scenarios = string.Concat(Enumerable.Range(1, 4).Select(i => $"""

              Scenario: Call {i}
                When I send a GET request to "/call/{i}"

            """));
        using var sandbox = new RunSandbox().Feature("calls.feature", "Feature: Calls\n" + scenarios);
        var system = new ExitingSystem(echo.Address, healthyChecks: 2);

        var result = await Steps.Runner.DirectRunner.RunAsync(
            sandbox.Request(echo.Address) with { SystemUnderTest = system }, CancellationToken.None);

        Assert.Equal(
            [Outcome.Passed, Outcome.Passed, Outcome.Errored, Outcome.Errored],
            result.Scenarios.Select(s => s.Outcome));
        Assert.Contains("exited with code 137", result.Scenarios[2].Error);
        Assert.Equal(2, echo.Requests.Count);
        Assert.Equal(137, result.SystemUnderTest?.ExitCode);
        Assert.Equal("docker", result.SystemUnderTest?.Kind);
    }

    /// <summary>A system under test that is healthy for a number of checks and then reports that it exited.</summary>
    private sealed class ExitingSystem(Uri address, int healthyChecks) : ISystemUnderTest
    {
        private int _checks;

        public Uri BaseAddress => address;

        public ValueTask EnsureRunningAsync(CancellationToken cancellationToken)
        {
            if (Interlocked.Increment(ref _checks) > healthyChecks)
            {
                throw new HeyGenException(DiagnosticCodes.InternalError.Create(
                    "The container exited with code 137; last log line: 'Killed'."));
            }

            return ValueTask.CompletedTask;
        }

        public SystemUnderTestInfo Describe()
            => new() { Kind = "docker", Image = "app:test", ExitCode = _checks > healthyChecks ? 137 : null };

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}

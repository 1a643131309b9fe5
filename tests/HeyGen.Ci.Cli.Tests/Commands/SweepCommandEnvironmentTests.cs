using HeyGen.Ci.Core;

namespace HeyGen.Ci.Cli.Tests.Commands;

/// <summary>Tests that change DOCKER_HOST for the whole process, so they run alone.</summary>
[CollectionDefinition(nameof(SweepCommandEnvironmentTests), DisableParallelization = true)]
[Collection(nameof(SweepCommandEnvironmentTests))]
public sealed class SweepCommandEnvironmentTests
{
    [Fact]
    public async Task Sweep_DockerHostWithoutEngine_ExitsFourForAMissingEngine()
    {
        var previous = Environment.GetEnvironmentVariable("DOCKER_HOST");
        var socket = Path.Combine(Path.GetTempPath(), $"heygen-no-engine-{Guid.NewGuid():N}.sock");

        try
        {
            Environment.SetEnvironmentVariable("DOCKER_HOST", "unix://" + socket);

            var exitCode = await HeyGenApp.RunAsync(["sweep"], CancellationToken.None);

            Assert.Equal(ExitCodes.EnvironmentMissing, exitCode);
        }
        finally
        {
            Environment.SetEnvironmentVariable("DOCKER_HOST", previous);
        }
    }
}

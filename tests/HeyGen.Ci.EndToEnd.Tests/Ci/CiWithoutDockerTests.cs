using HeyGen.Ci.EndToEnd.Tests.Support;
using HeyGen.Ci.Tests;

namespace HeyGen.Ci.EndToEnd.Tests.Ci;

/// <summary>The embedded default without a Docker engine: said clearly, and the local-process fallback.</summary>
[Collection(SampleCollection.Name)]
public sealed class CiWithoutDockerTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("heygen-e2e-").FullName;

    [Fact]
    public async Task Ci_NoEngineReachable_SaysHowToStartOneAndExits4()
    {
        var run = await Tool.HeyGenAsync(
            RepositoryPaths.Root,
            ["ci", "--run", Path.Combine(_work, "no-engine")],
            TimeSpan.FromMinutes(4),
            new Dictionary<string, string> { ["DOCKER_HOST"] = $"unix://{_work}/no-such-docker.sock" });

        Assert.True(run.ExitCode == 4, run.ToString());
        Assert.Contains("HGCI4", run.Output, StringComparison.Ordinal);
        Assert.Contains("--no-docker", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ci_NoDocker_RunsTheEmbeddedDefaultAsLocalProcessesAndPasses()
    {
        var run = await Tool.HeyGenAsync(
            RepositoryPaths.Root,
            ["ci", "--no-docker", "--run", Path.Combine(_work, "local")],
            TimeSpan.FromMinutes(6));

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("runs as a local process, not in a container", run.Output, StringComparison.Ordinal);
        Assert.Contains("PASS", run.Output, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_work, recursive: true);
}

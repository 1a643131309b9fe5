using HeyGen.Ci.Core.Diagnostics;
using HeyGen.Ci.Tests;

namespace HeyGen.Ci.Docker.Tests;

public sealed class DiagnosticPagesTests
{
    [Fact]
    public void DockerCodes_EachInRangeWithAPage()
    {
        var docker = DiagnosticCodes.All.Where(d => d.Code.StartsWith("HGCI4", StringComparison.Ordinal)).ToArray();

        Assert.Equal(13, docker.Length);
        Assert.All(docker, d => Assert.True(
            File.Exists(Path.Combine(RepositoryPaths.Root, d.HelpPath)), $"{d.Code} has no page at {d.HelpPath}"));
        Assert.All(docker, d => Assert.StartsWith(
            $"# {d.Code}: {d.Title}", File.ReadAllText(Path.Combine(RepositoryPaths.Root, d.HelpPath))));
    }
}

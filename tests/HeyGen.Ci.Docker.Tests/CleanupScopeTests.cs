using Docker.DotNet.Models;
using HeyGen.Ci.Docker.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace HeyGen.Ci.Docker.Tests;

[Collection(DockerCollection.Name)]
public sealed class CleanupScopeTests(DockerFixture docker)
{
    [Fact]
    public async Task DisposeAsync_NetworkStillInUse_Hgci4010WarningAndTheSweepRemovesTheRest()
    {
        var runId = RunIds.New("inuse");
        var labels = ResourceLabels.For(runId, "candidate");
        var network = await docker.Client.Networks.CreateNetworkAsync(new NetworksCreateParameters
        {
            Name = "heygen-" + runId,
            Driver = "bridge",
            Labels = labels,
            Options = new Dictionary<string, string>(),
        });

        // A container the scope does not own keeps the network busy, so removing the network fails.
        var blocker = await docker.Client.Containers.CreateContainerAsync(new CreateContainerParameters
        {
            Image = DockerFixture.BaseImage,
            Cmd = ["sleep", "60"],
            Labels = labels,
            HostConfig = new HostConfig { NetworkMode = "heygen-" + runId, Init = true },
        });
        await docker.Client.Containers.StartContainerAsync(blocker.ID, new ContainerStartParameters());

        var scope = new CleanupScope(docker.Client, runId, "candidate", NullLogger.Instance, TimeSpan.FromSeconds(10));
        scope.Own(ResourceKind.Network, network.ID);
        await scope.DisposeAsync();

        var problem = Assert.Single(scope.Problems);
        Assert.Equal("HGCI4010", problem.Code);
        Assert.Contains($"heygen sweep --run-id {runId}", problem.Message);

        await docker.Engine.SweepAsync(runId, default);
        await Leftovers.AssertNoneAsync(docker.Client, runId);
    }
}

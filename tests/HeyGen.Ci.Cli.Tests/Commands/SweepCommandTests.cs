using Docker.DotNet;
using Docker.DotNet.Models;
using HeyGen.Ci.Core;
using HeyGen.Ci.Docker;

namespace HeyGen.Ci.Cli.Tests.Commands;

public sealed class SweepCommandTests
{
    [Fact]
    public async Task Sweep_RunId_RemovesThatRunsContainerAndExitsZero()
    {
        var runId = "test-cli-sweep-" + Guid.NewGuid().ToString("N")[..10];
        using var client = new DockerClientBuilder().Build();
        var created = await client.Containers.CreateContainerAsync(new CreateContainerParameters
        {
            Image = "heygen-local/runtime-deps:12",
            Cmd = ["sleep", "60"],
            Labels = ResourceLabels.For(runId, "candidate"),
        });

        var exitCode = await HeyGenApp.RunAsync(["sweep", "--run-id", runId], CancellationToken.None);

        Assert.Equal(ExitCodes.Success, exitCode);
        await Assert.ThrowsAsync<DockerContainerNotFoundException>(
            () => client.Containers.InspectContainerAsync(created.ID));
    }
}

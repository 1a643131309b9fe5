using System.Diagnostics;
using Docker.DotNet.Models;
using HeyGen.Ci.Docker.Tests.Support;

namespace HeyGen.Ci.Docker.Tests.Sweeping;

/// <summary>
/// Sweeps of resources this test creates by hand with chosen owner labels. Each sweep is narrowed to this
/// test's own marker label, so it never touches what other processes on the shared engine own.
/// </summary>
[Collection(DockerCollection.Name)]
public sealed class SweepTests(DockerFixture docker)
{
    private readonly string _marker = "heygen-ci.test=" + Guid.NewGuid().ToString("N");

    [Fact]
    public async Task SweepAsync_DeadOwnerOrOtherBoot_RemovedAndLiveOwnersKept()
    {
        var me = OwnerIdentity.Current;
        var dead = RunIds.New("dead");
        var rebooted = RunIds.New("rebooted");
        var live = RunIds.New("live");
        var otherHost = RunIds.New("otherhost");

        await CreateContainerAsync(dead, me with { ProcessId = await DeadPidAsync(), StartedTicks = string.Empty });
        await CreateNetworkAsync(dead, me with { ProcessId = await DeadPidAsync() });
        await CreateContainerAsync(rebooted, me with { BootId = Guid.NewGuid().ToString() });
        await CreateContainerAsync(live, me);
        await CreateContainerAsync(otherHost, me with { Host = "another-machine", BootId = "other" });

        var report = await docker.Engine.SweepAsync(null, _marker, default);

        Assert.Equal(
            [(ResourceKind.Container, dead), (ResourceKind.Container, rebooted), (ResourceKind.Network, dead)],
            report.Removed.Select(r => (r.Kind, r.RunId)).Order());
        Assert.Equal([live, otherHost], report.Kept.Select(r => r.RunId).Order());
        Assert.All(report.Kept, r => Assert.Equal("its owner process is alive", r.Reason));
        Assert.Empty(report.Failed);
        await Leftovers.AssertNoneAsync(docker.Client, dead);
        await Leftovers.AssertNoneAsync(docker.Client, rebooted);
        Assert.NotEmpty(await Leftovers.FindAsync(docker.Client, live));

        var byRun = await docker.Engine.SweepAsync(live, default);
        var removed = Assert.Single(byRun.Removed);
        Assert.Equal($"run {live} was asked for", removed.Reason);
        await docker.Engine.SweepAsync(otherHost, default);
        await Leftovers.AssertNoneAsync(docker.Client, live);
        await Leftovers.AssertNoneAsync(docker.Client, otherHost);
    }

    [Fact]
    public async Task SweepAsync_PidReusedByAnotherProcess_OwnerCountedAsGone()
    {
        // Our own pid, but a start time that is not ours: the process that made it is gone and the pid reused.
        var runId = RunIds.New("reused");
        await CreateContainerAsync(runId, OwnerIdentity.Current with { ProcessId = 1, StartedTicks = "1" });

        var report = await docker.Engine.SweepAsync(null, _marker, default);

        Assert.Contains(report.Removed, r => r.RunId == runId);
        await Leftovers.AssertNoneAsync(docker.Client, runId);
    }

    [Fact]
    public async Task SweepAsync_KilledRunsTargetStillRunning_RemovedByRunId()
    {
        // A target whose owner never disposed it, as after kill -9: the run's sweep removes it and its network.
        var runId = RunIds.New("abandoned");
        var target = await docker.Engine.StartAsync(docker.Httpd(), runId, TargetLabels.Candidate, default);

        var report = await docker.Engine.SweepAsync(runId, default);

        Assert.Equal([ResourceKind.Container, ResourceKind.Network], report.Removed.Select(r => r.Kind));
        await Leftovers.AssertNoneAsync(docker.Client, runId);
        await target.DisposeAsync();
        Assert.Empty(target.CleanupProblems);
    }

    private async Task CreateContainerAsync(string runId, OwnerIdentity owner)
    {
        await docker.Client.Containers.CreateContainerAsync(new CreateContainerParameters
        {
            Image = DockerFixture.BaseImage,
            Cmd = ["sleep", "60"],
            Labels = Labels(runId, owner),
        });
    }

    private async Task CreateNetworkAsync(string runId, OwnerIdentity owner)
    {
        await docker.Client.Networks.CreateNetworkAsync(new NetworksCreateParameters
        {
            Name = "heygen-" + runId,
            Driver = "bridge",
            Labels = Labels(runId, owner),
            Options = new Dictionary<string, string>(),
        });
    }

    private Dictionary<string, string> Labels(string runId, OwnerIdentity owner)
    {
        var marker = _marker.Split('=');
        return new Dictionary<string, string>
        {
            [ResourceLabels.Product] = "true",
            [ResourceLabels.RunId] = runId,
            [ResourceLabels.Owner] = owner.Owner,
            [ResourceLabels.OwnerStarted] = owner.StartedTicks,
            [ResourceLabels.OwnerHost] = owner.Host,
            [marker[0]] = marker[1],
        };
    }

    private static async Task<int> DeadPidAsync()
    {
        using var process = Process.Start(new ProcessStartInfo("true"))!;
        await process.WaitForExitAsync();
        return process.Id;
    }
}

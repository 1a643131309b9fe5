using Docker.DotNet;
using Docker.DotNet.Models;
using HeyGen.Ci.Core.Results;

namespace HeyGen.Ci.Docker.Running;

/// <summary>
/// Samples a container's CPU and memory periodically with one-shot stats calls. CPU is computed between
/// consecutive samples, in percent of one core, as the docker CLI does; memory leaves out the page cache.
/// </summary>
internal sealed class ResourceSampler : IAsyncDisposable
{
    private const double MiB = 1024 * 1024;

    private readonly Lock _gate = new();
    private readonly List<double> _cpu = [];
    private readonly List<double> _memory = [];
    private readonly CancellationTokenSource _stop = new();
    private Task _loop = Task.CompletedTask;
    private (ulong Total, ulong System)? _previous;

    /// <summary>Starts sampling in the background every <paramref name="interval"/>.</summary>
    public void Start(IDockerClient client, string containerId, TimeSpan interval, TimeProvider time)
    {
        _loop = Task.Run(() => LoopAsync(client, containerId, interval, time, _stop.Token));
    }

    /// <summary>Takes one sample now.</summary>
    public async Task SampleAsync(IDockerClient client, string containerId, CancellationToken cancellationToken)
    {
        ContainerStatsResponse? stats = null;
        var parameters = new ContainerStatsParameters { Stream = false, OneShot = true };
        var progress = new SynchronousProgress<ContainerStatsResponse>(s => stats = s);

        await client.Containers.GetContainerStatsAsync(containerId, parameters, progress, cancellationToken)
            .ConfigureAwait(false);

        if (stats is not null)
        {
            Add(stats);
        }
    }

    /// <summary>The samples so far; null when none was taken.</summary>
    public ResourceUsage? Usage()
    {
        lock (_gate)
        {
            if (_memory.Count == 0)
            {
                return null;
            }

            return new ResourceUsage
            {
                Samples = _memory.Count,
                CpuPercentMean = _cpu.Count == 0 ? 0 : Math.Round(_cpu.Average(), 2),
                CpuPercentMax = _cpu.Count == 0 ? 0 : Math.Round(_cpu.Max(), 2),
                MemoryMiBMean = Math.Round(_memory.Average(), 2),
                MemoryMiBMax = Math.Round(_memory.Max(), 2),
            };
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _loop.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _stop.Dispose();
    }

    private async Task LoopAsync(
        IDockerClient client, string containerId, TimeSpan interval, TimeProvider time, CancellationToken token)
    {
        using var timer = new PeriodicTimer(interval, time);
        try
        {
            do
            {
                await SampleAsync(client, containerId, token).ConfigureAwait(false);
            }
            while (await timer.WaitForNextTickAsync(token).ConfigureAwait(false));
        }
        catch (Exception ex) when (ex is OperationCanceledException or DockerApiException or IOException
            or HttpRequestException)
        {
            // Sampling ends with the container; the samples taken are kept.
        }
    }

    private void Add(ContainerStatsResponse stats)
    {
        var memory = stats.MemoryStats;
        if (memory?.Usage is not { } usage || usage == 0)
        {
            return;
        }

        lock (_gate)
        {
            _memory.Add((usage - Cache(memory)) / MiB);
            var cpu = stats.CPUStats;
            if (cpu?.SystemUsage is { } system)
            {
                var total = cpu.CPUUsage.TotalUsage;
                if (_previous is { } previous && system > previous.System && total >= previous.Total)
                {
                    var cores = cpu.OnlineCPUs ?? (uint)(cpu.CPUUsage.PercpuUsage?.Count ?? 1);
                    _cpu.Add((double)(total - previous.Total) / (system - previous.System) * cores * 100);
                }

                _previous = (total, system);
            }
        }
    }

    private static ulong Cache(MemoryStats memory)
    {
        var stats = memory.Stats;
        if (stats is null)
        {
            return 0;
        }

        // cgroup v1 names it total_inactive_file, v2 inactive_file; the docker CLI subtracts the same.
        var cache = stats.TryGetValue("total_inactive_file", out var v1) ? v1
            : stats.TryGetValue("inactive_file", out var v2) ? v2 : 0;
        return cache < (memory.Usage ?? 0) ? cache : 0;
    }
}

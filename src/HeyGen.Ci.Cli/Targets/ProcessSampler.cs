using System.Diagnostics;
using HeyGen.Ci.Core.Results;

namespace HeyGen.Ci.Cli.Targets;

/// <summary>Samples a process's CPU (share of one core) and working set once a second.</summary>
internal sealed class ProcessSampler : IDisposable
{
    private readonly Process _process;
    private readonly Timer _timer;
    private readonly Lock _gate = new();
    private readonly List<(double Cpu, double MemoryMiB)> _samples = [];
    private TimeSpan _lastCpu;
    private long _lastTicks = Stopwatch.GetTimestamp();

    /// <summary>Starts sampling.</summary>
    public ProcessSampler(Process process)
    {
        _process = process;
        _timer = new Timer(_ => Sample(), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
    }

    /// <summary>The samples so far, summarised; null before the first.</summary>
    public ResourceUsage? Usage()
    {
        lock (_gate)
        {
            if (_samples.Count == 0)
            {
                return null;
            }

            return new ResourceUsage
            {
                Samples = _samples.Count,
                CpuPercentMean = _samples.Average(s => s.Cpu),
                CpuPercentMax = _samples.Max(s => s.Cpu),
                MemoryMiBMean = _samples.Average(s => s.MemoryMiB),
                MemoryMiBMax = _samples.Max(s => s.MemoryMiB),
            };
        }
    }

    /// <inheritdoc />
    public void Dispose() => _timer.Dispose();

    private void Sample()
    {
        try
        {
            _process.Refresh();
            var cpu = _process.TotalProcessorTime;
            var now = Stopwatch.GetTimestamp();
            var wall = Stopwatch.GetElapsedTime(_lastTicks, now);
            var share = wall > TimeSpan.Zero ? (cpu - _lastCpu) / wall * 100 : 0;
            lock (_gate)
            {
                _samples.Add((share, _process.WorkingSet64 / (1024.0 * 1024.0)));
            }

            _lastCpu = cpu;
            _lastTicks = now;
        }
        catch (InvalidOperationException)
        {
            // The process exited between two samples.
        }
    }
}

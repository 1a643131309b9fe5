using System.Diagnostics;
using Docker.DotNet;
using Docker.DotNet.Models;
using HeyGen.Ci.Core.Diagnostics;
using HeyGen.Ci.Core.Results;
using HeyGen.Ci.Core.Targets;
using HeyGen.Ci.Docker.Running;
using Microsoft.Extensions.Logging;

namespace HeyGen.Ci.Docker;

/// <summary>
/// A target running in a container that this process started: where to reach it (127.0.0.1 and an
/// ephemeral port), whether it still runs, what it logged and used. Disposing it stops and removes the
/// container, the image built for it and its network, on its own deadline.
/// </summary>
public sealed partial class DockerSystemUnderTest : ISystemUnderTest
{
    private const int LinesInErrors = 20;

    private readonly IDockerClient _client;
    private readonly CleanupScope _scope;
    private readonly ContainerLogCollector _logs;
    private readonly ResourceSampler _resources = new();
    private readonly CancellationTokenSource _watch = new();
    private readonly ILogger _logger;
    private Task<long> _exited = new TaskCompletionSource<long>().Task;
    private long? _exitCode;
    private int _disposed;

    internal DockerSystemUnderTest(
        IDockerClient client, CleanupScope scope, ContainerSpec spec, string runId, string label, ILogger logger)
    {
        _client = client;
        _scope = scope;
        _logger = logger;
        Spec = spec;
        RunId = runId;
        Label = label;
        StdoutPath = spec.LogFolder is null ? null : Path.Combine(spec.LogFolder, label + ".stdout.log");
        StderrPath = spec.LogFolder is null ? null : Path.Combine(spec.LogFolder, label + ".stderr.log");
        _logs = new ContainerLogCollector(StdoutPath, StderrPath, spec.LastLogLines);
    }

    /// <summary>The run this target belongs to.</summary>
    public string RunId { get; }

    /// <summary>The target label: <c>candidate</c>, <c>baseline</c> or <c>baseline-2</c>.</summary>
    public string Label { get; }

    /// <summary>What was asked for.</summary>
    public ContainerSpec Spec { get; }

    /// <summary>The image the container runs (built for this run, or the one given).</summary>
    public string Image { get; internal set; } = string.Empty;

    /// <summary>The container id.</summary>
    public string ContainerId { get; internal set; } = string.Empty;

    /// <summary>The host port on 127.0.0.1 that the container port is published on.</summary>
    public int HostPort { get; internal set; }

    /// <inheritdoc />
    public Uri BaseAddress { get; internal set; } = new("http://127.0.0.1/");

    /// <summary>The file stdout is written to, when a log folder was given.</summary>
    public string? StdoutPath { get; }

    /// <summary>The file stderr is written to, when a log folder was given.</summary>
    public string? StderrPath { get; }

    /// <summary>How long each step took.</summary>
    public DockerTimings Timings { get; internal set; } = new();

    /// <summary>Problems met while cleaning up (HGCI4010 warnings); empty when everything was removed.</summary>
    public IReadOnlyList<Diagnostic> CleanupProblems => _scope.Problems;

    internal ContainerLogCollector Logs => _logs;

    internal ResourceSampler Resources => _resources;

    internal Task<long> Exited => _exited;

    /// <inheritdoc />
    public async ValueTask EnsureRunningAsync(CancellationToken cancellationToken)
    {
        if (!_exited.IsCompleted)
        {
            var state = (await _client.Containers.InspectContainerAsync(ContainerId, cancellationToken)
                .ConfigureAwait(false)).State;
            if (state is null || state.Running)
            {
                return;
            }

            _exitCode = state.ExitCode;
        }
        else
        {
            _exitCode = await _exited.ConfigureAwait(false);
        }

        await _logs.DrainAsync(TimeSpan.FromSeconds(2)).ConfigureAwait(false);
        var message = $"The {Label} container ({Image}) exited with code {_exitCode} while the run was going on. " +
            $"Last lines:\n{_logs.LastLinesText(LinesInErrors)}\n" +
            "Look at its logs for the cause (a crash, an out-of-memory kill: exit code 137).";
        throw new HeyGenException(DiagnosticCodes.DockerExitedDuringRun.Create(message, StderrPath));
    }

    /// <inheritdoc />
    public SystemUnderTestInfo Describe() => new()
    {
        Kind = "docker",
        Image = Image,
        BuildMs = Timings.BuildMs,
        ReadyMs = Timings.CreateMs + Timings.StartMs + Timings.ReadyMs,
        Logs = _logs.Summary(),
        Resources = _resources.Usage(),
        ExitCode = _exitCode is { } code ? (int)code : null,
    };

    /// <summary>Stops and removes everything this target created; never throws, never uses a caller's token.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        var started = Stopwatch.GetTimestamp();
        await _resources.DisposeAsync().ConfigureAwait(false);
        await _scope.DisposeAsync().ConfigureAwait(false);
        await _watch.CancelAsync().ConfigureAwait(false);
        await _logs.DisposeAsync().ConfigureAwait(false);
        _watch.Dispose();

        Timings = Timings with
        {
            StopMs = _scope.StopMs,
            CleanupMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds,
        };
        LogCleanedUp(Label, RunId, Timings.CleanupMs ?? 0);
    }

    /// <summary>Watches for the container's exit in the background.</summary>
    internal void WatchExit()
    {
        _exited = WaitForExitAsync(_watch.Token);
    }

    private async Task<long> WaitForExitAsync(CancellationToken cancellationToken)
    {
        try
        {
            var response = await _client.Containers.WaitContainerAsync(ContainerId, cancellationToken)
                .ConfigureAwait(false);
            if (Volatile.Read(ref _disposed) == 0)
            {
                // An exit caused by our own stop is not the target's exit code.
                _exitCode ??= response.StatusCode;
            }

            return response.StatusCode;
        }
        catch (Exception ex) when (ex is DockerApiException or HttpRequestException or IOException)
        {
            // The long-poll broke off; fall back to asking now and then.
            return await PollExitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<long> PollExitAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken).ConfigureAwait(false);
            ContainerInspectResponse inspect;
            try
            {
                inspect = await _client.Containers.InspectContainerAsync(ContainerId, cancellationToken)
                    .ConfigureAwait(false);
            }
            catch (DockerContainerNotFoundException)
            {
                await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
                throw;
            }

            if (inspect.State is { Running: false } state)
            {
                return state.ExitCode;
            }
        }
    }

    [LoggerMessage(EventId = 4102, Level = LogLevel.Information,
        Message = "Removed the {Label} container of run {RunId} and what was built for it in {ElapsedMs:0} ms")]
    private partial void LogCleanedUp(string label, string runId, double elapsedMs);
}

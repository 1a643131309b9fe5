using Docker.DotNet;
using Docker.DotNet.Models;
using HeyGen.Ci.Core.Diagnostics;
using Microsoft.Extensions.Logging;

namespace HeyGen.Ci.Docker;

/// <summary>
/// Owns what one target of a run created on the engine and removes it, newest first, on dispose. Disposal
/// runs on its own deadline, never on the caller's token, so cleanup also happens after cancellation.
/// </summary>
internal sealed partial class CleanupScope : IAsyncDisposable
{
    private readonly IDockerClient _client;
    private readonly string _runId;
    private readonly ILogger _logger;
    private readonly TimeSpan _deadline;
    private readonly Stack<(ResourceKind Kind, string Id)> _owned = new();
    private readonly List<Diagnostic> _problems = [];
    private int _disposed;

    public CleanupScope(IDockerClient client, string runId, ILogger logger, TimeSpan deadline)
    {
        _client = client;
        _runId = runId;
        _logger = logger;
        _deadline = deadline;
    }

    /// <summary>How long to let a container stop gracefully before it is killed.</summary>
    public TimeSpan StopTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Whether the images of this scope's builds must be pruned by run label too.</summary>
    public bool PruneBuildImages { get; set; }

    /// <summary>Removal problems, as HGCI4010 warnings; what is left is for the sweep.</summary>
    public IReadOnlyList<Diagnostic> Problems => _problems;

    /// <summary>Time the container took to stop, in milliseconds, once disposed.</summary>
    public double? StopMs { get; private set; }

    /// <summary>Takes ownership of a resource.</summary>
    public void Own(ResourceKind kind, string id)
    {
        lock (_owned)
        {
            _owned.Push((kind, id));
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        using var deadline = new CancellationTokenSource(_deadline);
        while (TryPop(out var resource))
        {
            await RemoveAsync(resource.Kind, resource.Id, deadline.Token).ConfigureAwait(false);
        }

        if (PruneBuildImages)
        {
            await PruneAsync(deadline.Token).ConfigureAwait(false);
        }
    }

    private bool TryPop(out (ResourceKind Kind, string Id) resource)
    {
        lock (_owned)
        {
            return _owned.TryPop(out resource);
        }
    }

    private async Task RemoveAsync(ResourceKind kind, string id, CancellationToken token)
    {
        try
        {
            switch (kind)
            {
                case ResourceKind.Container:
                    await StopAndRemoveContainerAsync(id, token).ConfigureAwait(false);
                    break;
                case ResourceKind.Image:
                    await _client.Images.DeleteImageAsync(id, new ImageDeleteParameters { Force = true }, token)
                        .ConfigureAwait(false);
                    break;
                case ResourceKind.Network:
                    await _client.Networks.DeleteNetworkAsync(id, token).ConfigureAwait(false);
                    break;
            }

            LogRemoved(kind, id);
        }
        catch (Exception ex) when (IsGone(ex))
        {
            LogRemoved(kind, id);
        }
        catch (Exception ex) when (ex is DockerApiException or HttpRequestException or IOException
            or OperationCanceledException or TimeoutException)
        {
            Problem(kind, id, ex.Message);
        }
    }

    private async Task StopAndRemoveContainerAsync(string id, CancellationToken token)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            var seconds = (uint)Math.Max(0, Math.Ceiling(StopTimeout.TotalSeconds));
            await _client.Containers.StopContainerAsync(id, new ContainerStopParameters
            {
                WaitBeforeKillSeconds = seconds,
            }, token).ConfigureAwait(false);
            StopMs = System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }
        catch (DockerApiException ex) when (ex.StatusCode == System.Net.HttpStatusCode.NotModified)
        {
            // Already stopped: nothing to wait for.
            StopMs = 0;
        }

        await _client.Containers.RemoveContainerAsync(id, new ContainerRemoveParameters
        {
            Force = true,
            RemoveVolumes = true,
        }, token).ConfigureAwait(false);
    }

    private async Task PruneAsync(CancellationToken token)
    {
        try
        {
            var filters = new Dictionary<string, IDictionary<string, bool>>
            {
                ["label"] = new Dictionary<string, bool> { [$"{ResourceLabels.RunId}={_runId}"] = true },
                ["dangling"] = new Dictionary<string, bool> { ["true"] = true },
            };
            await _client.Images.PruneImagesAsync(new ImagesPruneParameters { Filters = filters }, token)
                .ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is DockerApiException or HttpRequestException or IOException
            or OperationCanceledException)
        {
            Problem(ResourceKind.Image, "dangling images of run " + _runId, ex.Message);
        }
    }

    private static bool IsGone(Exception ex)
        => ex is DockerContainerNotFoundException or DockerImageNotFoundException or DockerNetworkNotFoundException
            || (ex is DockerApiException api && api.StatusCode == System.Net.HttpStatusCode.NotFound);

    private void Problem(ResourceKind kind, string id, string reason)
    {
        var diagnostic = DiagnosticCodes.DockerCleanupFailed.Create(
            $"Could not remove {kind.ToString().ToLowerInvariant()} {Short(id)} of run {_runId}: {reason}. " +
            $"Run 'heygen sweep --run-id {_runId}' to remove what is left.");
        _problems.Add(diagnostic);
        LogCleanupFailed(diagnostic.ToString());
    }

    private static string Short(string id) => id.StartsWith("sha256:", StringComparison.Ordinal) ? id[7..19]
        : id.Length > 12 && !id.Contains(':', StringComparison.Ordinal) ? id[..12] : id;

    private void LogRemoved(ResourceKind kind, string id) => LogRemovedCore(kind, Short(id), _runId);

    [LoggerMessage(EventId = 4101, Level = LogLevel.Debug, Message = "Removed {Kind} {Id} of run {RunId}")]
    private partial void LogRemovedCore(ResourceKind kind, string id, string runId);

    [LoggerMessage(EventId = 4010, Level = LogLevel.Warning, Message = "{Diagnostic}")]
    private partial void LogCleanupFailed(string diagnostic);
}

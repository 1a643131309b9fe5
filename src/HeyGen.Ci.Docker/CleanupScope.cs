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
    private readonly string _target;
    private readonly ILogger _logger;
    private readonly TimeSpan _deadline;
    private readonly Stack<(ResourceKind Kind, string Id)> _owned = new();
    private readonly List<Diagnostic> _problems = [];
    private int _disposed;

    public CleanupScope(IDockerClient client, string runId, string target, ILogger logger, TimeSpan deadline)
    {
        _client = client;
        _runId = runId;
        _target = target;
        _logger = logger;
        _deadline = deadline;
    }

    /// <summary>How long to let a container stop gracefully before it is killed.</summary>
    public TimeSpan StopTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Whether a build ran: its intermediate images, and the step container of a build cut short, are then
    /// removed by their run and target labels too.
    /// </summary>
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
            // A cancelled build ends on the engine a little after the request: keep removing its step container
            // and images until none is left.
            for (var attempt = 0; attempt < 25; attempt++)
            {
                if (!await RemoveBuildLeftoversAsync(token).ConfigureAwait(false))
                {
                    return;
                }

                await Task.Delay(TimeSpan.FromMilliseconds(200), token).ConfigureAwait(false);
            }

            Problem(ResourceKind.Image, $"images built for the {_target} target", "they stayed in use for 5 s");
        }
        catch (Exception ex) when (ex is DockerApiException or HttpRequestException or IOException
            or OperationCanceledException)
        {
            Problem(ResourceKind.Image, $"images built for the {_target} target", ex.Message);
        }
    }

    private async Task<bool> RemoveBuildLeftoversAsync(CancellationToken token)
    {
        var filters = new Dictionary<string, IDictionary<string, bool>>
        {
            ["label"] = new Dictionary<string, bool>
            {
                [$"{ResourceLabels.RunId}={_runId}"] = true,
                [$"{ResourceLabels.Target}={_target}"] = true,
            },
        };
        var containers = await _client.Containers.ListContainersAsync(
            new ContainersListParameters { All = true, Filters = filters }, token).ConfigureAwait(false);
        var images = await _client.Images.ListImagesAsync(
            new ImagesListParameters { All = true, Filters = filters }, token).ConfigureAwait(false);

        foreach (var container in containers)
        {
            // A build's step container: no graceful stop, the build is over.
            await RemoveQuietlyAsync(() => _client.Containers.RemoveContainerAsync(
                container.ID, new ContainerRemoveParameters { Force = true }, token)).ConfigureAwait(false);
        }

        foreach (var image in images.OrderByDescending(i => i.Created))
        {
            await RemoveQuietlyAsync(() => _client.Images.DeleteImageAsync(
                image.ID, new ImageDeleteParameters { Force = true }, token)).ConfigureAwait(false);
        }

        return containers.Count + images.Count > 0;
    }

    private static async Task RemoveQuietlyAsync(Func<Task> remove)
    {
        try
        {
            await remove().ConfigureAwait(false);
        }
        catch (Exception ex) when (IsGone(ex)
            || ex is DockerApiException { StatusCode: System.Net.HttpStatusCode.Conflict })
        {
            // Gone already, or still in use by a step that is ending: the next round tries again.
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

using Docker.DotNet;
using Docker.DotNet.Models;
using Microsoft.Extensions.Logging;

namespace HeyGen.Ci.Docker.Sweeping;

/// <summary>
/// Finds the product's resources by label and removes those of one run, or those whose owner process is
/// gone: containers first (they hold images and networks), then images, then networks.
/// </summary>
internal sealed partial class Sweeper(IDockerClient client, ILogger logger, string? alsoLabel = null)
{
    private readonly List<SweptResource> _removed = [];
    private readonly List<SweptResource> _kept = [];
    private readonly List<SweptResource> _failed = [];

    public async Task<SweepReport> SweepAsync(string? runId, CancellationToken cancellationToken)
    {
        var filter = Filter(runId);
        var current = OwnerIdentity.Current;

        var containers = await client.Containers.ListContainersAsync(
            new ContainersListParameters { All = true, Filters = filter }, cancellationToken).ConfigureAwait(false);
        foreach (var container in containers)
        {
            await ConsiderAsync(ResourceKind.Container, container.ID, container.Names?.FirstOrDefault()?.TrimStart('/'),
                container.Labels, runId, current, cancellationToken).ConfigureAwait(false);
        }

        var images = await client.Images.ListImagesAsync(
            new ImagesListParameters { All = true, Filters = filter }, cancellationToken).ConfigureAwait(false);
        foreach (var image in images.OrderByDescending(i => i.Created))
        {
            await ConsiderAsync(ResourceKind.Image, image.ID, image.RepoTags?.FirstOrDefault(), image.Labels, runId,
                current, cancellationToken).ConfigureAwait(false);
        }

        var networks = await client.Networks.ListNetworksAsync(
            new NetworksListParameters { Filters = filter }, cancellationToken).ConfigureAwait(false);
        foreach (var network in networks)
        {
            await ConsiderAsync(ResourceKind.Network, network.ID, network.Name, network.Labels, runId, current,
                cancellationToken).ConfigureAwait(false);
        }

        return new SweepReport { Removed = [.. _removed], Kept = [.. _kept], Failed = [.. _failed] };
    }

    private Dictionary<string, IDictionary<string, bool>> Filter(string? runId)
    {
        // Several label filters must all match; alsoLabel narrows a sweep to one caller's resources.
        var label = runId is null ? $"{ResourceLabels.Product}=true" : $"{ResourceLabels.RunId}={runId}";
        var labels = new Dictionary<string, bool> { [label] = true };
        if (alsoLabel is not null)
        {
            labels[alsoLabel] = true;
        }

        return new Dictionary<string, IDictionary<string, bool>> { ["label"] = labels };
    }

    private async Task ConsiderAsync(
        ResourceKind kind,
        string id,
        string? name,
        IDictionary<string, string>? labels,
        string? runId,
        OwnerIdentity current,
        CancellationToken cancellationToken)
    {
        var owner = OwnerIdentity.FromLabels(labels);
        var run = labels is not null && labels.TryGetValue(ResourceLabels.RunId, out var r) ? r : "?";
        var ownerText = owner?.Owner ?? "?";
        var shortId = Short(id);

        if (runId is null && owner is not null && !owner.IsDead(current))
        {
            _kept.Add(new SweptResource(kind, shortId, name, run, ownerText, "its owner process is alive"));
            return;
        }

        var reason = runId is not null ? $"run {runId} was asked for"
            : owner is null ? "it carries no owner label" : "its owner process is gone";
        try
        {
            await RemoveAsync(kind, id, cancellationToken).ConfigureAwait(false);
            _removed.Add(new SweptResource(kind, shortId, name, run, ownerText, reason));
            LogRemoved(kind, shortId, run, reason);
        }
        catch (Exception ex) when (IsGone(ex))
        {
            // Removing a container or image may take dependants with it; gone is what was wanted.
            _removed.Add(new SweptResource(kind, shortId, name, run, ownerText, reason));
        }
        catch (DockerApiException ex)
        {
            _failed.Add(new SweptResource(kind, shortId, name, run, ownerText, (ex.ResponseBody ?? ex.Message).Trim()));
        }
    }

    private Task RemoveAsync(ResourceKind kind, string id, CancellationToken token) => kind switch
    {
        ResourceKind.Container => client.Containers.RemoveContainerAsync(
            id, new ContainerRemoveParameters { Force = true, RemoveVolumes = true }, token),
        ResourceKind.Image => client.Images.DeleteImageAsync(id, new ImageDeleteParameters { Force = true }, token),
        _ => client.Networks.DeleteNetworkAsync(id, token),
    };

    private static bool IsGone(Exception ex)
        => ex is DockerContainerNotFoundException or DockerImageNotFoundException or DockerNetworkNotFoundException
            || (ex is DockerApiException api && api.StatusCode == System.Net.HttpStatusCode.NotFound);

    private static string Short(string id)
    {
        var bare = id.StartsWith("sha256:", StringComparison.Ordinal) ? id[7..] : id;
        return bare.Length > 12 ? bare[..12] : bare;
    }

    [LoggerMessage(EventId = 4105, Level = LogLevel.Information,
        Message = "Swept {Kind} {Id} of run {RunId}: {Reason}")]
    private partial void LogRemoved(ResourceKind kind, string id, string runId, string reason);
}

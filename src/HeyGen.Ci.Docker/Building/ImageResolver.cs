using Docker.DotNet;
using Docker.DotNet.Models;
using HeyGen.Ci.Core;
using HeyGen.Ci.Core.Diagnostics;

namespace HeyGen.Ci.Docker.Building;

/// <summary>
/// Makes sure an image is on the engine. The product never pulls implicitly: a missing image is an error that
/// says how to get it, unless the caller explicitly allowed pulling.
/// </summary>
internal sealed class ImageResolver(IDockerClient client, string endpoint)
{
    /// <summary>Returns when <paramref name="image"/> is present (pulling it first when allowed).</summary>
    /// <param name="image">The image reference.</param>
    /// <param name="allowPull">Whether a missing image may be pulled.</param>
    /// <param name="file">The Dockerfile that names it, when it is a base image.</param>
    /// <param name="cancellationToken">Cancels the check or the pull.</param>
    public async Task EnsurePresentAsync(
        string image, bool allowPull, string? file, CancellationToken cancellationToken)
    {
        if (await ExistsAsync(image, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        if (!allowPull)
        {
            throw Missing(image, file);
        }

        await PullAsync(image, cancellationToken).ConfigureAwait(false);
    }

    private async Task<bool> ExistsAsync(string image, CancellationToken cancellationToken)
    {
        try
        {
            await client.Images.InspectImageAsync(image, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (DockerImageNotFoundException)
        {
            return false;
        }
        catch (DockerApiException ex) when (ex.StatusCode is System.Net.HttpStatusCode.NotFound
            or System.Net.HttpStatusCode.BadRequest)
        {
            return false;
        }
    }

    private HeyGenException Missing(string image, string? file)
    {
        var usedBy = file is null ? string.Empty : $" (the base image of {file})";
        var message = $"The image '{image}'{usedBy} is not on the Docker engine at {endpoint}, and HeyGen CI " +
            "does not pull images unless told to. Build it ('docker build -t " + image + " <folder>'), " +
            "pull it ('docker pull " + image + "'), or allow pulling (--allow-pull).";
        return new HeyGenException(
            DiagnosticCodes.DockerImageNotFound.Create(message, file), exitCode: ExitCodes.EnvironmentMissing);
    }

    private async Task PullAsync(string image, CancellationToken cancellationToken)
    {
        var (name, tag) = Split(image);
        string? error = null;
        var progress = new SynchronousProgress<JSONMessage>(m => error ??= m.Error?.Message);

        try
        {
            await client.Images.CreateImageAsync(
                new ImagesCreateParameters { FromImage = name, Tag = tag }, null, progress, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (DockerApiException ex)
        {
            error ??= ex.ResponseBody ?? ex.Message;
        }

        if (error is not null)
        {
            var message = $"Pulling '{image}' failed: {error.Trim()}. Check the name and that the registry can be " +
                "reached, or build the image locally.";
            throw new HeyGenException(DiagnosticCodes.DockerPullFailed.Create(message));
        }
    }

    private static (string Name, string Tag) Split(string image)
    {
        if (image.Contains('@', StringComparison.Ordinal))
        {
            return (image, string.Empty);
        }

        var colon = image.LastIndexOf(':');
        return colon > image.LastIndexOf('/') ? (image[..colon], image[(colon + 1)..]) : (image, "latest");
    }
}

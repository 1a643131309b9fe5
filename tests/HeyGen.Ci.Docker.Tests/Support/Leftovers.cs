using Docker.DotNet;
using Docker.DotNet.Models;

namespace HeyGen.Ci.Docker.Tests.Support;

/// <summary>Asserts that a run left nothing on the engine: no container, image (dangling too) or network.</summary>
internal static class Leftovers
{
    public static async Task<IReadOnlyList<string>> FindAsync(IDockerClient client, string runId)
    {
        var filters = new Dictionary<string, IDictionary<string, bool>>
        {
            ["label"] = new Dictionary<string, bool> { [$"{ResourceLabels.RunId}={runId}"] = true },
        };

        var containers = await client.Containers.ListContainersAsync(
            new ContainersListParameters { All = true, Filters = filters });
        var images = await client.Images.ListImagesAsync(new ImagesListParameters { All = true, Filters = filters });
        var networks = await client.Networks.ListNetworksAsync(new NetworksListParameters { Filters = filters });

        return containers.Select(c => "container " + c.ID[..12])
            .Concat(images.Select(i => "image " + i.ID))
            .Concat(networks.Select(n => "network " + n.Name))
            .ToArray();
    }

    /// <summary>
    /// Waits up to a few seconds for the engine to finish removing (an aborted build's step container goes
    /// shortly after the request ends), then asserts that nothing is left.
    /// </summary>
    public static async Task AssertNoneAsync(IDockerClient client, string runId)
    {
        IReadOnlyList<string> left = [];
        for (var attempt = 0; attempt < 25; attempt++)
        {
            left = await FindAsync(client, runId);
            if (left.Count == 0)
            {
                return;
            }

            await Task.Delay(200);
        }

        Assert.Fail($"Run {runId} left {string.Join(", ", left)}");
    }
}

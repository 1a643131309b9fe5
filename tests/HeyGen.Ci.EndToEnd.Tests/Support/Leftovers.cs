namespace HeyGen.Ci.EndToEnd.Tests.Support;

/// <summary>What the docker CLI still lists for a run id: containers, images, networks.</summary>
internal static class Leftovers
{
    /// <summary>Everything labelled with <paramref name="runId"/>, one line per resource; empty when clean.</summary>
    public static async Task<IReadOnlyList<string>> OfRunAsync(string runId)
    {
        var filter = $"label=heygen-ci.run-id={runId}";
        var containers = await Tool.DockerAsync("ps", "-a", "--filter", filter, "--format", "container {{.ID}}");
        var images = await Tool.DockerAsync("images", "-a", "--filter", filter, "--format", "image {{.ID}}");
        var networks = await Tool.DockerAsync("network", "ls", "--filter", filter, "--format", "network {{.ID}}");

        return [.. new[] { containers, images, networks }
            .SelectMany(r => r.Output.Split(
                '\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];
    }
}

using HeyGen.Ci.Tests;

namespace HeyGen.Ci.EndToEnd.Tests.Support;

/// <summary>
/// The sample shop published once and built into two images, clean and with the seeded regression (a renamed field
/// and a slowed route), on the local base image; removed after the tests.
/// </summary>
public sealed class SampleImages : IAsyncLifetime
{
    private readonly string _id = Guid.NewGuid().ToString("N")[..8];

    /// <summary>The clean image.</summary>
    public string Clean => $"heygen-e2e-sample:clean-{_id}";

    /// <summary>The seeded-regression variant.</summary>
    public string Regression => $"heygen-e2e-sample:regression-{_id}";

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        var script = Path.Combine(RepositoryPaths.Samples, "build-image.sh");
        var clean = await Tool.RunAsync(
            "bash", [script, Clean, "none"], RepositoryPaths.Root, TimeSpan.FromMinutes(8),
            new Dictionary<string, string> { ["LABELS"] = $"heygen-e2e={_id}" }, null);
        Assert.True(clean.ExitCode == 0, clean.ToString());

        var context = Path.Combine(RepositoryPaths.Samples, "HeyGen.Ci.Sample");
        var regression = await Tool.DockerAsync(
            "build", "--quiet", "--tag", Regression, "--label", $"heygen-e2e={_id}",
            "--build-arg", "BASE_IMAGE=heygen-local/aspnet:10.0", "--build-arg", "SEED=regression", context);
        Assert.True(regression.ExitCode == 0, regression.ToString());
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        await Tool.DockerAsync("rmi", "--force", Clean, Regression);
    }
}

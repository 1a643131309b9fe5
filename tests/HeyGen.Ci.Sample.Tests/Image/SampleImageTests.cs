using System.Diagnostics;
using System.Reflection;
using System.Text.Json.Nodes;
using HeyGen.Ci.Tests;

namespace HeyGen.Ci.Sample.Tests.Image;

/// <summary>
/// samples/build-image.sh builds an image that starts, turns healthy through its HEALTHCHECK, and serves the
/// seed it was built with, on a loopback port. Everything the test creates carries its own label and is removed.
/// </summary>
public sealed class SampleImageTests
{
    [Fact]
    public async Task BuildImage_WithASeed_RunsHealthyOnLoopback_AndServesTheSeed()
    {
        var id = Guid.NewGuid().ToString("N")[..12];
        var tag = $"heygen-ci-sample:test-{id}";
        var label = $"heygen-ci.sample-test={id}";
        var publishName = $"publish-test-{id}";
        string? container = null;

        try
        {
            var (built, buildOutput) = await CommandLine.RunAsync(
                Path.Combine(RepositoryPaths.Samples, "build-image.sh"),
                [tag, "renamed-field"],
                new Dictionary<string, string>
                {
                    ["CONFIGURATION"] = Configuration,
                    ["NO_BUILD"] = "1",
                    ["PUBLISH_NAME"] = publishName,
                    ["LABELS"] = label,
                });
            Assert.True(built == 0, buildOutput);

            container = await CommandLine.DockerAsync(
                "run", "--detach", "--init", "--label", label, "--publish", "127.0.0.1::8080", tag);
            await WaitUntilHealthyAsync(container);
            var port = (await CommandLine.DockerAsync("port", container, "8080/tcp")).Split('\n')[0].Split(':')[^1];

            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            var product = JsonNode.Parse(await client.GetStringAsync("/api/products/101"))!;
            var labels = await CommandLine.DockerAsync(
                "image", "inspect", tag, "--format", "{{index .Config.Labels \"heygen-ci.sample\"}}");

            Assert.Equal(12.50m, product["unitPrice"]!.GetValue<decimal>());
            Assert.Equal("true", labels);
        }
        finally
        {
            if (container is not null)
            {
                await CommandLine.RunAsync("docker", ["rm", "--force", container]);
            }

            await CommandLine.RunAsync("docker", ["image", "rm", "--force", tag]);
            var publish = Path.Combine(RepositoryPaths.Samples, "HeyGen.Ci.Sample", "bin", publishName);
            if (Directory.Exists(publish))
            {
                Directory.Delete(publish, recursive: true);
            }
        }
    }

    private static string Configuration => typeof(SampleImageTests).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(attribute => attribute.Key == "SampleConfiguration").Value!;

    private static async Task WaitUntilHealthyAsync(string container)
    {
        var watch = Stopwatch.StartNew();
        var status = string.Empty;

        while (watch.Elapsed < TimeSpan.FromSeconds(60))
        {
            status = await CommandLine.DockerAsync("inspect", "--format", "{{.State.Health.Status}}", container);
            if (status == "healthy")
            {
                return;
            }

            await Task.Delay(100);
        }

        var logs = await CommandLine.RunAsync("docker", ["logs", container]);
        Assert.Fail($"The container stayed {status} for 60 s. Its output:\n{logs.Output}");
    }
}

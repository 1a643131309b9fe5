using Docker.DotNet;
using HeyGen.Ci.Docker.Building;
using HeyGen.Ci.Tests;
using Microsoft.Extensions.Logging.Abstractions;

namespace HeyGen.Ci.Docker.Tests.Support;

/// <summary>
/// One engine connection and one test image for every test of the run: the image is built once, with the
/// product's own builder, and removed at the end.
/// </summary>
public sealed class DockerFixture : IAsyncLifetime
{
    /// <summary>The base image every test Dockerfile builds on (passed as BASE_IMAGE).</summary>
    public const string BaseImage = "heygen-local/runtime-deps:12";

    private CleanupScope? _scope;

    public DockerEngine Engine { get; private set; } = null!;

    /// <summary>The tag of the httpd test image, without a healthcheck.</summary>
    public string HttpdImage { get; private set; } = string.Empty;

    public string FixtureRunId { get; } = RunIds.New("fixture");

    internal IDockerClient Client => Engine.Client;

    public static string Images => Path.Combine(RepositoryPaths.Root, "tests", "HeyGen.Ci.Docker.Tests", "Images");

    public static IReadOnlyDictionary<string, string> BuildArgs { get; } =
        new Dictionary<string, string> { ["BASE_IMAGE"] = BaseImage };

    public async Task InitializeAsync()
    {
        Engine = await DockerEngine.ConnectAsync(CancellationToken.None);
        _scope = new CleanupScope(Engine.Client, FixtureRunId, "httpd", NullLogger.Instance, TimeSpan.FromSeconds(30));

        var spec = new ContainerSpec
        {
            Dockerfile = Path.Combine(Images, "httpd", "Dockerfile"),
            BuildArgs = BuildArgs,
        };
        var builder = new ImageBuilder(Engine.Client, new ImageResolver(Engine.Client, Engine.Endpoint.ToString()));
        HttpdImage = await builder.BuildAsync(spec, FixtureRunId, "httpd", _scope, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        if (_scope is not null)
        {
            await _scope.DisposeAsync();
        }

        await Engine.DisposeAsync();
    }

    /// <summary>A spec running the shared httpd image.</summary>
    public ContainerSpec Httpd(params (string Name, string Value)[] environment) => new()
    {
        Image = HttpdImage,
        Environment = environment.ToDictionary(e => e.Name, e => e.Value),
        Readiness = ReadinessCheck.Http("/health"),
        ReadyTimeout = TimeSpan.FromSeconds(20),
        StopTimeout = TimeSpan.FromSeconds(2),
    };
}

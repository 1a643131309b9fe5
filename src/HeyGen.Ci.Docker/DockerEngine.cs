using Docker.DotNet;
using VersionResponse = Docker.DotNet.Models.VersionResponse;
using HeyGen.Ci.Core;
using HeyGen.Ci.Core.Diagnostics;
using HeyGen.Ci.Docker.Running;
using HeyGen.Ci.Docker.Sweeping;
using Microsoft.Extensions.Logging;

namespace HeyGen.Ci.Docker;

/// <summary>
/// A connection to a Docker engine, pinned to an API version both sides speak: starts targets in containers
/// and sweeps up what killed runs left behind.
/// </summary>
public sealed class DockerEngine : IAsyncDisposable
{
    private readonly DockerClient _client;
    private readonly DockerEngineOptions _options;
    private readonly ILogger _logger;

    private DockerEngine(DockerClient client, DockerEngineOptions options, Version apiVersion, string engineVersion)
    {
        _client = client;
        _options = options;
        _logger = options.LoggerFactory.CreateLogger("HeyGen.Ci.Docker");
        ApiVersion = apiVersion;
        EngineVersion = engineVersion;
    }

    /// <summary>The endpoint connected to.</summary>
    public Uri Endpoint => _client.Options.Endpoint;

    /// <summary>The API version requests are pinned to.</summary>
    public Version ApiVersion { get; }

    /// <summary>The engine's version, as it reports it.</summary>
    public string EngineVersion { get; }

    internal IDockerClient Client => _client;

    /// <summary>Connects with the endpoint the docker CLI would use (<c>DOCKER_HOST</c>, context, default).</summary>
    /// <param name="cancellationToken">Cancels connecting.</param>
    /// <exception cref="HeyGenException">HGCI4001 (exit code 4) when no engine answers.</exception>
    public static Task<DockerEngine> ConnectAsync(CancellationToken cancellationToken)
        => ConnectAsync(new DockerEngineOptions(), cancellationToken);

    /// <summary>Connects to the engine of <paramref name="options"/>.</summary>
    /// <param name="options">Endpoint, API version ceiling, cleanup deadline, logging.</param>
    /// <param name="cancellationToken">Cancels connecting.</param>
    /// <exception cref="HeyGenException">HGCI4001 (exit code 4) when no engine answers.</exception>
    public static async Task<DockerEngine> ConnectAsync(
        DockerEngineOptions options, CancellationToken cancellationToken)
    {
        var endpoint = options.Endpoint
            ?? DockerEngineOptions.EndpointFromEnvironment(Environment.GetEnvironmentVariable);
        var (probe, version) = await ProbeAsync(endpoint, cancellationToken).ConfigureAwait(false);
        probe.Dispose();

        var engineApi = Version.TryParse(version.APIVersion, out var parsed) ? parsed : options.MaximumApiVersion;
        var pinned = engineApi < options.MaximumApiVersion ? engineApi : options.MaximumApiVersion;
        var client = Builder(endpoint).WithApiVersion(pinned).Build();

        return new DockerEngine(client, options, pinned, version.Version);
    }

    /// <summary>
    /// Starts a target: builds or finds its image, creates its network and container (labelled with the run,
    /// the target and this process), starts it, follows its output and waits until it is ready. On any failure,
    /// timeout or cancellation, everything it created is removed before the exception leaves.
    /// </summary>
    /// <param name="spec">What to run and how.</param>
    /// <param name="runId">The run id (labels, tags and names derive from it).</param>
    /// <param name="label">The target label: <c>candidate</c>, <c>baseline</c> or <c>baseline-2</c>.</param>
    /// <param name="cancellationToken">Cancels starting; cleanup still runs.</param>
    /// <exception cref="HeyGenException">A coded HGCI4xxx error.</exception>
    public Task<DockerSystemUnderTest> StartAsync(
        ContainerSpec spec, string runId, string label, CancellationToken cancellationToken)
    {
        var starter = new TargetStarter(_client, Endpoint.ToString(), _options, _logger);
        return starter.StartAsync(spec, runId, label, cancellationToken);
    }

    /// <summary>
    /// Removes what runs left behind, by label: with <paramref name="runId"/>, everything of that run;
    /// without, everything whose owner process is gone. Resources of a live process are never touched.
    /// </summary>
    /// <param name="runId">One run to remove, or null for every run whose owner is gone.</param>
    /// <param name="cancellationToken">Cancels the sweep.</param>
    public Task<SweepReport> SweepAsync(string? runId, CancellationToken cancellationToken)
        => new Sweeper(_client, _logger).SweepAsync(runId, cancellationToken);

    /// <summary>A sweep narrowed to resources that also carry <paramref name="alsoLabel"/> (<c>k=v</c>).</summary>
    internal Task<SweepReport> SweepAsync(string? runId, string alsoLabel, CancellationToken cancellationToken)
        => new Sweeper(_client, _logger, alsoLabel).SweepAsync(runId, cancellationToken);

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        _client.Dispose();
        return ValueTask.CompletedTask;
    }

    private static DockerClientBuilder Builder(Uri? endpoint)
    {
        var builder = new DockerClientBuilder();
        return endpoint is null ? builder : builder.WithEndpoint(endpoint);
    }

    private static async Task<(DockerClient Client, VersionResponse Version)> ProbeAsync(
        Uri? endpoint, CancellationToken cancellationToken)
    {
        DockerClient? client = null;
        try
        {
            client = Builder(endpoint).Build();
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(10));

            var version = await client.System.GetVersionAsync(timeout.Token).ConfigureAwait(false);
            return (client, version);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && IsUnreachable(ex))
        {
            var where = client?.Options.Endpoint.ToString() ?? endpoint?.ToString() ?? "the default endpoint";
            client?.Dispose();
            throw Unreachable(where, ex);
        }
    }

    private static bool IsUnreachable(Exception ex) => ex is HttpRequestException or IOException
        or OperationCanceledException or TimeoutException or DockerApiException or AggregateException
        or DockerConfigurationException or System.Net.Sockets.SocketException or UriFormatException
        or ArgumentException or InvalidOperationException;

    private static HeyGenException Unreachable(string endpoint, Exception ex)
    {
        var reason = (ex is AggregateException { InnerException: { } inner } ? inner : ex).Message;
        var message = $"No Docker engine answered at {endpoint} ({reason}). Start one ('sudo systemctl start " +
            "docker', or Docker Desktop), or point DOCKER_HOST at a running engine " +
            "(unix:///var/run/docker.sock, tcp://127.0.0.1:2375).";
        return new HeyGenException(
            DiagnosticCodes.DockerEngineUnreachable.Create(message), ex, ExitCodes.EnvironmentMissing);
    }
}

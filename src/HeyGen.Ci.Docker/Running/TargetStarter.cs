using System.Diagnostics;
using System.Globalization;
using Docker.DotNet;
using Docker.DotNet.Models;
using HeyGen.Ci.Core;
using HeyGen.Ci.Core.Diagnostics;
using HeyGen.Ci.Docker.Building;
using Microsoft.Extensions.Logging;

namespace HeyGen.Ci.Docker.Running;

/// <summary>Brings one target up, step by step, and takes down what it made when a step fails.</summary>
internal sealed partial class TargetStarter(
    IDockerClient client, string endpoint, DockerEngineOptions options, ILogger logger)
{
    public async Task<DockerSystemUnderTest> StartAsync(
        ContainerSpec spec, string runId, string label, CancellationToken cancellationToken)
    {
        Validate(spec, runId, label);
        var scope = new CleanupScope(client, runId, label, logger, options.CleanupTimeout)
        {
            StopTimeout = spec.StopTimeout,
        };
        var target = new DockerSystemUnderTest(client, scope, spec, runId, label, logger);

        try
        {
            await BringUpAsync(target, scope, cancellationToken).ConfigureAwait(false);
            return target;
        }
        catch
        {
            await target.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task BringUpAsync(DockerSystemUnderTest target, CleanupScope scope, CancellationToken token)
    {
        var spec = target.Spec;
        var images = new ImageResolver(client, endpoint);
        double? buildMs = null;

        var started = Stopwatch.GetTimestamp();
        if (spec.Dockerfile is not null)
        {
            target.Image = await new ImageBuilder(client, images)
                .BuildAsync(spec, target.RunId, target.Label, scope, token).ConfigureAwait(false);
            buildMs = Elapsed(ref started);
            LogBuilt(target.Label, target.Image, buildMs.Value);
        }
        else
        {
            await images.EnsurePresentAsync(spec.Image!, spec.AllowPull, null, token).ConfigureAwait(false);
            target.Image = spec.Image!;
            started = Stopwatch.GetTimestamp();
        }

        var network = await CreateNetworkAsync(target, scope, token).ConfigureAwait(false);
        target.ContainerId = await CreateContainerAsync(target, network, scope, token).ConfigureAwait(false);
        var createMs = Elapsed(ref started);

        await StartContainerAsync(target, token).ConfigureAwait(false);
        var startMs = Elapsed(ref started);

        await WaitUntilReadyAsync(target, token).ConfigureAwait(false);
        target.Timings = new DockerTimings
        {
            BuildMs = buildMs,
            CreateMs = createMs,
            StartMs = startMs,
            ReadyMs = Elapsed(ref started),
        };
        LogReady(target.Label, target.BaseAddress, target.Timings.ReadyMs);
    }

    private async Task<string> CreateNetworkAsync(
        DockerSystemUnderTest target, CleanupScope scope, CancellationToken token)
    {
        var name = Name(target);
        var created = await client.Networks.CreateNetworkAsync(new NetworksCreateParameters
        {
            Name = name,
            Driver = "bridge",
            Labels = ResourceLabels.For(target.RunId, target.Label),
            Options = new Dictionary<string, string>(),
        }, token).ConfigureAwait(false);

        scope.Own(ResourceKind.Network, created.ID);
        return name;
    }

    private async Task<string> CreateContainerAsync(
        DockerSystemUnderTest target, string network, CleanupScope scope, CancellationToken token)
    {
        var parameters = ContainerParameters.For(target.Spec, target.Image, Name(target), network,
            ResourceLabels.For(target.RunId, target.Label));
        try
        {
            var created = await client.Containers.CreateContainerAsync(parameters, token).ConfigureAwait(false);
            scope.Own(ResourceKind.Container, created.ID);
            return created.ID;
        }
        catch (DockerApiException ex)
        {
            throw StartFailed(target, "create", ex);
        }
    }

    private async Task StartContainerAsync(DockerSystemUnderTest target, CancellationToken token)
    {
        try
        {
            await client.Containers.StartContainerAsync(target.ContainerId, new ContainerStartParameters(), token)
                .ConfigureAwait(false);
        }
        catch (DockerApiException ex)
        {
            throw StartFailed(target, "start", ex);
        }

        target.Logs.Start(client, target.ContainerId);
        target.WatchExit();

        var inspect = await client.Containers.InspectContainerAsync(target.ContainerId, token).ConfigureAwait(false);
        target.HostPort = PublishedPort(inspect, target.Spec.ContainerPort);
        target.BaseAddress = new Uri($"http://127.0.0.1:{target.HostPort.ToString(CultureInfo.InvariantCulture)}/");
        target.Resources.Start(client, target.ContainerId, target.Spec.StatsInterval, options.Time);
    }

    private async Task WaitUntilReadyAsync(DockerSystemUnderTest target, CancellationToken token)
    {
        var waiter = new ReadinessWaiter(client, target.ContainerId, target.BaseAddress, target.Logs, options.Time);
        await waiter.WaitAsync(target.Spec, target.Label, target.Exited, token).ConfigureAwait(false);
    }

    private static int PublishedPort(ContainerInspectResponse inspect, int containerPort)
    {
        var key = containerPort.ToString(CultureInfo.InvariantCulture) + "/tcp";
        var bindings = inspect.NetworkSettings?.Ports;
        if (bindings is not null && bindings.TryGetValue(key, out var list) && list is { Count: > 0 }
            && int.TryParse(list[0].HostPort, CultureInfo.InvariantCulture, out var port))
        {
            return port;
        }

        // A container that exited at once has no bindings any more; readiness then reports the exit.
        return 0;
    }

    private static void Validate(ContainerSpec spec, string runId, string label)
    {
        string? problem = (spec.Image, spec.Dockerfile) switch
        {
            (null, null) => "neither an image nor a Dockerfile was given; give one of them",
            ({ }, { }) => "both an image and a Dockerfile were given; give one of them",
            _ => null,
        };
        problem ??= spec.ContainerPort is < 1 or > 65535
            ? $"the container port {spec.ContainerPort} is not a port"
            : null;
        problem ??= !ValidName(runId) ? $"the run id '{runId}' may hold only letters, digits, '-', '_' and '.'" : null;
        problem ??= !ValidName(label) ? $"the label '{label}' may hold only letters, digits, '-', '_' and '.'" : null;

        if (problem is not null)
        {
            throw new HeyGenException(
                DiagnosticCodes.DockerInvalidSpec.Create($"Cannot start the {label} target: {problem}."),
                exitCode: ExitCodes.Usage);
        }
    }

    private static bool ValidName(string name)
        => name.Length is > 0 and < 100 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');

    private static string Name(DockerSystemUnderTest target)
        => $"heygen-{target.RunId}-{target.Label}".ToLowerInvariant();

    private static HeyGenException StartFailed(DockerSystemUnderTest target, string step, DockerApiException ex)
    {
        var message = $"The engine could not {step} the {target.Label} container from {target.Image}: " +
            $"{(ex.ResponseBody ?? ex.Message).Trim()}. Check the command, the port and the limits given.";
        return new HeyGenException(DiagnosticCodes.DockerContainerStartFailed.Create(message), ex);
    }

    private static double Elapsed(ref long started)
    {
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        started = Stopwatch.GetTimestamp();
        return elapsed;
    }

    [LoggerMessage(EventId = 4103, Level = LogLevel.Information,
        Message = "Built {Image} for the {Label} target in {ElapsedMs:0} ms")]
    private partial void LogBuilt(string label, string image, double elapsedMs);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Information,
        Message = "The {Label} target is ready at {Address} after {ElapsedMs:0} ms")]
    private partial void LogReady(string label, Uri address, double elapsedMs);
}

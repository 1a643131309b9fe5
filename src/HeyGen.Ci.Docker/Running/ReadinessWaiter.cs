using System.Net;
using Docker.DotNet;
using HeyGen.Ci.Core.Diagnostics;

namespace HeyGen.Ci.Docker.Running;

/// <summary>
/// Waits until a started container is ready by its <see cref="ReadinessCheck"/>, until it exits, or until the
/// deadline; the last two end in a coded error holding the exit code and the last log lines.
/// </summary>
internal sealed class ReadinessWaiter(
    IDockerClient client, string containerId, Uri baseAddress, ContainerLogCollector logs, TimeProvider time)
{
    private const int LinesInErrors = 20;

    private string _lastObservation = "no probe answered yet";

    /// <summary>Returns once ready; throws HGCI4006, HGCI4007, HGCI4011 or HGCI4012 otherwise.</summary>
    public async Task WaitAsync(
        ContainerSpec spec, string target, Task<long> exited, CancellationToken cancellationToken)
    {
        using var deadline = new CancellationTokenSource(spec.ReadyTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);

        var ready = ProbeAsync(spec.Readiness, linked.Token);
        try
        {
            await WaitForFirstAsync(spec, target, ready, exited, cancellationToken, linked.Token)
                .ConfigureAwait(false);
        }
        finally
        {
            // The probe loop must not outlive the wait, whatever ended it.
            await linked.CancelAsync().ConfigureAwait(false);
            await ready.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private async Task WaitForFirstAsync(
        ContainerSpec spec,
        string target,
        Task ready,
        Task<long> exited,
        CancellationToken cancellationToken,
        CancellationToken deadline)
    {
        var first = await Task.WhenAny(ready, exited, Task.Delay(Timeout.Infinite, deadline)).ConfigureAwait(false);
        if (first == ready && ready.IsCompletedSuccessfully)
        {
            return;
        }

        if (first == exited || exited.IsCompleted)
        {
            await logs.DrainAsync(TimeSpan.FromSeconds(2)).ConfigureAwait(false);
            throw ExitedBeforeReady(spec, target, await exited.ConfigureAwait(false));
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (ready.Exception?.InnerException is HeyGenException coded)
        {
            throw coded;
        }

        throw TimedOut(spec, target);
    }

    private Task ProbeAsync(ReadinessCheck check, CancellationToken token) => check.Kind switch
    {
        ReadinessKind.Http => HttpAsync(check, token),
        ReadinessKind.Healthcheck => HealthAsync(check, token),
        ReadinessKind.LogLine => logs.WaitForLineAsync(check.Pattern!).WaitAsync(token),
        _ => Task.CompletedTask,
    };

    private async Task HttpAsync(ReadinessCheck check, CancellationToken token)
    {
        using var handler = new SocketsHttpHandler { UseProxy = false, ConnectTimeout = TimeSpan.FromSeconds(1) };
        using var http = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(2) };

        while (true)
        {
            try
            {
                using var response = await http.GetAsync(check.Path, token).ConfigureAwait(false);
                var status = (int)response.StatusCode;
                _lastObservation = $"GET {check.Path} answered {status}";
                if (check.AcceptedStatuses.Count == 0 ? status < 500 : check.AcceptedStatuses.Contains(status))
                {
                    return;
                }
            }
            catch (HttpRequestException ex)
            {
                _lastObservation = $"GET {check.Path} failed: {ex.Message}";
            }
            catch (TaskCanceledException) when (!token.IsCancellationRequested)
            {
                _lastObservation = $"GET {check.Path} did not answer within 2 s";
            }

            await Task.Delay(check.Interval, time, token).ConfigureAwait(false);
        }
    }

    private async Task HealthAsync(ReadinessCheck check, CancellationToken token)
    {
        while (true)
        {
            var state = (await client.Containers.InspectContainerAsync(containerId, token).ConfigureAwait(false))
                .State;
            var health = state?.Health;
            if (health is null && state?.Running == true)
            {
                throw new HeyGenException(DiagnosticCodes.DockerHealthcheckMissing.Create(
                    "Readiness by healthcheck was asked for, but the image declares no HEALTHCHECK. Add one to the " +
                    "Dockerfile, give a healthcheck command, or use an HTTP or log line readiness check."),
                    exitCode: Core.ExitCodes.Usage);
            }

            var lastOutput = health?.Log?.LastOrDefault()?.Output?.Trim();
            _lastObservation = $"health '{health?.Status}'" + (string.IsNullOrEmpty(lastOutput) ? string.Empty
                : $", last check said: {lastOutput}");

            if (health?.Status == "healthy")
            {
                return;
            }

            if (health?.Status == "unhealthy")
            {
                throw new HeyGenException(DiagnosticCodes.DockerUnhealthy.Create(
                    $"The container's healthcheck reports it unhealthy ({_lastObservation}). Last lines:\n" +
                    logs.LastLinesText(LinesInErrors)));
            }

            await Task.Delay(check.Interval, time, token).ConfigureAwait(false);
        }
    }

    private HeyGenException ExitedBeforeReady(ContainerSpec spec, string target, long exitCode)
    {
        var message = $"The {target} container ({Describe(spec)}) exited with code {exitCode} before it was ready " +
            $"({spec.Readiness}). Last lines:\n{logs.LastLinesText(LinesInErrors)}\n" +
            "Check its command, environment and configuration; run the image with 'docker run' to see it fail.";
        return new HeyGenException(DiagnosticCodes.DockerExitedBeforeReady.Create(message));
    }

    private HeyGenException TimedOut(ContainerSpec spec, string target)
    {
        var message = $"The {target} container ({Describe(spec)}) was not ready within " +
            $"{spec.ReadyTimeout.TotalSeconds:0.#} s ({spec.Readiness}; {_lastObservation}). Last lines:\n" +
            $"{logs.LastLinesText(LinesInErrors)}\n" +
            $"Check that it listens on port {spec.ContainerPort} on all interfaces (0.0.0.0), or raise the timeout.";
        return new HeyGenException(DiagnosticCodes.DockerReadinessTimeout.Create(message));
    }

    private static string Describe(ContainerSpec spec) => spec.Image ?? spec.Dockerfile ?? "?";
}

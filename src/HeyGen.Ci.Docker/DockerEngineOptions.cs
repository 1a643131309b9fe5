using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace HeyGen.Ci.Docker;

/// <summary>How to reach the Docker engine and what to log to.</summary>
public sealed record DockerEngineOptions
{
    /// <summary>
    /// The engine endpoint (<c>unix:///var/run/docker.sock</c>, <c>tcp://127.0.0.1:2375</c>). When not set it is
    /// found as the docker CLI finds it: <c>DOCKER_HOST</c>, then the current context, then the platform default.
    /// </summary>
    public Uri? Endpoint { get; init; }

    /// <summary>The highest engine API version the product asks for; the engine's own when lower.</summary>
    public Version MaximumApiVersion { get; init; } = new(1, 41);

    /// <summary>How long cleanup of one target may take, whatever happened to the caller's token.</summary>
    public TimeSpan CleanupTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Where progress and cleanup problems are logged.</summary>
    public ILoggerFactory LoggerFactory { get; init; } = NullLoggerFactory.Instance;

    /// <summary>The clock for deadlines and sampling.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Reads the endpoint from an environment the way the docker CLI does, or null for the default.</summary>
    /// <param name="getVariable">Reads an environment variable.</param>
    public static Uri? EndpointFromEnvironment(Func<string, string?> getVariable)
    {
        var host = getVariable("DOCKER_HOST");
        return string.IsNullOrWhiteSpace(host) ? null : new Uri(host.Trim());
    }
}

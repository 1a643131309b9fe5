namespace HeyGen.Ci.Core.Diagnostics;

public static partial class DiagnosticCodes
{
    /// <summary>No Docker engine answers at the configured endpoint (exit code 4).</summary>
    public static readonly DiagnosticDescriptor DockerEngineUnreachable =
        new("HGCI4001", DiagnosticSeverity.Error, "Docker engine unreachable");

    /// <summary>An image the run needs is not on the engine, and pulling was not allowed (exit code 4).</summary>
    public static readonly DiagnosticDescriptor DockerImageNotFound =
        new("HGCI4002", DiagnosticSeverity.Error, "Image not found locally");

    /// <summary>Building the image from a Dockerfile failed; the message holds the build's last lines.</summary>
    public static readonly DiagnosticDescriptor DockerBuildFailed =
        new("HGCI4003", DiagnosticSeverity.Error, "Image build failed");

    /// <summary>The Dockerfile or build context given does not exist or cannot be read.</summary>
    public static readonly DiagnosticDescriptor DockerBuildContextInvalid =
        new("HGCI4004", DiagnosticSeverity.Error, "Dockerfile or build context not usable");

    /// <summary>The engine refused to create or start the container.</summary>
    public static readonly DiagnosticDescriptor DockerContainerStartFailed =
        new("HGCI4005", DiagnosticSeverity.Error, "Container could not be started");

    /// <summary>The container exited before it became ready; the message holds its exit code and last lines.</summary>
    public static readonly DiagnosticDescriptor DockerExitedBeforeReady =
        new("HGCI4006", DiagnosticSeverity.Error, "Container exited before it was ready");

    /// <summary>The container did not become ready before the deadline.</summary>
    public static readonly DiagnosticDescriptor DockerReadinessTimeout =
        new("HGCI4007", DiagnosticSeverity.Error, "Container not ready in time");

    /// <summary>The container exited while the features ran against it.</summary>
    public static readonly DiagnosticDescriptor DockerExitedDuringRun =
        new("HGCI4008", DiagnosticSeverity.Error, "Container exited during the run");

    /// <summary>Pulling an image (only done when explicitly allowed) failed.</summary>
    public static readonly DiagnosticDescriptor DockerPullFailed =
        new("HGCI4009", DiagnosticSeverity.Error, "Image pull failed");

    /// <summary>Removing a container, image or network the run created failed; it is left for the sweep.</summary>
    public static readonly DiagnosticDescriptor DockerCleanupFailed =
        new("HGCI4010", DiagnosticSeverity.Warning, "Cleanup incomplete");

    /// <summary>Readiness by healthcheck was asked for, but the image declares no HEALTHCHECK.</summary>
    public static readonly DiagnosticDescriptor DockerHealthcheckMissing =
        new("HGCI4011", DiagnosticSeverity.Error, "Image has no healthcheck");

    /// <summary>The container's healthcheck reported it unhealthy before it became ready.</summary>
    public static readonly DiagnosticDescriptor DockerUnhealthy =
        new("HGCI4012", DiagnosticSeverity.Error, "Container unhealthy");

    /// <summary>A container specification is incomplete or contradictory (no image and no Dockerfile, …).</summary>
    public static readonly DiagnosticDescriptor DockerInvalidSpec =
        new("HGCI4013", DiagnosticSeverity.Error, "Invalid container specification");
}

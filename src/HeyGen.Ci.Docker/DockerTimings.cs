namespace HeyGen.Ci.Docker;

/// <summary>How long each step of bringing up and taking down a target took, in milliseconds.</summary>
public sealed record DockerTimings
{
    /// <summary>Building the image; null when an existing image was used.</summary>
    public double? BuildMs { get; init; }

    /// <summary>Creating the container (and its network).</summary>
    public double CreateMs { get; init; }

    /// <summary>Starting the container.</summary>
    public double StartMs { get; init; }

    /// <summary>From start until the readiness check passed.</summary>
    public double ReadyMs { get; init; }

    /// <summary>Stopping the container on dispose; null until then.</summary>
    public double? StopMs { get; init; }

    /// <summary>The whole cleanup on dispose (stop and remove container, image, network); null until then.</summary>
    public double? CleanupMs { get; init; }
}

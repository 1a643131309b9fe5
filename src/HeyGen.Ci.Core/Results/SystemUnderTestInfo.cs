namespace HeyGen.Ci.Core.Results;

/// <summary>What the system under test was and did while the features ran.</summary>
public sealed record SystemUnderTestInfo
{
    /// <summary>How it ran: <c>docker</c>, <c>process</c>, or <c>external</c> for a target the user started.</summary>
    public required string Kind { get; init; }

    /// <summary>The image (or command) it ran.</summary>
    public string? Image { get; init; }

    /// <summary>Time to build the image, when one was built.</summary>
    public double? BuildMs { get; init; }

    /// <summary>Time from create to ready.</summary>
    public double? ReadyMs { get; init; }

    /// <summary>Lines written to stdout and stderr, and lines that look like errors.</summary>
    public LogSummary Logs { get; init; } = new();

    /// <summary>CPU and memory sampled while it ran.</summary>
    public ResourceUsage? Resources { get; init; }

    /// <summary>Its exit code, when it exited before the run ended (which fails the run).</summary>
    public int? ExitCode { get; init; }
}

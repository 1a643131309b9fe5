namespace HeyGen.Ci.Cli.Configuration;

/// <summary>
/// The whole job's configuration, <c>heygen.json</c> in the repository; every command-line option overrides it.
/// </summary>
internal sealed record CiConfiguration
{
    /// <summary>Recordings to learn from: HAR files, access logs, or folders of them.</summary>
    public IReadOnlyList<string> Sessions { get; init; } = [];

    /// <summary>Where run folders go; default <c>.heygen/runs</c>.</summary>
    public string? RunsFolder { get; init; }

    /// <summary>The pull request's build.</summary>
    public TargetConfiguration Candidate { get; init; } = new();

    /// <summary>The base branch's build, when the run compares against one.</summary>
    public TargetConfiguration? Baseline { get; init; }

    /// <summary>Run the baseline twice; the spread of the two is the noise floor.</summary>
    public bool NoiseRun { get; init; }

    /// <summary>How the features run.</summary>
    public RunConfiguration Run { get; init; } = new();

    /// <summary>How the gate decides.</summary>
    public GateConfiguration Gate { get; init; } = new();

    /// <summary>How the result is reported.</summary>
    public ReportConfiguration Report { get; init; } = new();
}

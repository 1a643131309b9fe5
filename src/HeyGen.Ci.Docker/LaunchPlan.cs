namespace HeyGen.Ci.Docker;

/// <summary>What to start for one run: the candidate and, when given, the baseline (twice for a noise run).</summary>
public sealed record LaunchPlan
{
    /// <summary>The pull request's build.</summary>
    public required ContainerSpec Candidate { get; init; }

    /// <summary>The base branch's build, when the run compares against it.</summary>
    public ContainerSpec? Baseline { get; init; }

    /// <summary>Whether to start a second baseline, <c>baseline-2</c>, for the noise floor.</summary>
    public bool NoiseRun { get; init; }
}

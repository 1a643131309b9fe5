namespace HeyGen.Ci.Docker;

/// <summary>The target labels of <c>docs/contracts.md</c>.</summary>
public static class TargetLabels
{
    /// <summary>The pull request's build.</summary>
    public const string Candidate = "candidate";

    /// <summary>The base branch's build.</summary>
    public const string Baseline = "baseline";

    /// <summary>A second run of the base branch's build, whose spread is the noise floor.</summary>
    public const string SecondBaseline = "baseline-2";
}

namespace HeyGen.Ci.Scoring.Scores;

/// <summary>Run-level measures of the system under test, candidate beside baseline.</summary>
public sealed record RunMeasures
{
    /// <summary>Error-like log lines of the candidate.</summary>
    public int? ErrorLines { get; init; }

    /// <summary>Mean error-like log lines of the baseline runs.</summary>
    public double? BaselineErrorLines { get; init; }

    /// <summary>The candidate's mean CPU, percent of one core.</summary>
    public double? CpuPercent { get; init; }

    /// <summary>The baseline's mean CPU.</summary>
    public double? BaselineCpuPercent { get; init; }

    /// <summary>The candidate's mean memory in MiB.</summary>
    public double? MemoryMiB { get; init; }

    /// <summary>The baseline's mean memory in MiB.</summary>
    public double? BaselineMemoryMiB { get; init; }

    /// <summary>The candidate's last log lines, for where to look.</summary>
    public IReadOnlyList<string> LastLines { get; init; } = [];
}

namespace HeyGen.Ci.Core.Results;

/// <summary>CPU and memory of the system under test, sampled during the run.</summary>
public sealed record ResourceUsage
{
    /// <summary>Number of samples taken.</summary>
    public int Samples { get; init; }

    /// <summary>Mean CPU, in percent of one core.</summary>
    public double CpuPercentMean { get; init; }

    /// <summary>Highest CPU sample, in percent of one core.</summary>
    public double CpuPercentMax { get; init; }

    /// <summary>Mean memory use in MiB.</summary>
    public double MemoryMiBMean { get; init; }

    /// <summary>Highest memory use in MiB.</summary>
    public double MemoryMiBMax { get; init; }
}

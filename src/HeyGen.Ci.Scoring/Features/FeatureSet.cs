namespace HeyGen.Ci.Scoring.Features;

/// <summary>
/// The feature vector, version <c>features/v1</c>: 16 measures per exchange, in this order, each compared
/// with the baseline. docs/scoring.md describes each one; a change of order or meaning is a new version.
/// </summary>
public static class FeatureSet
{
    /// <summary>The version written into scores and models.</summary>
    public const string Version = "features/v1";

    /// <summary>The width of a vector.</summary>
    public const int Count = 16;

    /// <summary>The feature names, in vector order.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "latency_log_ratio",
        "latency_excess",
        "ttfb_log_ratio",
        "status_class_changed",
        "status_changed",
        "server_error",
        "transport_error",
        "size_log_ratio",
        "fields_changed",
        "fields_added",
        "fields_removed",
        "fields_retyped",
        "items_reordered",
        "error_log_lines",
        "cpu_log_ratio",
        "memory_log_ratio",
    ];

    /// <summary>
    /// The smallest standard deviation each feature is given when the model is fitted: the practical scale of
    /// a change. A measure that never moved on the baseline (a status) still gets a finite scale, and one
    /// flipped status is then about 12 deviations.
    /// </summary>
    public static IReadOnlyList<double> Floors { get; } =
    [
        0.10, 0.25, 0.10, 0.08, 0.08, 0.08, 0.08, 0.05,
        0.25, 0.08, 0.08, 0.08, 0.08, 0.50, 0.15, 0.10,
    ];

    internal const int LatencyLogRatio = 0;
    internal const int LatencyExcess = 1;
    internal const int TimeToHeadersLogRatio = 2;
    internal const int StatusClassChanged = 3;
    internal const int StatusChanged = 4;
    internal const int ServerError = 5;
    internal const int TransportError = 6;
    internal const int SizeLogRatio = 7;
    internal const int FirstDifference = 8;
    internal const int ErrorLogLines = 13;
    internal const int CpuLogRatio = 14;
    internal const int MemoryLogRatio = 15;

    /// <summary>Features that need a run baseline; with only the recording they are inconclusive and held at
    /// 0.</summary>
    internal static bool NeedsRunBaseline(int feature)
        => feature is LatencyLogRatio or LatencyExcess or TimeToHeadersLogRatio
            or ErrorLogLines or CpuLogRatio or MemoryLogRatio;
}

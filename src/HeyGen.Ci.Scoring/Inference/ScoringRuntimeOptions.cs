namespace HeyGen.Ci.Scoring.Inference;

/// <summary>How ONNX Runtime runs the scoring model.</summary>
public sealed record ScoringRuntimeOptions
{
    /// <summary>The default: CUDA when available, one intra-op thread (batches here are small).</summary>
    public static ScoringRuntimeOptions Default { get; } = new();

    /// <summary>Which provider to ask for.</summary>
    public ExecutionProviderPreference Provider { get; init; } = ExecutionProviderPreference.Auto;

    /// <summary>The CUDA device id tried.</summary>
    public int CudaDevice { get; init; }

    /// <summary>Intra-op threads of the CPU provider; two pay off from about 1e5 rows per batch.</summary>
    public int IntraOpThreads { get; init; } = 1;
}

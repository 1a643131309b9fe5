namespace HeyGen.Ci.Scoring.Inference;

/// <summary>Which ONNX Runtime execution provider scoring asks for.</summary>
public enum ExecutionProviderPreference
{
    /// <summary>CUDA when it loads and a session can be created on it, otherwise CPU.</summary>
    Auto,

    /// <summary>CPU only; CUDA is not tried.</summary>
    Cpu,
}

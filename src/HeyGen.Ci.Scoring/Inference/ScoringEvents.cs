using Microsoft.Extensions.Logging;

namespace HeyGen.Ci.Scoring.Inference;

/// <summary>Event ids of what scoring logs.</summary>
public static class ScoringEvents
{
    /// <summary>Which execution provider a model runs on, and why (one line per model loaded).</summary>
    public static readonly EventId ProviderSelected = new(6100, "ProviderSelected");

    /// <summary>A line ONNX Runtime logged outside a provider attempt.</summary>
    public static readonly EventId NativeLog = new(6101, "NativeLog");
}

using HeyGen.Ci.Scoring.Features;

namespace HeyGen.Ci.Scoring.Models;

/// <summary>The input and output contract every scoring model, default or a team's own, must meet.</summary>
internal static class ModelContract
{
    /// <summary>The one input: feature vectors, float[N,16].</summary>
    public const string InputName = "X";

    /// <summary>The required output: one anomaly score per row, float[N] or float[N,1].</summary>
    public const string ScoreOutput = "score";

    /// <summary>An optional output of the default model: the low-rank reconstruction error, float[N].</summary>
    public const string ReconstructionOutput = "recon_error";

    /// <summary>The contract in words, for messages.</summary>
    public static string Expected =>
        $"input '{InputName}' float[N,{FeatureSet.Count}] and output '{ScoreOutput}' float[N] (or float[N,1])";
}

namespace HeyGen.Ci.Core.Diagnostics;

public static partial class DiagnosticCodes
{
    /// <summary>A scoring model file is missing or ONNX Runtime cannot load it.</summary>
    public static readonly DiagnosticDescriptor ModelUnreadable =
        new("HGCI6001", DiagnosticSeverity.Error, "Scoring model cannot be loaded");

    /// <summary>A scoring model's input is not <c>X</c> float[N,16].</summary>
    public static readonly DiagnosticDescriptor ModelInputMismatch =
        new("HGCI6002", DiagnosticSeverity.Error, "Scoring model input does not match the contract");

    /// <summary>A scoring model has no <c>score</c> output of float[N] or float[N,1].</summary>
    public static readonly DiagnosticDescriptor ModelOutputMismatch =
        new("HGCI6003", DiagnosticSeverity.Error, "Scoring model output does not match the contract");

    /// <summary>A scoring model ran but returned scores that cannot be used (wrong count, NaN, infinite).</summary>
    public static readonly DiagnosticDescriptor ModelScoresInvalid =
        new("HGCI6004", DiagnosticSeverity.Error, "Scoring model returned unusable scores");

    /// <summary>A baseline result file shares no scenario with the candidate; it is left out of the baseline.</summary>
    public static readonly DiagnosticDescriptor BaselineUnrelated =
        new("HGCI6005", DiagnosticSeverity.Warning, "Baseline shares no scenario with the candidate");

    /// <summary>The gate's thresholds are inconsistent (warn above fail, negative, not a number).</summary>
    public static readonly DiagnosticDescriptor ThresholdsInvalid =
        new("HGCI6006", DiagnosticSeverity.Error, "Gate thresholds are invalid");

    /// <summary>The scores were computed with another feature version than this build reads.</summary>
    public static readonly DiagnosticDescriptor FeatureVersionMismatch =
        new("HGCI6007", DiagnosticSeverity.Error, "Scores use another feature version");
}

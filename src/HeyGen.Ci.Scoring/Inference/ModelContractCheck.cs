using HeyGen.Ci.Core.Diagnostics;
using HeyGen.Ci.Scoring.Features;
using HeyGen.Ci.Scoring.Models;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace HeyGen.Ci.Scoring.Inference;

/// <summary>Checks a loaded model against <see cref="ModelContract"/>, saying what was expected and what was
/// found.</summary>
internal static class ModelContractCheck
{
    /// <summary>Verifies the contract and returns the rank of the score output (1 or 2).</summary>
    public static int Verify(InferenceSession session, string source)
    {
        VerifyInput(session, source);

        return VerifyOutput(session, source);
    }

    private static void VerifyInput(InferenceSession session, string source)
    {
        var inputs = session.InputMetadata;
        var found = string.Join(", ", inputs.Select(i => Describe(i.Key, i.Value)));
        var ok = inputs.Count == 1
            && inputs.TryGetValue(ModelContract.InputName, out var input)
            && input.IsTensor
            && input.ElementDataType == TensorElementType.Float
            && input.Dimensions is [< 0, var width]
            && width == FeatureSet.Count;
        if (!ok)
        {
            var message = $"The model '{source}' does not take the input HeyGen CI gives: expected input "
                + $"'{ModelContract.InputName}' float[N,{FeatureSet.Count}] with a symbolic N, found {found}. "
                + $"Export the model with one input named '{ModelContract.InputName}' of {FeatureSet.Count} "
                + $"features ({FeatureSet.Version}, see docs/scoring.md).";
            throw new HeyGenException(DiagnosticCodes.ModelInputMismatch.Create(message, source));
        }
    }

    private static int VerifyOutput(InferenceSession session, string source)
    {
        var outputs = session.OutputMetadata;
        if (outputs.TryGetValue(ModelContract.ScoreOutput, out var score)
            && score.IsTensor
            && score.ElementDataType == TensorElementType.Float
            && score.Dimensions is [< 0] or [< 0, 1])
        {
            return score.Dimensions.Length;
        }

        var found = string.Join(", ", outputs.Select(o => Describe(o.Key, o.Value)));
        var message = $"The model '{source}' does not give the output HeyGen CI reads: expected output "
            + $"'{ModelContract.ScoreOutput}' float[N] or float[N,1], found {found}. "
            + $"Name the model's anomaly score output '{ModelContract.ScoreOutput}', one value per row.";
        throw new HeyGenException(DiagnosticCodes.ModelOutputMismatch.Create(message, source));
    }

    private static string Describe(string name, NodeMetadata metadata)
    {
        if (!metadata.IsTensor)
        {
            return $"'{name}' {metadata.OnnxValueType}";
        }

        var dims = metadata.Dimensions.Select((d, i) => d >= 0
            ? d.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : SymbolicName(metadata, i));

        return $"'{name}' {metadata.ElementDataType.ToString().ToLowerInvariant()}[{string.Join(",", dims)}]";
    }

    private static string SymbolicName(NodeMetadata metadata, int index)
    {
        var symbolic = metadata.SymbolicDimensions;

        return index < symbolic.Length && !string.IsNullOrEmpty(symbolic[index]) ? symbolic[index] : "?";
    }
}

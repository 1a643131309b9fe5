using HeyGen.Ci.Scoring.Features;

namespace HeyGen.Ci.Scoring.Models;

/// <summary>
/// Writes the default model as an ONNX graph with the scoring contract: input <c>X</c> float[N,16],
/// outputs <c>score</c> float[N] and <c>recon_error</c> float[N].
/// </summary>
internal static class DefaultModelWriter
{
    /// <summary>The model kind recorded in the file's metadata.</summary>
    public const string Kind = "heygen-default/v1";

    public static byte[] Write(DefaultModel model)
    {
        var width = FeatureSet.Count;
        var graph = new OnnxGraphBuilder();
        graph.Input(ModelContract.InputName, "N", width);
        graph.Output(ModelContract.ScoreOutput, "N");
        graph.Output(ModelContract.ReconstructionOutput, "N");

        graph.FloatTensor("mu", [width], model.Mean);
        graph.FloatTensor("W", [width, width], model.Whitening);
        graph.FloatTensor("inv_scale", [width], [.. model.Scale.Select(s => 1f / s)]);
        graph.FloatTensor("V", [width, model.Rank], model.Components);
        graph.FloatTensor("Vt", [model.Rank, width], Transpose(model.Components, width, model.Rank));
        graph.FloatTensor("inv_width", [], [1f / width]);
        graph.Int64Tensor("feature_axis", [1]);

        // score = sqrt(sum(((X - mu) W)^2) / F)
        graph.Node("Sub", "centred", "X", "mu");
        graph.Node("MatMul", "whitened", "centred", "W");
        graph.Node("Mul", "whitened_sq", "whitened", "whitened");
        graph.Node("ReduceSum", "distance_sq", ("keepdims", 0), "whitened_sq", "feature_axis");
        graph.Node("Mul", "distance_mean", "distance_sq", "inv_width");
        graph.Node("Sqrt", ModelContract.ScoreOutput, "distance_mean");

        // recon_error = mean((d - d V Vt)^2) with d = (X - mu) / scale
        graph.Node("Mul", "scaled", "centred", "inv_scale");
        graph.Node("MatMul", "projected", "scaled", "V");
        graph.Node("MatMul", "restored", "projected", "Vt");
        graph.Node("Sub", "residual", "scaled", "restored");
        graph.Node("Mul", "residual_sq", "residual", "residual");
        graph.Node("ReduceMean", ModelContract.ReconstructionOutput, ("keepdims", 0), "residual_sq", "feature_axis");

        var metadata = new Dictionary<string, string>
        {
            ["heygen.kind"] = Kind,
            ["heygen.features"] = FeatureSet.Version,
        };

        return graph.Build("heygen_anomaly", "1", metadata);
    }

    private static float[] Transpose(float[] matrix, int rows, int columns)
    {
        var transposed = new float[matrix.Length];
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                transposed[(j * rows) + i] = matrix[(i * columns) + j];
            }
        }

        return transposed;
    }
}

namespace HeyGen.Ci.Scoring.Models;

/// <summary>
/// The parameters of the default model, fitted from the baseline's feature vectors: a standardized
/// Mahalanobis distance and the reconstruction error of a low-rank (PCA) projection.
/// </summary>
/// <param name="Mean">The baseline mean μ of each feature.</param>
/// <param name="Whitening">W = L⁻ᵀ for Σ = LLᵀ, row-major F×F, so that ‖(x−μ)W‖² is the squared distance.</param>
/// <param name="Scale">The per-feature standard deviation (floors included) that scales the projection.</param>
/// <param name="Components">The principal axes V of the scaled baseline, row-major F×K.</param>
/// <param name="Rank">K, the number of principal axes kept.</param>
internal sealed record DefaultModel(float[] Mean, float[] Whitening, float[] Scale, float[] Components, int Rank)
{
    /// <summary>The width of a feature vector.</summary>
    public static int Width => Features.FeatureSet.Count;

    /// <summary>
    /// Scores one row in plain C#, the reference the ONNX graph must agree with: <c>score</c> is
    /// sqrt(Σ((x−μ)W)²/F), ≈1 for a typical baseline row; <c>recon</c> is mean((d − dVVᵀ)²) of d = (x−μ)/σ.
    /// </summary>
    public (double Score, double Recon) ScoreRow(ReadOnlySpan<float> row)
    {
        var width = Width;
        Span<double> centred = stackalloc double[width];
        for (var j = 0; j < width; j++)
        {
            centred[j] = row[j] - Mean[j];
        }

        return (Distance(centred), Reconstruction(centred));
    }

    private double Distance(ReadOnlySpan<double> centred)
    {
        var width = Width;
        var sum = 0.0;
        for (var j = 0; j < width; j++)
        {
            var z = 0.0;
            for (var i = 0; i < width; i++)
            {
                z += centred[i] * Whitening[(i * width) + j];
            }

            sum += z * z;
        }

        return Math.Sqrt(sum / width);
    }

    private double Reconstruction(ReadOnlySpan<double> centred)
    {
        var width = Width;
        Span<double> scaled = stackalloc double[width];
        Span<double> projected = stackalloc double[Rank];
        for (var j = 0; j < width; j++)
        {
            scaled[j] = centred[j] / Scale[j];
        }

        for (var k = 0; k < Rank; k++)
        {
            var p = 0.0;
            for (var j = 0; j < width; j++)
            {
                p += scaled[j] * Components[(j * Rank) + k];
            }

            projected[k] = p;
        }

        var error = 0.0;
        for (var j = 0; j < width; j++)
        {
            var back = 0.0;
            for (var k = 0; k < Rank; k++)
            {
                back += projected[k] * Components[(j * Rank) + k];
            }

            error += (scaled[j] - back) * (scaled[j] - back);
        }

        return error / width;
    }
}

using HeyGen.Ci.Scoring.Features;

namespace HeyGen.Ci.Scoring.Models;

/// <summary>
/// Fits the default model from baseline feature vectors. Every feature's variance is raised by a floor
/// (<see cref="FeatureSet.Floors"/>), so a measure that never moved on the baseline (a status, a field
/// count) still has a finite, practical scale instead of making the covariance singular.
/// </summary>
internal static class DefaultModelFitter
{
    /// <summary>The number of principal axes the reconstruction keeps.</summary>
    public const int Rank = 4;

    public static DefaultModel Fit(IReadOnlyList<float[]> rows)
    {
        var width = FeatureSet.Count;
        var mean = Mean(rows, width);
        var covariance = Covariance(rows, mean, width);
        for (var j = 0; j < width; j++)
        {
            covariance[j, j] += FeatureSet.Floors[j] * FeatureSet.Floors[j];
        }

        var scale = new double[width];
        for (var j = 0; j < width; j++)
        {
            scale[j] = Math.Sqrt(covariance[j, j]);
        }

        var whitening = LinearAlgebra.InverseTransposedCholesky(covariance);
        var components = PrincipalAxes(covariance, scale, Rank);

        return new DefaultModel(
            ToFloat(mean), Flatten(whitening), ToFloat(scale), Flatten(components), Rank);
    }

    private static double[] Mean(IReadOnlyList<float[]> rows, int width)
    {
        var mean = new double[width];
        foreach (var row in rows)
        {
            for (var j = 0; j < width; j++)
            {
                mean[j] += row[j];
            }
        }

        for (var j = 0; rows.Count > 0 && j < width; j++)
        {
            mean[j] /= rows.Count;
        }

        return mean;
    }

    private static double[,] Covariance(IReadOnlyList<float[]> rows, double[] mean, int width)
    {
        var covariance = new double[width, width];
        if (rows.Count < 2)
        {
            return covariance;
        }

        foreach (var row in rows)
        {
            for (var i = 0; i < width; i++)
            {
                var di = row[i] - mean[i];
                for (var j = 0; j < width; j++)
                {
                    covariance[i, j] += di * (row[j] - mean[j]);
                }
            }
        }

        for (var i = 0; i < width; i++)
        {
            for (var j = 0; j < width; j++)
            {
                covariance[i, j] /= rows.Count - 1;
            }
        }

        return covariance;
    }

    // The correlation matrix's leading eigenvectors: the axes of the scaled baseline.
    private static double[,] PrincipalAxes(double[,] covariance, double[] scale, int rank)
    {
        var width = scale.Length;
        var correlation = new double[width, width];
        for (var i = 0; i < width; i++)
        {
            for (var j = 0; j < width; j++)
            {
                correlation[i, j] = covariance[i, j] / (scale[i] * scale[j]);
            }
        }

        var (values, vectors) = LinearAlgebra.SymmetricEigen(correlation);
        var order = Enumerable.Range(0, width).OrderByDescending(k => values[k]).ThenBy(k => k).ToArray();
        var axes = new double[width, rank];
        for (var k = 0; k < rank; k++)
        {
            for (var j = 0; j < width; j++)
            {
                axes[j, k] = vectors[j, order[k]];
            }
        }

        return axes;
    }

    private static float[] ToFloat(double[] values) => [.. values.Select(v => (float)v)];

    private static float[] Flatten(double[,] matrix)
    {
        var flat = new float[matrix.Length];
        var columns = matrix.GetLength(1);
        for (var i = 0; i < matrix.GetLength(0); i++)
        {
            for (var j = 0; j < columns; j++)
            {
                flat[(i * columns) + j] = (float)matrix[i, j];
            }
        }

        return flat;
    }
}

namespace HeyGen.Ci.Scoring.Models;

/// <summary>The small dense linear algebra the default model needs: Cholesky and a symmetric eigen solver.</summary>
internal static class LinearAlgebra
{
    /// <summary>For a symmetric positive definite Σ = LLᵀ, returns L⁻ᵀ (upper triangular).</summary>
    public static double[,] InverseTransposedCholesky(double[,] sigma)
    {
        var lower = Cholesky(sigma);
        var n = lower.GetLength(0);
        var inverse = new double[n, n];

        // Forward substitution, one column of the identity at a time.
        for (var c = 0; c < n; c++)
        {
            for (var i = c; i < n; i++)
            {
                var sum = i == c ? 1.0 : 0.0;
                for (var k = c; k < i; k++)
                {
                    sum -= lower[i, k] * inverse[k, c];
                }

                inverse[i, c] = sum / lower[i, i];
            }
        }

        return Transpose(inverse);
    }

    /// <summary>Eigenvalues and eigenvectors (as columns) of a symmetric matrix, by cyclic Jacobi rotations.</summary>
    public static (double[] Values, double[,] Vectors) SymmetricEigen(double[,] matrix)
    {
        var n = matrix.GetLength(0);
        var a = (double[,])matrix.Clone();
        var v = Identity(n);
        for (var sweep = 0; sweep < 100 && OffDiagonal(a) > 1e-20; sweep++)
        {
            for (var p = 0; p < n - 1; p++)
            {
                for (var q = p + 1; q < n; q++)
                {
                    Rotate(a, v, p, q);
                }
            }
        }

        var values = new double[n];
        for (var i = 0; i < n; i++)
        {
            values[i] = a[i, i];
        }

        return (values, v);
    }

    private static double[,] Cholesky(double[,] sigma)
    {
        var n = sigma.GetLength(0);
        var lower = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                var sum = sigma[i, j];
                for (var k = 0; k < j; k++)
                {
                    sum -= lower[i, k] * lower[j, k];
                }

                lower[i, j] = i == j ? Math.Sqrt(Math.Max(sum, 1e-12)) : sum / lower[j, j];
            }
        }

        return lower;
    }

    private static void Rotate(double[,] a, double[,] v, int p, int q)
    {
        if (Math.Abs(a[p, q]) < 1e-300)
        {
            return;
        }

        var theta = (a[q, q] - a[p, p]) / (2 * a[p, q]);
        var t = Math.Sign(theta == 0 ? 1 : theta) / (Math.Abs(theta) + Math.Sqrt((theta * theta) + 1));
        var c = 1 / Math.Sqrt((t * t) + 1);
        var s = t * c;
        var n = a.GetLength(0);
        for (var k = 0; k < n; k++)
        {
            var akp = a[k, p];
            var akq = a[k, q];
            a[k, p] = (c * akp) - (s * akq);
            a[k, q] = (s * akp) + (c * akq);
        }

        for (var k = 0; k < n; k++)
        {
            var apk = a[p, k];
            var aqk = a[q, k];
            a[p, k] = (c * apk) - (s * aqk);
            a[q, k] = (s * apk) + (c * aqk);
        }

        for (var k = 0; k < n; k++)
        {
            var vkp = v[k, p];
            var vkq = v[k, q];
            v[k, p] = (c * vkp) - (s * vkq);
            v[k, q] = (s * vkp) + (c * vkq);
        }
    }

    private static double OffDiagonal(double[,] a)
    {
        var sum = 0.0;
        var n = a.GetLength(0);
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                sum += i == j ? 0 : a[i, j] * a[i, j];
            }
        }

        return sum;
    }

    private static double[,] Identity(int n)
    {
        var identity = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            identity[i, i] = 1;
        }

        return identity;
    }

    private static double[,] Transpose(double[,] m)
    {
        var n = m.GetLength(0);
        var t = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                t[j, i] = m[i, j];
            }
        }

        return t;
    }
}

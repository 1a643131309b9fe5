namespace HeyGen.Ci.Scoring.Judge;

/// <summary>The distribution functions the judge's p-values need.</summary>
internal static class SpecialFunctions
{
    /// <summary>The upper tail of the standard normal distribution, P(Z ≥ z).</summary>
    public static double NormalUpperTail(double z) => 0.5 * Erfc(z / Math.Sqrt(2));

    /// <summary>
    /// The complementary error function by the classic Chebyshev-fitted exponential form (fractional error
    /// below 1.2e-7 everywhere), which is ample for p-values.
    /// </summary>
    public static double Erfc(double x)
    {
        var z = Math.Abs(x);
        var t = 1 / (1 + (0.5 * z));
        var poly = -z * z - 1.26551223 + (t * (1.00002368 + (t * (0.37409196 + (t * (0.09678418
            + (t * (-0.18628806 + (t * (0.27886807 + (t * (-1.13520398 + (t * (1.48851587
            + (t * (-0.82215223 + (t * 0.17087277)))))))))))))))));
        var result = t * Math.Exp(poly);

        return x >= 0 ? result : 2 - result;
    }

    /// <summary>P(F ≥ f) for an F distribution with <paramref name="d1"/> and <paramref name="d2"/> degrees of
    /// freedom.</summary>
    public static double FUpperTail(double f, double d1, double d2)
        => f <= 0 ? 1 : RegularizedBeta(d2 / (d2 + (d1 * f)), d2 / 2, d1 / 2);

    /// <summary>The regularized incomplete beta function I_x(a, b), by Lentz's continued fraction.</summary>
    public static double RegularizedBeta(double x, double a, double b)
    {
        if (x <= 0)
        {
            return 0;
        }

        if (x >= 1)
        {
            return 1;
        }

        var front = Math.Exp(LogGamma(a + b) - LogGamma(a) - LogGamma(b) + (a * Math.Log(x)) + (b * Math.Log(1 - x)));

        return x < (a + 1) / (a + b + 2)
            ? front * BetaFraction(x, a, b) / a
            : 1 - (front * BetaFraction(1 - x, b, a) / b);
    }

    /// <summary>ln Γ(x) for x &gt; 0 (Lanczos, g = 7, nine terms).</summary>
    public static double LogGamma(double x)
    {
        if (x < 0.5)
        {
            return Math.Log(Math.PI / Math.Abs(Math.Sin(Math.PI * x))) - LogGamma(1 - x);
        }

        ReadOnlySpan<double> c =
        [
            0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
            -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
            1.5056327351493116e-7,
        ];
        x -= 1;
        var sum = c[0];
        for (var i = 1; i < c.Length; i++)
        {
            sum += c[i] / (x + i);
        }

        var t = x + 7.5;

        return (0.5 * Math.Log(2 * Math.PI)) + ((x + 0.5) * Math.Log(t)) - t + Math.Log(sum);
    }

    private static double BetaFraction(double x, double a, double b)
    {
        const double Tiny = 1e-300;
        var c = 1.0;
        var d = 1 - ((a + b) * x / (a + 1));
        d = 1 / (Math.Abs(d) < Tiny ? Tiny : d);
        var h = d;
        for (var m = 1; m <= 300; m++)
        {
            var even = m * (b - m) * x / ((a + (2 * m) - 1) * (a + (2 * m)));
            (c, d, h) = Step(even, c, d, h);
            var odd = -(a + m) * (a + b + m) * x / ((a + (2 * m)) * (a + (2 * m) + 1));
            (c, d, h) = Step(odd, c, d, h);
            if (Math.Abs((c * d) - 1) < 1e-14)
            {
                break;
            }
        }

        return h;

        static (double C, double D, double H) Step(double coefficient, double c, double d, double h)
        {
            d = 1 + (coefficient * d);
            d = 1 / (Math.Abs(d) < Tiny ? Tiny : d);
            c = 1 + (coefficient / c);
            c = Math.Abs(c) < Tiny ? Tiny : c;

            return (c, d, h * c * d);
        }
    }
}

namespace HeyGen.Ci.Sample.Seeds;

/// <summary>The seeded regressions the sample runs with, read from <c>HEYGEN_SAMPLE_SEED</c>.</summary>
internal sealed record SampleSeed(SeededRegression Regressions)
{
    /// <summary>The configuration key (and environment variable) that selects the seeds.</summary>
    public const string ConfigurationKey = "HEYGEN_SAMPLE_SEED";

    /// <summary>How long the slow route waits before it answers.</summary>
    public static readonly TimeSpan SlowRouteDelay = TimeSpan.FromMilliseconds(150);

    private static readonly Dictionary<string, SeededRegression> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["none"] = SeededRegression.None,
        ["renamed-field"] = SeededRegression.RenamedField,
        ["changed-type"] = SeededRegression.ChangedType,
        ["changed-status"] = SeededRegression.ChangedStatus,
        ["slow-route"] = SeededRegression.SlowRoute,
        ["error-route"] = SeededRegression.ErrorRoute,
        ["missing-item"] = SeededRegression.MissingItem,
        ["reordered-list"] = SeededRegression.ReorderedList,
        ["larger-response"] = SeededRegression.LargerResponse,
        ["regression"] = SeededRegression.Regression,
    };

    /// <summary>Every name <see cref="Parse"/> accepts, in the order the README lists them.</summary>
    public static IReadOnlyCollection<string> KnownNames => Names.Keys;

    /// <summary>Whether the sample runs with the given seed.</summary>
    public bool Has(SeededRegression regression) => (Regressions & regression) == regression;

    /// <summary>
    /// Reads a comma-separated list of seed names. An empty or missing value means <c>none</c>.
    /// Unknown names are returned so that start-up can refuse them: a mistyped seed must not
    /// silently run the sample without the regression the user asked for.
    /// </summary>
    public static SampleSeed Parse(string? value, out IReadOnlyList<string> unknownNames)
    {
        var regressions = SeededRegression.None;
        var unknown = new List<string>();
        var parts = (value ?? string.Empty).Split(
            ',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        foreach (var part in parts)
        {
            if (Names.TryGetValue(part, out var regression))
            {
                regressions |= regression;
            }
            else
            {
                unknown.Add(part);
            }
        }

        unknownNames = unknown;
        return new SampleSeed(regressions);
    }

    /// <summary>The seeds as the comma-separated names they were given with.</summary>
    public override string ToString()
    {
        if (Regressions == SeededRegression.None)
        {
            return "none";
        }

        var names = Names
            .Where(pair => pair.Value != SeededRegression.None && pair.Value != SeededRegression.Regression)
            .Where(pair => Has(pair.Value))
            .Select(pair => pair.Key);
        return string.Join(",", names);
    }
}

namespace HeyGen.Ci.Core.Analysis;

/// <summary>Choices that change what the analysis counts as behaviour.</summary>
internal sealed record AnalysisOptions
{
    /// <summary>Keep images, style sheets, scripts, fonts and HTML documents in scenarios.</summary>
    public bool KeepStaticAssets { get; init; }

    /// <summary>The most sessions one Scenario Outline lists as examples.</summary>
    public int MaxExamplesPerOutline { get; init; } = 20;
}

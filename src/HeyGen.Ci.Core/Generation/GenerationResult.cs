using HeyGen.Ci.Core.Analysis;

namespace HeyGen.Ci.Core.Generation;

/// <summary>What a generation wrote.</summary>
public sealed record GenerationResult
{
    /// <summary>Every feature file of this generation (full paths, ordered), written now or already up to
    /// date.</summary>
    public IReadOnlyList<string> FeatureFiles { get; init; } = [];

    /// <summary>The files whose content changed and were written (features and
    /// <c>analysis.json</c>).</summary>
    public IReadOnlyList<string> WrittenFiles { get; init; } = [];

    /// <summary>Generated feature files of an earlier generation that this one no longer produces,
    /// deleted.</summary>
    public IReadOnlyList<string> DeletedFiles { get; init; } = [];

    /// <summary>The analysis the features were generated from.</summary>
    public required BehaviourAnalysis Analysis { get; init; }

    /// <summary>The path of <c>analysis.json</c>.</summary>
    public string? AnalysisFile { get; init; }

    /// <summary>How many scenarios (and outlines) the features hold.</summary>
    public int Scenarios { get; init; }
}

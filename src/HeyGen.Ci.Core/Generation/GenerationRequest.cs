using HeyGen.Ci.Core.Ingest;

namespace HeyGen.Ci.Core.Generation;

/// <summary>What to generate features from, and where to write them.</summary>
public sealed record GenerationRequest
{
    /// <summary>Recording files and folders (a folder gives its <c>*.har</c> and <c>*.log</c>
    /// files).</summary>
    public required IReadOnlyList<string> Inputs { get; init; }

    /// <summary>The folder the <c>.feature</c> files are written to; created when missing.</summary>
    public required string OutputFolder { get; init; }

    /// <summary>How recordings are read.</summary>
    public IngestOptions Ingest { get; init; } = new();

    /// <summary>Where <c>analysis.json</c> goes; <see langword="null"/> puts it in <see
    /// cref="OutputFolder"/>.</summary>
    public string? AnalysisFile { get; init; }

    /// <summary>Keep images, style sheets, scripts, fonts and HTML documents in scenarios.</summary>
    public bool KeepStaticAssets { get; init; }
}

namespace HeyGen.Ci.Core.Diagnostics;

public static partial class DiagnosticCodes
{
    /// <summary>A feature file is not valid Gherkin; the run goes on with the other files.</summary>
    public static readonly DiagnosticDescriptor FeatureSyntaxError =
        new("HGCI7501", DiagnosticSeverity.Error, "Feature file is not valid Gherkin");

    /// <summary>The features folder holds no feature file, or no scenario was selected for this shard.</summary>
    public static readonly DiagnosticDescriptor NoScenarios =
        new("HGCI7502", DiagnosticSeverity.Error, "No scenarios to run");

    /// <summary><c>heygen merge</c> found a shard's result file missing.</summary>
    public static readonly DiagnosticDescriptor ShardMissing =
        new("HGCI7503", DiagnosticSeverity.Error, "Shard result missing");

    /// <summary><c>heygen merge</c> found two shard files for the same shard, or a scenario in two shards.</summary>
    public static readonly DiagnosticDescriptor ShardDuplicate =
        new("HGCI7504", DiagnosticSeverity.Error, "Shard result duplicated");

    /// <summary><c>heygen merge</c> found shard files that do not belong together (run, label, count).</summary>
    public static readonly DiagnosticDescriptor ShardMismatch =
        new("HGCI7505", DiagnosticSeverity.Error, "Shard results do not belong together");
}

namespace HeyGen.Ci.Core.Diagnostics;

public static partial class DiagnosticCodes
{
    /// <summary>A feature file the build turns into tests is not valid Gherkin; it gets no test class.</summary>
    public static readonly DiagnosticDescriptor FeatureNotParsed =
        new("HGCI1001", DiagnosticSeverity.Error, "Feature file cannot be parsed");

    /// <summary>The project has no recordings, so no features are generated from sessions.</summary>
    public static readonly DiagnosticDescriptor NoRecordings =
        new("HGCI1002", DiagnosticSeverity.Warning, "No recorded sessions");

    /// <summary>The <c>heygen</c> tool that the gate runs cannot be found or started.</summary>
    public static readonly DiagnosticDescriptor GateToolNotFound =
        new("HGCI1003", DiagnosticSeverity.Error, "heygen tool not found");

    /// <summary>The gate's verdict is fail.</summary>
    public static readonly DiagnosticDescriptor GateFailed =
        new("HGCI1004", DiagnosticSeverity.Error, "Gate failed");

    /// <summary>The gate's verdict is warn.</summary>
    public static readonly DiagnosticDescriptor GateWarned =
        new("HGCI1005", DiagnosticSeverity.Warning, "Gate warned");

    /// <summary>The gate could not decide (too few samples, measurements errored).</summary>
    public static readonly DiagnosticDescriptor GateInconclusive =
        new("HGCI1006", DiagnosticSeverity.Warning, "Gate inconclusive");

    /// <summary>The gate found no result file: the generated tests did not run or did not write one.</summary>
    public static readonly DiagnosticDescriptor NoRunResult =
        new("HGCI1007", DiagnosticSeverity.Error, "No run result to gate");

    /// <summary>Two feature files map to the same test class or code-behind file.</summary>
    public static readonly DiagnosticDescriptor DuplicateFeatureClass =
        new("HGCI1008", DiagnosticSeverity.Error, "Two features map to one test class");

    /// <summary>The gate's <c>heygen</c> command failed for a reason other than the verdict.</summary>
    public static readonly DiagnosticDescriptor GateToolFailed =
        new("HGCI1009", DiagnosticSeverity.Error, "heygen command failed");

    /// <summary>An unexpected failure inside an HeyGen CI MSBuild task; a bug to report.</summary>
    public static readonly DiagnosticDescriptor MSBuildInternalError =
        new("HGCI1099", DiagnosticSeverity.Error, "Internal error in an MSBuild task");
}

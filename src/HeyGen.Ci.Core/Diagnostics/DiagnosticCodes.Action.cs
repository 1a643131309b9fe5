namespace HeyGen.Ci.Core.Diagnostics;

public static partial class DiagnosticCodes
{
    /// <summary>The event payload (<c>GITHUB_EVENT_PATH</c>) is missing or not the JSON the runner writes.</summary>
    public static readonly DiagnosticDescriptor InvalidEventPayload =
        new("HGCI3001", DiagnosticSeverity.Warning, "Unreadable event payload");

    /// <summary>A runner file (<c>GITHUB_OUTPUT</c>, <c>GITHUB_STEP_SUMMARY</c>) cannot be written.</summary>
    public static readonly DiagnosticDescriptor RunnerFileUnwritable =
        new("HGCI3002", DiagnosticSeverity.Warning, "Runner file cannot be written");

    /// <summary>More annotations of one kind than a step can show; the rest are listed in the job summary.</summary>
    public static readonly DiagnosticDescriptor AnnotationsAggregated =
        new("HGCI3003", DiagnosticSeverity.Info, "Annotations aggregated");

    /// <summary>The job summary was cut to fit the runner's 1 MiB limit.</summary>
    public static readonly DiagnosticDescriptor SummaryTruncated =
        new("HGCI3004", DiagnosticSeverity.Info, "Job summary shortened to fit the runner's limit");

    /// <summary>
    /// The pull request comes from a fork: its token is read-only, so the comment is left to a second workflow.
    /// </summary>
    public static readonly DiagnosticDescriptor ForkPullRequest =
        new("HGCI3005", DiagnosticSeverity.Info, "Pull request from a fork");

    /// <summary>A reason the gate failed, annotated on the feature line it concerns.</summary>
    public static readonly DiagnosticDescriptor GateFailureAnnotation =
        new("HGCI3006", DiagnosticSeverity.Error, "Gate failure");

    /// <summary>A reason the gate warned, annotated on the feature line it concerns.</summary>
    public static readonly DiagnosticDescriptor GateWarningAnnotation =
        new("HGCI3007", DiagnosticSeverity.Warning, "Gate warning");

    /// <summary>An input of the action has a value it does not accept.</summary>
    public static readonly DiagnosticDescriptor InvalidActionInput =
        new("HGCI3010", DiagnosticSeverity.Error, "Invalid action input");

    /// <summary>The pipeline step left nothing to report or gate: no verdict.json, or no recorded exit code.</summary>
    public static readonly DiagnosticDescriptor NoPipelineResult =
        new("HGCI3012", DiagnosticSeverity.Error, "No pipeline result");

    /// <summary>The <c>heygen</c> tool could not be installed (no .NET SDK, or an unknown version).</summary>
    public static readonly DiagnosticDescriptor ToolInstallFailed =
        new("HGCI3011", DiagnosticSeverity.Error, "Tool installation failed");
}

namespace HeyGen.Ci.Core.Diagnostics;

public static partial class DiagnosticCodes
{
    /// <summary>A request body lost bytes in the recording; its scenario is generated but tagged
    /// <c>@ignore</c>.</summary>
    public static readonly DiagnosticDescriptor LossyRequestBody =
        new("HGCI7001", DiagnosticSeverity.Warning, "Request body was not recorded exactly");

    /// <summary>A request body cannot be written in a doc string as recorded; its scenario is tagged
    /// <c>@ignore</c>.</summary>
    public static readonly DiagnosticDescriptor UnwritableRequestBody =
        new("HGCI7002", DiagnosticSeverity.Warning, "Request body cannot be written in a feature");

    /// <summary>An input held no API behaviour, only static assets, preflights or unanswered
    /// requests.</summary>
    public static readonly DiagnosticDescriptor NoBehaviour =
        new("HGCI7003", DiagnosticSeverity.Warning, "No API behaviour in a recording");

    /// <summary>A response said it was JSON but its body does not parse; only status and type are
    /// asserted.</summary>
    public static readonly DiagnosticDescriptor InvalidJsonResponse =
        new("HGCI7004", DiagnosticSeverity.Warning, "Response body is not valid JSON");

    /// <summary>The output folder or the analysis file cannot be written.</summary>
    public static readonly DiagnosticDescriptor OutputNotWritable =
        new("HGCI7005", DiagnosticSeverity.Error, "Generated files cannot be written");

    /// <summary>A feature file that <c>heygen generate</c> did not write has the name of a generated one; it
    /// is kept.</summary>
    public static readonly DiagnosticDescriptor HandWrittenFeatureKept =
        new("HGCI7006", DiagnosticSeverity.Warning, "Hand-written feature file kept");
}

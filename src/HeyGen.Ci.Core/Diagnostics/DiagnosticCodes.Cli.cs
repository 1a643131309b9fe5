namespace HeyGen.Ci.Core.Diagnostics;

public static partial class DiagnosticCodes
{
    /// <summary>A command-line argument or option is missing or invalid.</summary>
    public static readonly DiagnosticDescriptor InvalidArgument =
        new("HGCI2001", DiagnosticSeverity.Error, "Invalid command-line argument");

    /// <summary>A path given on the command line does not exist.</summary>
    public static readonly DiagnosticDescriptor PathNotFound =
        new("HGCI2002", DiagnosticSeverity.Error, "Path not found");

    /// <summary>The configuration file <c>heygen.json</c> cannot be read.</summary>
    public static readonly DiagnosticDescriptor InvalidConfiguration =
        new("HGCI2003", DiagnosticSeverity.Error, "Invalid configuration file");

    /// <summary>A run folder or one of its files is missing or of an unknown schema version.</summary>
    public static readonly DiagnosticDescriptor InvalidRunFile =
        new("HGCI2004", DiagnosticSeverity.Error, "Missing or unreadable run file");

    /// <summary>The command was cancelled (Ctrl-C or SIGTERM).</summary>
    public static readonly DiagnosticDescriptor Cancelled =
        new("HGCI2005", DiagnosticSeverity.Warning, "Cancelled");

    /// <summary>
    /// The system under test started as a local process (<c>--no-docker</c>) failed to start or exited.
    /// </summary>
    public static readonly DiagnosticDescriptor LocalTargetFailed =
        new("HGCI2006", DiagnosticSeverity.Error, "Local system under test failed");

    /// <summary>A stage of <c>heygen ci</c> could not run because an earlier one produced nothing to work on.</summary>
    public static readonly DiagnosticDescriptor StageSkipped =
        new("HGCI2007", DiagnosticSeverity.Error, "Stage has no input");

    /// <summary>The host-side <c>dotnet publish</c> before an image build failed.</summary>
    public static readonly DiagnosticDescriptor PublishFailed =
        new("HGCI2008", DiagnosticSeverity.Error, "Publish before image build failed");

    /// <summary>An unexpected failure inside the tool; a bug to report.</summary>
    public static readonly DiagnosticDescriptor InternalError =
        new("HGCI2099", DiagnosticSeverity.Error, "Internal error");
}

namespace HeyGen.Ci.Core.Diagnostics;

public static partial class DiagnosticCodes
{
    /// <summary>The token may read but not write the pull request (a fork's token); nothing was published.</summary>
    public static readonly DiagnosticDescriptor ReadOnlyToken =
        new("HGCI5001", DiagnosticSeverity.Warning, "Token cannot write to the pull request");

    /// <summary>The GitHub API refused a request for a reason retrying does not fix.</summary>
    public static readonly DiagnosticDescriptor GitHubApiRefused =
        new("HGCI5002", DiagnosticSeverity.Error, "GitHub API refused the request");

    /// <summary>The GitHub API kept failing (server errors, rate limits) after every retry.</summary>
    public static readonly DiagnosticDescriptor GitHubApiUnavailable =
        new("HGCI5003", DiagnosticSeverity.Error, "GitHub API unavailable after retries");

    /// <summary>The report was cut to fit the 65,536-character limit of a comment.</summary>
    public static readonly DiagnosticDescriptor CommentTruncated =
        new("HGCI5004", DiagnosticSeverity.Info, "Comment shortened to fit GitHub's limit");

    /// <summary>The report name cannot be used in the comment's hidden marker.</summary>
    public static readonly DiagnosticDescriptor InvalidReportName =
        new("HGCI5005", DiagnosticSeverity.Error, "Invalid report name");

    /// <summary>Publishing was not possible or not asked for (no token, no pull request, outside Actions).</summary>
    public static readonly DiagnosticDescriptor CommentNotPublished =
        new("HGCI5006", DiagnosticSeverity.Info, "Comment written to a file, not published");

    /// <summary>The token was rejected (401): missing, expired or revoked.</summary>
    public static readonly DiagnosticDescriptor BadCredentials =
        new("HGCI5007", DiagnosticSeverity.Error, "GitHub token rejected");
}

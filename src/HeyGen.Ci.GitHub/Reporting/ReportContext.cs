namespace HeyGen.Ci.GitHub.Reporting;

/// <summary>Where the report will be read and what it links to; everything but the name is optional.</summary>
public sealed record ReportContext
{
    /// <summary>GitHub's limit on a comment body, in characters.</summary>
    public const int GitHubCommentLimit = 65_536;

    /// <summary>The runner's limit on one step's job summary, in bytes.</summary>
    public const int StepSummaryLimitBytes = 1024 * 1024;

    /// <summary>The report's name: one sticky comment per pull request and name.</summary>
    public string ReportName { get; init; } = ReportMarker.DefaultName;

    /// <summary>The workflow run's page, where the job summary is shown.</summary>
    public Uri? RunUrl { get; init; }

    /// <summary>Where the run's artifacts are listed.</summary>
    public Uri? ArtifactsUrl { get; init; }

    /// <summary>The commit reported on (the pull request's head, not the merge commit).</summary>
    public string? HeadSha { get; init; }

    /// <summary>The longest the comment may be, in UTF-16 units (never more than GitHub accepts).</summary>
    public int CommentLimit { get; init; } = GitHubCommentLimit;

    /// <summary>The longest the job summary may be, in UTF-8 bytes.</summary>
    public int SummaryLimitBytes { get; init; } = StepSummaryLimitBytes;
}

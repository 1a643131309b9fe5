using HeyGen.Ci.GitHub.Publishing;
using HeyGen.Ci.GitHub.Reporting;

namespace HeyGen.Ci.GitHub;

/// <summary>How to report a run; what is not given comes from the Actions environment.</summary>
public sealed record ReportOptions
{
    /// <summary>The report's name: one sticky comment per pull request and name.</summary>
    public string ReportName { get; init; } = ReportMarker.DefaultName;

    /// <summary>The login the token comments as.</summary>
    public string Author { get; init; } = PublishRequest.DefaultAuthor;

    /// <summary>The repository, when not <c>GITHUB_REPOSITORY</c>.</summary>
    public RepositoryName? Repository { get; init; }

    /// <summary>The pull request, when not the event's.</summary>
    public int? PullRequest { get; init; }

    /// <summary>The API address, when not <c>GITHUB_API_URL</c>.</summary>
    public Uri? ApiUrl { get; init; }

    /// <summary>The token; without one the comment is written to <c>comment.md</c>.</summary>
    public string? Token { get; init; }

    /// <summary>
    /// Publish outside Actions too. Only together with <see cref="ApiUrl"/>: the product never picks an API address
    /// by itself outside a workflow.
    /// </summary>
    public bool Publish { get; init; }

    /// <summary>False to write <c>comment.md</c> and never publish.</summary>
    public bool Comment { get; init; } = true;

    /// <summary>How long to keep trying when the API is down or rate-limits.</summary>
    public RetryOptions Retry { get; init; } = new();
}

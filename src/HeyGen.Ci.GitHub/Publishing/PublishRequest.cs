using HeyGen.Ci.GitHub.Reporting;

namespace HeyGen.Ci.GitHub.Publishing;

/// <summary>What to publish where.</summary>
/// <param name="PullRequest">The pull request to comment on.</param>
/// <param name="Body">The comment, starting with the marker of <paramref name="ReportName"/>.</param>
/// <param name="ReportName">The report's name: one comment per pull request and name.</param>
/// <param name="Author">
/// The login the token comments as; only its comments are ever updated or removed. The workflow token cannot ask
/// the API who it is, so this is given, <see cref="DefaultAuthor"/> by default.
/// </param>
public sealed record PublishRequest(
    PullRequestRef PullRequest,
    string Body,
    string ReportName = ReportMarker.DefaultName,
    string Author = PublishRequest.DefaultAuthor)
{
    /// <summary>The login of the workflow's own token.</summary>
    public const string DefaultAuthor = "github-actions[bot]";
}

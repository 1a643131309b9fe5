namespace HeyGen.Ci.GitHub.Publishing;

/// <summary>A comment on a pull request's conversation, as the API returned it.</summary>
/// <param name="Id">The comment's id.</param>
/// <param name="Body">Its Markdown body.</param>
/// <param name="Author">Its author's login.</param>
/// <param name="Url">Its page, when the API gave one.</param>
public sealed record PullRequestComment(long Id, string Body, string Author, string? Url);

namespace HeyGen.Ci.GitHub.Tests.Fakes;

/// <summary>A comment the fake API holds.</summary>
internal sealed record FakeComment(long Id, int PullRequest, string Author, string Body, DateTimeOffset CreatedAt);

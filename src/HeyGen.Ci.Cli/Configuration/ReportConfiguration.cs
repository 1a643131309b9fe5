namespace HeyGen.Ci.Cli.Configuration;

/// <summary>How the result is reported.</summary>
internal sealed record ReportConfiguration
{
    /// <summary>The report's name; one sticky comment per pull request and name.</summary>
    public string Name { get; init; } = "heygen-ci";

    /// <summary>Whether to comment on the pull request when running inside GitHub Actions.</summary>
    public bool Comment { get; init; } = true;

    /// <summary>The login the sticky comment is found by.</summary>
    public string Author { get; init; } = "github-actions[bot]";
}

using System.ComponentModel;
using Spectre.Console.Cli;

namespace HeyGen.Ci.Cli.Commands;

/// <summary>Options of <c>heygen comment</c>.</summary>
internal sealed class CommentSettings : CommandSettings
{
    /// <summary>The run folder holding verdict.json and results/.</summary>
    [CommandOption("--run <DIR>")]
    [Description("The run folder holding verdict.json and results/.")]
    public string? Run { get; init; }

    /// <summary>The report's name: one sticky comment per pull request and name.</summary>
    [CommandOption("--report-name <NAME>")]
    [Description("The report's name; one comment per pull request and name (default heygen-ci).")]
    [DefaultValue("heygen-ci")]
    public string ReportName { get; init; } = "heygen-ci";

    /// <summary>The repository, owner/name; GITHUB_REPOSITORY by default.</summary>
    [CommandOption("--repository <OWNER/NAME>")]
    [Description("The repository, owner/name (default: GITHUB_REPOSITORY).")]
    public string? Repository { get; init; }

    /// <summary>The pull request number; the event's by default.</summary>
    [CommandOption("--pr <NUMBER>")]
    [Description("The pull request number (default: from the event payload).")]
    public int? PullRequest { get; init; }

    /// <summary>The GitHub API address; GITHUB_API_URL by default.</summary>
    [CommandOption("--api-url <URL>")]
    [Description("The GitHub API address (default: GITHUB_API_URL). Required with --publish outside Actions.")]
    public string? ApiUrl { get; init; }

    /// <summary>The environment variable that holds the token.</summary>
    [CommandOption("--token-env <NAME>")]
    [Description("The environment variable holding the token (default GITHUB_TOKEN).")]
    [DefaultValue("GITHUB_TOKEN")]
    public string TokenEnv { get; init; } = "GITHUB_TOKEN";

    /// <summary>The login the token comments as.</summary>
    [CommandOption("--author <LOGIN>")]
    [Description("The login the token comments as; only its comments are updated (default github-actions[bot]).")]
    [DefaultValue("github-actions[bot]")]
    public string Author { get; init; } = "github-actions[bot]";

    /// <summary>Write report.md, comment.md, the job summary and outputs, but publish nothing.</summary>
    [CommandOption("--no-publish")]
    [Description("Write report.md, comment.md, the job summary and the outputs, but publish nothing.")]
    public bool NoPublish { get; init; }

    /// <summary>Publish outside Actions too (needs --api-url).</summary>
    [CommandOption("--publish")]
    [Description("Publish outside GitHub Actions too; needs --api-url.")]
    public bool Publish { get; init; }
}

using System.ComponentModel;
using Spectre.Console.Cli;

namespace HeyGen.Ci.Cli.Commands;

/// <summary>Options of <c>heygen analyse</c>.</summary>
internal sealed class AnalyseSettings : CommandSettings
{
    /// <summary>Recording files or folders; repeat the option for several.</summary>
    [CommandOption("-s|--sessions <PATH>")]
    [Description("A recording file (HAR, access log) or a folder of them; repeat for several.")]
    public string[] Sessions { get; init; } = [];

    /// <summary>Where <c>analysis.json</c> and <c>flows.mmd</c> go; a new run folder when not
    /// given.</summary>
    [CommandOption("-o|--out <DIR>")]
    [Description("The folder for analysis.json and flows.mmd (default: a new run folder under .heygen/runs).")]
    public string? Out { get; init; }

    /// <summary>Print the analysis as JSON instead of the summary.</summary>
    [CommandOption("--json")]
    [Description("Print analysis.json to standard output instead of the summary.")]
    public bool Json { get; init; }

    /// <summary>Count static assets as behaviour.</summary>
    [CommandOption("--keep-static-assets")]
    [Description("Keep images, style sheets, scripts, fonts and HTML documents as behaviour.")]
    public bool KeepStaticAssets { get; init; }
}

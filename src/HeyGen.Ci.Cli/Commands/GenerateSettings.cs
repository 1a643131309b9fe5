using System.ComponentModel;
using Spectre.Console.Cli;

namespace HeyGen.Ci.Cli.Commands;

/// <summary>Options of <c>heygen generate</c>.</summary>
internal sealed class GenerateSettings : CommandSettings
{
    /// <summary>Recording files or folders; repeat the option for several.</summary>
    [CommandOption("-s|--sessions <PATH>")]
    [Description("A recording file (HAR, access log) or a folder of them; repeat for several.")]
    public string[] Sessions { get; init; } = [];

    /// <summary>The folder for the feature files.</summary>
    [CommandOption("-o|--out <DIR>")]
    [Description("The folder for the .feature files (default: features/ of a new run folder under .heygen/runs).")]
    public string? Out { get; init; }

    /// <summary>Where <c>analysis.json</c> goes.</summary>
    [CommandOption("--analysis <FILE>")]
    [Description("Where to write analysis.json (default: beside the features).")]
    public string? Analysis { get; init; }

    /// <summary>Keep static assets in scenarios.</summary>
    [CommandOption("--keep-static-assets")]
    [Description("Keep images, style sheets, scripts, fonts and HTML documents in scenarios.")]
    public bool KeepStaticAssets { get; init; }
}

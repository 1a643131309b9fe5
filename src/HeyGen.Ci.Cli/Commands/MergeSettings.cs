using System.ComponentModel;
using Spectre.Console.Cli;

namespace HeyGen.Ci.Cli.Commands;

/// <summary>Options of <c>heygen merge</c>.</summary>
internal sealed class MergeSettings : CommandSettings
{
    /// <summary>The run folder holding the shard results.</summary>
    [CommandOption("--run <DIR>")]
    [Description("Run folder whose results/<label>.shard-i-of-n.json files are combined.")]
    public string? Run { get; init; }

    /// <summary>The label to merge.</summary>
    [CommandOption("--label <LABEL>")]
    [Description("Label to merge (default candidate).")]
    [DefaultValue("candidate")]
    public string Label { get; init; } = "candidate";
}

using System.ComponentModel;
using Spectre.Console.Cli;

namespace HeyGen.Ci.Cli.Commands;

/// <summary>Options of <c>heygen sweep</c>.</summary>
internal sealed class SweepSettings : CommandSettings
{
    /// <summary>
    /// One run whose resources to remove, whoever created them; every run whose owner is gone when not set.
    /// </summary>
    [CommandOption("--run-id <ID>")]
    [Description("Remove every container, image and network of this run (by its label), whoever started it. " +
        "Without it, only what processes that are gone left behind is removed.")]
    public string? RunId { get; init; }
}

using System.ComponentModel;
using Spectre.Console.Cli;

namespace HeyGen.Ci.Cli.Commands;

/// <summary>Options of <c>heygen run</c>.</summary>
internal sealed class RunSettings : CommandSettings
{
    /// <summary>The folder of feature files.</summary>
    [CommandOption("--features <DIR>")]
    [Description("Folder of .feature files (default: the run folder's features/).")]
    public string? Features { get; init; }

    /// <summary>The base address to run against.</summary>
    [CommandOption("--target <URL>")]
    [Description("Base address of the system under test, e.g. http://127.0.0.1:8080.")]
    public string? Target { get; init; }

    /// <summary>Scenarios run at once.</summary>
    [CommandOption("--parallel <N>")]
    [Description("How many scenarios run at once (default 4).")]
    [DefaultValue(4)]
    public int Parallel { get; init; } = 4;

    /// <summary>The shard, <c>i/n</c>.</summary>
    [CommandOption("--shard <I/N>")]
    [Description("Run only shard i of n (by a stable hash of the scenario id); write results/<label>.shard-i-of-n.json.")]
    public string? Shard { get; init; }

    /// <summary>The label of the target.</summary>
    [CommandOption("--label <LABEL>")]
    [Description("Label of this target: candidate (default), baseline, baseline-2.")]
    [DefaultValue("candidate")]
    public string Label { get; init; } = "candidate";

    /// <summary>The run folder.</summary>
    [CommandOption("--run <DIR>")]
    [Description("Run folder to write into (default: a new .heygen/runs/<id>).")]
    public string? Run { get; init; }

    /// <summary>Retries of a failed scenario.</summary>
    [CommandOption("--retries <N>")]
    [Description("Run a failed scenario again up to N times; a later pass marks it flaky (default 0).")]
    [DefaultValue(0)]
    public int Retries { get; init; }

    /// <summary>Request timeout in seconds.</summary>
    [CommandOption("--timeout <SECONDS>")]
    [Description("How long one request may take before it counts as unanswered (default 30).")]
    [DefaultValue(30.0)]
    public double Timeout { get; init; } = 30;

    /// <summary>Environment parameters, <c>NAME=VALUE</c>.</summary>
    [CommandOption("--env <NAME=VALUE>")]
    [Description("A value for ${env:NAME} in the features; repeat for more.")]
    public string[] Env { get; init; } = [];
}

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
    [Description("Run only shard i of n (by a stable hash of the scenario id); "
        + "write results/<label>.shard-i-of-n.json.")]
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

    [CommandOption("--image <IMAGE>")]
    [Description("Start the candidate from this image in Docker (never pulled unless --allow-pull).")]
    public string? Image { get; init; }

    [CommandOption("--dockerfile <FILE>")]
    [Description("Build the candidate from this Dockerfile (context: --context, default its folder).")]
    public string? Dockerfile { get; init; }

    [CommandOption("--context <DIR>")]
    [Description("Build context of --dockerfile.")]
    public string? Context { get; init; }

    [CommandOption("--build-arg <NAME=VALUE>")]
    [Description("A build argument of --dockerfile; repeat for more.")]
    public string[] BuildArgs { get; init; } = [];

    [CommandOption("--baseline-image <IMAGE>")]
    [Description("Also start the baseline from this image and run the same features against it, kept apart.")]
    public string? BaselineImage { get; init; }

    [CommandOption("--noise-run")]
    [Description("Start a second baseline, whose spread against the first is the noise floor.")]
    public bool NoiseRun { get; init; }

    [CommandOption("--port <PORT>")]
    [Description("The port the app listens on inside the container (default 8080).")]
    [DefaultValue(8080)]
    public int Port { get; init; } = 8080;

    [CommandOption("--ready-path <PATH>")]
    [Description("Ready when GET PATH answers below 500 (default /).")]
    public string? ReadyPath { get; init; }

    [CommandOption("--ready-log <REGEX>")]
    [Description("Ready when a log line matches REGEX, instead of the HTTP probe.")]
    public string? ReadyLog { get; init; }

    [CommandOption("--ready-healthcheck")]
    [Description("Ready when the image's healthcheck says healthy, instead of the HTTP probe.")]
    public bool ReadyHealthcheck { get; init; }

    [CommandOption("--ready-timeout <SECONDS>")]
    [Description("How long to wait until ready (default 60).")]
    [DefaultValue(60)]
    public int ReadyTimeout { get; init; } = 60;

    [CommandOption("--container-env <NAME=VALUE>")]
    [Description("An environment variable of the containers; repeat for more.")]
    public string[] ContainerEnv { get; init; } = [];

    [CommandOption("--allow-pull")]
    [Description("Pull an image that is not present locally (off by default: the product never pulls by itself).")]
    public bool AllowPull { get; init; }
}

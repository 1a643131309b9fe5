using System.ComponentModel;
using Spectre.Console.Cli;

namespace HeyGen.Ci.Cli.Commands;

/// <summary>Options of <c>heygen ci</c>; each overrides the same setting of <c>heygen.json</c>.</summary>
internal sealed class CiSettings : CommandSettings
{
    [CommandOption("--config <FILE>")]
    [Description("The configuration file. Default: heygen.json in the working directory.")]
    public string? Config { get; init; }

    [CommandOption("--sessions <PATH>")]
    [Description("Recordings (HAR files, access logs, folders of them). Repeat for more.")]
    public string[] Sessions { get; init; } = [];

    [CommandOption("--features <DIR>")]
    [Description("Use these feature files instead of generating them.")]
    public string? Features { get; init; }

    [CommandOption("--run <DIR>")]
    [Description("The run folder. Default: a new folder under .heygen/runs.")]
    public string? Run { get; init; }

    [CommandOption("--image <IMAGE>")]
    [Description("The candidate image (the pull request's build).")]
    public string? Image { get; init; }

    [CommandOption("--dockerfile <FILE>")]
    [Description("Build the candidate from this Dockerfile.")]
    public string? Dockerfile { get; init; }

    [CommandOption("--context <DIR>")]
    [Description("The candidate's build context. Default: the Dockerfile's folder.")]
    public string? Context { get; init; }

    [CommandOption("--candidate-build-arg <NAME=VALUE>")]
    [Description("A build argument of the candidate's image. Repeat for more.")]
    public string[] CandidateBuildArgs { get; init; } = [];

    [CommandOption("--candidate-env <NAME=VALUE>")]
    [Description("An environment variable of the candidate's container or process. Repeat for more.")]
    public string[] CandidateEnvironment { get; init; } = [];

    [CommandOption("--target <URL>")]
    [Description("Run against an address already serving the candidate; nothing is started.")]
    public string? Target { get; init; }

    [CommandOption("--baseline-image <IMAGE>")]
    [Description("The baseline image (the base branch's build).")]
    public string? BaselineImage { get; init; }

    [CommandOption("--baseline-dockerfile <FILE>")]
    [Description("Build the baseline from this Dockerfile.")]
    public string? BaselineDockerfile { get; init; }

    [CommandOption("--baseline-build-arg <NAME=VALUE>")]
    [Description("A build argument of the baseline's image. Repeat for more.")]
    public string[] BaselineBuildArgs { get; init; } = [];

    [CommandOption("--baseline-env <NAME=VALUE>")]
    [Description("An environment variable of the baseline's container or process. Repeat for more.")]
    public string[] BaselineEnvironment { get; init; } = [];

    [CommandOption("--baseline-target <URL>")]
    [Description("Run the baseline against an address already serving it.")]
    public string? BaselineTarget { get; init; }

    [CommandOption("--no-baseline")]
    [Description("Compare with the recording only (shapes and statuses; latency is then inconclusive).")]
    public bool NoBaseline { get; init; }

    [CommandOption("--noise-run")]
    [Description("Run the baseline twice; the spread of the two is the noise floor.")]
    public bool? NoiseRun { get; init; }

    [CommandOption("--no-docker")]
    [Description("Start the system under test as a local process (the target's localCommand) instead of in Docker.")]
    public bool NoDocker { get; init; }

    [CommandOption("--parallel <N>")]
    [Description("Scenarios run at once.")]
    public int? Parallel { get; init; }

    [CommandOption("--retries <N>")]
    [Description("Re-runs of a failed scenario before the failure is final.")]
    public int? Retries { get; init; }

    [CommandOption("--model <FILE>")]
    [Description("A custom ONNX model with the product's input and output contract.")]
    public string? Model { get; init; }

    [CommandOption("--fail-threshold <SCORE>")]
    [Description("The anomaly score at or above which the gate fails.")]
    public double? FailThreshold { get; init; }

    [CommandOption("--warn-threshold <SCORE>")]
    [Description("The anomaly score at or above which the gate warns.")]
    public double? WarnThreshold { get; init; }

    [CommandOption("--fail-on <LEVEL>")]
    [Description("fail (default), warn (fail on warnings too), inconclusive (fail when undecided too), or never.")]
    public string? FailOn { get; init; }

    [CommandOption("--report-name <NAME>")]
    [Description("One sticky comment per pull request and report name.")]
    public string? ReportName { get; init; }

    [CommandOption("--no-comment")]
    [Description("Do not comment on the pull request, even inside GitHub Actions.")]
    public bool NoComment { get; init; }
}

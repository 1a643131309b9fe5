using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace HeyGen.Ci.Cli.Commands;

/// <summary>Options of <c>heygen gate</c>.</summary>
internal sealed class GateSettings : CommandSettings
{
    /// <summary>The scored run folder.</summary>
    [CommandOption("--run <DIR>")]
    [Description("The run folder that heygen score has scored.")]
    public string? Run { get; init; }

    /// <summary>Which decision makes the command exit 1.</summary>
    [CommandOption("--fail-on <fail|warn|never>")]
    [Description("Exit 1 on fail (default), on warn or fail, or never.")]
    [DefaultValue("fail")]
    public string FailOn { get; init; } = "fail";

    /// <summary>The exit code of an inconclusive verdict.</summary>
    [CommandOption("--inconclusive-exit <3|0|1>")]
    [Description("The exit code of an inconclusive verdict (default 3).")]
    [DefaultValue(3)]
    public int InconclusiveExit { get; init; } = 3;

    /// <summary>The model score at which the gate fails.</summary>
    [CommandOption("--fail-threshold <SCORE>")]
    [Description("The endpoint model score at or above which the gate fails (default 3.0).")]
    public double? FailThreshold { get; init; }

    /// <summary>The model score at which the gate warns.</summary>
    [CommandOption("--warn-threshold <SCORE>")]
    [Description("The endpoint model score at or above which the gate warns (default 2.0).")]
    public double? WarnThreshold { get; init; }

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        if (string.IsNullOrWhiteSpace(Run))
        {
            return ValidationResult.Error("--run <DIR> is required: the scored run folder.");
        }

        if (FailOn is not ("fail" or "warn" or "never"))
        {
            return ValidationResult.Error($"--fail-on is '{FailOn}'; give fail, warn or never.");
        }

        return InconclusiveExit is 0 or 1 or 3
            ? ValidationResult.Success()
            : ValidationResult.Error($"--inconclusive-exit is {InconclusiveExit}; give 3, 0 or 1.");
    }
}

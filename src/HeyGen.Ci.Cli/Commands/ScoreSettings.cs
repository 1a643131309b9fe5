using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace HeyGen.Ci.Cli.Commands;

/// <summary>Options of <c>heygen score</c>.</summary>
internal sealed class ScoreSettings : CommandSettings
{
    /// <summary>The run folder holding results/candidate.json.</summary>
    [CommandOption("--run <DIR>")]
    [Description("The run folder holding results/candidate.json (and results/baseline*.json).")]
    public string? Run { get; init; }

    /// <summary>A team's own ONNX model.</summary>
    [CommandOption("--model <ONNX>")]
    [Description("A team's own ONNX model: input X float[N,16], output score float[N]. "
        + "Default: fitted from the baseline.")]
    public string? Model { get; init; }

    /// <summary>Earlier base-branch result files to compare with.</summary>
    [CommandOption("--baseline <RESULT>")]
    [Description("Earlier base-branch result files (heygen.result/v1) to use as the baseline; repeat for more.")]
    public string[] Baseline { get; init; } = [];

    /// <summary>The execution provider to ask for.</summary>
    [CommandOption("--provider <auto|cpu>")]
    [Description("auto tries CUDA and falls back to CPU; cpu does not try CUDA.")]
    [DefaultValue("auto")]
    public string Provider { get; init; } = "auto";

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        if (string.IsNullOrWhiteSpace(Run))
        {
            return ValidationResult.Error("--run <DIR> is required: the run folder to score.");
        }

        return Provider is "auto" or "cpu"
            ? ValidationResult.Success()
            : ValidationResult.Error($"--provider is '{Provider}'; give auto or cpu.");
    }
}

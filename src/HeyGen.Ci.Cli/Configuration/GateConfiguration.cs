namespace HeyGen.Ci.Cli.Configuration;

/// <summary>How the gate decides and exits.</summary>
internal sealed record GateConfiguration
{
    /// <summary>The anomaly score at or above which the gate fails; null for the model's default.</summary>
    public double? FailThreshold { get; init; }

    /// <summary>The anomaly score at or above which the gate warns; null for the model's default.</summary>
    public double? WarnThreshold { get; init; }

    /// <summary><c>fail</c> (default), <c>warn</c> (warnings fail too), <c>inconclusive</c> or <c>never</c>.</summary>
    public string FailOn { get; init; } = "fail";

    /// <summary>The exit code of an inconclusive verdict: 3 (default), 0 or 1.</summary>
    public int InconclusiveExit { get; init; } = 3;

    /// <summary>A custom ONNX model with the product's input and output contract.</summary>
    public string? Model { get; init; }
}

namespace HeyGen.Ci.Cli.Configuration;

/// <summary>How the features run.</summary>
internal sealed record RunConfiguration
{
    /// <summary>Scenarios run at once.</summary>
    public int Parallel { get; init; } = 4;

    /// <summary>Re-runs of a failed scenario before its failure is final; a later pass is flaky.</summary>
    public int Retries { get; init; } = 1;

    /// <summary>Per-request timeout in seconds.</summary>
    public int TimeoutSeconds { get; init; } = 30;

    /// <summary>
    /// Values for <c>${env:NAME}</c> parameters when the environment has none; for demo credentials only: real
    /// secrets come from the environment (CI secrets).
    /// </summary>
    public IReadOnlyDictionary<string, string> Parameters { get; init; } = new Dictionary<string, string>();

    /// <summary>Generated features to use instead of generating them from the sessions.</summary>
    public string? Features { get; init; }
}

namespace HeyGen.Ci.EndToEnd.Tests.Support;

/// <summary>What one <c>heygen</c> or <c>docker</c> invocation printed and how it exited.</summary>
/// <param name="ExitCode">The exit code.</param>
/// <param name="Output">Standard output and standard error, interleaved as they came.</param>
internal sealed record ToolRun(int ExitCode, string Output)
{
    /// <inheritdoc />
    public override string ToString() => $"exit {ExitCode}{Environment.NewLine}{Output}";
}

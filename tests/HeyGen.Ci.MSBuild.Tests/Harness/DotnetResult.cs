namespace HeyGen.Ci.MSBuild.Tests.Harness;

/// <summary>What one <c>dotnet</c> command did: its exit code and everything it printed.</summary>
internal sealed record DotnetResult(string Command, int ExitCode, string Output, TimeSpan Elapsed)
{
    public override string ToString()
        => $"dotnet {Command} exited {ExitCode} after {Elapsed.TotalSeconds:F1}s\n{Output}";
}

namespace HeyGen.Ci.Core;

/// <summary>The exit codes every <c>heygen</c> command uses (the table in <c>docs/contracts.md</c>).</summary>
public static class ExitCodes
{
    /// <summary>The command did its work and found nothing wrong.</summary>
    public const int Success = 0;

    /// <summary>The command completed with findings: inputs rejected, scenarios failed, the gate failed.</summary>
    public const int Findings = 1;

    /// <summary>The command line was wrong: unknown option, missing argument, bad value.</summary>
    public const int Usage = 2;

    /// <summary>The result is inconclusive: too few samples, measurements errored.</summary>
    public const int Inconclusive = 3;

    /// <summary>Something the command needs is missing from the environment, such as a Docker engine.</summary>
    public const int EnvironmentMissing = 4;

    /// <summary>The command was cancelled (SIGINT or SIGTERM) and cleaned up.</summary>
    public const int Cancelled = 130;
}

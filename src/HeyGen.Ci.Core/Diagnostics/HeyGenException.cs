namespace HeyGen.Ci.Core.Diagnostics;

/// <summary>A failure that carries a coded diagnostic, for errors that end a stage.</summary>
public sealed class HeyGenException : Exception
{
    /// <summary>Creates the exception from the diagnostic it reports.</summary>
    /// <param name="diagnostic">The diagnostic to show.</param>
    /// <param name="inner">The exception that caused it, if any.</param>
    /// <param name="exitCode">The exit code a command ends with (see <see cref="ExitCodes"/>).</param>
    public HeyGenException(Diagnostic diagnostic, Exception? inner = null, int exitCode = ExitCodes.Findings)
        : base(diagnostic.ToString(), inner)
    {
        Diagnostic = diagnostic;
        ExitCode = exitCode;
    }

    /// <summary>The diagnostic to show the user.</summary>
    public Diagnostic Diagnostic { get; }

    /// <summary>The exit code a command ends with when this ends it.</summary>
    public int ExitCode { get; }
}

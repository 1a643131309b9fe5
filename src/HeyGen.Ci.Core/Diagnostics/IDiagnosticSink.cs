namespace HeyGen.Ci.Core.Diagnostics;

/// <summary>Receives diagnostics as a stage finds them, so the stage can go on with the rest of its input.</summary>
public interface IDiagnosticSink
{
    /// <summary>Reports one diagnostic. Never throws.</summary>
    void Report(Diagnostic diagnostic);
}

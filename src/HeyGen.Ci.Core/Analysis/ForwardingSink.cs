using HeyGen.Ci.Core.Diagnostics;

namespace HeyGen.Ci.Core.Analysis;

/// <summary>Passes diagnostics on and keeps them for <c>analysis.json</c>; a later pass reads without
/// reporting.</summary>
internal sealed class ForwardingSink(IDiagnosticSink? next) : IDiagnosticSink
{
    private readonly Lock _gate = new();
    private readonly List<Diagnostic> _kept = [];

    /// <summary>A sink that drops everything, for the passes after the first.</summary>
    public static IDiagnosticSink Silent { get; } = new ForwardingSink(null);

    /// <summary>What was reported, in order.</summary>
    public IReadOnlyList<Diagnostic> Kept
    {
        get
        {
            lock (_gate)
            {
                return [.. _kept];
            }
        }
    }

    /// <inheritdoc />
    public void Report(Diagnostic diagnostic)
    {
        if (next is null)
        {
            return;
        }

        lock (_gate)
        {
            _kept.Add(diagnostic);
        }

        next.Report(diagnostic);
    }
}

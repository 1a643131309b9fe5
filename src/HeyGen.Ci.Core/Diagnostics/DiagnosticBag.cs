namespace HeyGen.Ci.Core.Diagnostics;

/// <summary>A thread-safe sink that keeps every diagnostic in the order reported.</summary>
public sealed class DiagnosticBag : IDiagnosticSink
{
    private readonly Lock _gate = new();
    private readonly List<Diagnostic> _items = [];

    /// <summary>A snapshot of what was reported so far.</summary>
    public IReadOnlyList<Diagnostic> Items
    {
        get
        {
            lock (_gate)
            {
                return [.. _items];
            }
        }
    }

    /// <summary>Whether any error was reported.</summary>
    public bool HasErrors => Items.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <inheritdoc />
    public void Report(Diagnostic diagnostic)
    {
        lock (_gate)
        {
            _items.Add(diagnostic);
        }
    }
}

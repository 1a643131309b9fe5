namespace HeyGen.Ci.Core.Results;

/// <summary>Counts of what the system under test logged, and its last lines.</summary>
public sealed record LogSummary
{
    /// <summary>Lines written to stdout.</summary>
    public int StdoutLines { get; init; }

    /// <summary>Lines written to stderr.</summary>
    public int StderrLines { get; init; }

    /// <summary>
    /// Lines that look like errors (<c>error</c>, <c>fail</c>, <c>exception</c>, <c>fatal</c>) on either stream.
    /// </summary>
    public int ErrorLines { get; init; }

    /// <summary>The last lines, for the report.</summary>
    public IReadOnlyList<string> LastLines { get; init; } = [];
}

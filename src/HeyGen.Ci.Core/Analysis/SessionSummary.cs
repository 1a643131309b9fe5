namespace HeyGen.Ci.Core.Analysis;

/// <summary>One recorded session as the analysis saw it.</summary>
public sealed record SessionSummary
{
    /// <summary>The session id (file name plus page, client or sequence).</summary>
    public required string Id { get; init; }

    /// <summary>The recording file it came from.</summary>
    public required string Source { get; init; }

    /// <summary>Every exchange recorded in it.</summary>
    public int Exchanges { get; init; }

    /// <summary>The exchanges that are user behaviour (the steps of its scenario).</summary>
    public int Steps { get; init; }

    /// <summary>The host the session's behaviour went to; requests to other hosts are left out.</summary>
    public string? Host { get; init; }

    /// <summary>The rank of the session's flow (1 = most frequent), when a scenario covers it.</summary>
    public int? Flow { get; init; }
}

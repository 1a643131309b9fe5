using System.Security.Cryptography;
using System.Text;

namespace HeyGen.Ci.Core.Analysis;

/// <summary>What the analysis keeps of one session while streaming: its calls, not its exchanges.</summary>
internal sealed class SessionTrace : IDisposable
{
    private readonly IncrementalHash _shape = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly Func<string, string> _intern;

    /// <summary>Starts the trace of a session.</summary>
    public SessionTrace(string id, string source, Func<string, string> intern)
    {
        Id = id;
        Source = source;
        _intern = intern;
        Tracker = new CorrelationTracker(intern);
    }

    /// <summary>The session id.</summary>
    public string Id { get; }

    /// <summary>The recording file.</summary>
    public string Source { get; }

    /// <summary>Every exchange recorded.</summary>
    public int Exchanges { get; set; }

    /// <summary>The host most behaviour went to.</summary>
    public string? Host { get; set; }

    /// <summary>Behaviour exchanges per host, during the first pass.</summary>
    public Dictionary<string, int> HostCounts { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The endpoints called, in order.</summary>
    public List<string> Endpoints { get; } = [];

    /// <summary>The values its responses issued.</summary>
    public CorrelationTracker Tracker { get; private set; }

    /// <summary>How many times each exact request was made so far.</summary>
    public Dictionary<string, int> Occurrences { get; } = new(StringComparer.Ordinal);

    /// <summary>Adds one call to the session's shape: what it sent, where, and the status it got.</summary>
    public void AddStep(string step)
    {
        _shape.AppendData(Encoding.UTF8.GetBytes(step + "\n"));
    }

    /// <summary>The shape: equal for sessions that differ at most in route parameter values.</summary>
    public string Shape() => Convert.ToHexString(_shape.GetHashAndReset());

    /// <inheritdoc />
    public void Dispose() => _shape.Dispose();
}

namespace HeyGen.Ci.Core.Ingest;

/// <summary>
/// Gives each HAR entry its session id: the file's stem and the page id where the entry names a page, else the
/// stem and a sequence number that moves on at every pause longer than the idle gap (one session per file
/// when no entry has a start time).
/// </summary>
internal sealed class HarSessions
{
    private readonly string _stem;
    private readonly TimeSpan _idleGap;
    private DateTimeOffset? _lastStart;
    private int _sequence;

    public HarSessions(string path, TimeSpan idleGap)
    {
        _stem = SessionIds.Stem(path);
        _idleGap = idleGap;
    }

    public string Assign(string? pageRef, DateTimeOffset? startedAt)
    {
        if (!string.IsNullOrWhiteSpace(pageRef))
        {
            return SessionIds.Make(_stem, pageRef);
        }

        if (_sequence == 0 || (startedAt - _lastStart) > _idleGap)
        {
            _sequence++;
        }

        if (startedAt is not null)
        {
            _lastStart = startedAt;
        }

        return SessionIds.Make(_stem, _sequence.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}

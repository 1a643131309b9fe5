using System.Globalization;

namespace HeyGen.Ci.Core.Ingest;

/// <summary>
/// Sessions of an access log: one client is an address and a user agent, and a pause longer than the idle
/// gap starts its next session. Ids are the file's stem, the address and a number counted over the file
/// (<c>access/192.0.2.10-1</c>).
/// </summary>
internal sealed class AccessLogSessions
{
    private readonly string _stem;
    private readonly TimeSpan _idleGap;
    private readonly Dictionary<(string Address, string? Agent), (string Id, DateTimeOffset Last)> _open = [];
    private int _count;

    public AccessLogSessions(string path, TimeSpan idleGap)
    {
        _stem = SessionIds.Stem(path);
        _idleGap = idleGap;
    }

    public string Assign(string address, string? userAgent, DateTimeOffset time)
    {
        var key = (address, userAgent);
        if (!_open.TryGetValue(key, out var session) || time - session.Last > _idleGap)
        {
            var number = (++_count).ToString(CultureInfo.InvariantCulture);
            session = (SessionIds.Make(_stem, address + "-" + number), time);
        }

        _open[key] = (session.Id, time > session.Last ? time : session.Last);
        return session.Id;
    }
}

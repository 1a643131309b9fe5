using System.Text.RegularExpressions;

namespace HeyGen.Ci.Docker;

/// <summary>How to decide that the system under test is ready; create one with the static methods.</summary>
public sealed record ReadinessCheck
{
    private ReadinessCheck(ReadinessKind kind)
    {
        Kind = kind;
    }

    /// <summary>Ready as soon as the container runs.</summary>
    public static ReadinessCheck None { get; } = new(ReadinessKind.None);

    /// <summary>Which kind of check this is.</summary>
    public ReadinessKind Kind { get; }

    /// <summary>The path probed by an HTTP check, starting with <c>/</c>.</summary>
    public string Path { get; init; } = "/";

    /// <summary>The statuses an HTTP check accepts; any status under 500 when empty.</summary>
    public IReadOnlySet<int> AcceptedStatuses { get; init; } = new HashSet<int>();

    /// <summary>A shell command for the healthcheck, replacing the image's; the image's when not set.</summary>
    public string? HealthcheckCommand { get; init; }

    /// <summary>
    /// For a healthcheck command given here: how long failures do not count (the ready timeout when not set),
    /// after which three failures in a row make the container unhealthy.
    /// </summary>
    public TimeSpan? StartPeriod { get; init; }

    /// <summary>The pattern a log line check waits for.</summary>
    public Regex? Pattern { get; init; }

    /// <summary>How often an HTTP or healthcheck probe runs.</summary>
    public TimeSpan Interval { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>An HTTP GET on <paramref name="path"/> answering under 500, or with a given status.</summary>
    /// <param name="path">The path to probe.</param>
    /// <param name="acceptedStatuses">Statuses that mean ready; any under 500 when none are given.</param>
    public static ReadinessCheck Http(string path, params int[] acceptedStatuses) => new(ReadinessKind.Http)
    {
        Path = path.StartsWith('/') ? path : "/" + path,
        AcceptedStatuses = acceptedStatuses.ToHashSet(),
    };

    /// <summary>The container's healthcheck reports healthy.</summary>
    /// <param name="command">A shell command to use as healthcheck instead of the image's.</param>
    /// <param name="startPeriod">How long failures of <paramref name="command"/> do not count.</param>
    public static ReadinessCheck Healthcheck(string? command = null, TimeSpan? startPeriod = null)
        => new(ReadinessKind.Healthcheck)
        {
            HealthcheckCommand = command,
            StartPeriod = startPeriod,
        };

    /// <summary>A line of stdout or stderr matches <paramref name="pattern"/>.</summary>
    /// <param name="pattern">A .NET regular expression.</param>
    public static ReadinessCheck LogLine(string pattern) => new(ReadinessKind.LogLine)
    {
        Pattern = new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)),
    };

    /// <summary>A short description for messages: <c>HTTP GET /health</c>, <c>log line /listening/</c>.</summary>
    public override string ToString() => Kind switch
    {
        ReadinessKind.Http => $"HTTP GET {Path}",
        ReadinessKind.Healthcheck => HealthcheckCommand is null
            ? "the image's healthcheck"
            : $"healthcheck '{HealthcheckCommand}'",
        ReadinessKind.LogLine => $"log line /{Pattern}/",
        _ => "container running",
    };
}

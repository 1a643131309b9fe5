namespace HeyGen.Ci.Docker;

/// <summary>
/// What to run as the system under test: an image, or a Dockerfile and context to build one from, and how
/// to run, reach and watch the container. Either <see cref="Image"/> or <see cref="Dockerfile"/> is set.
/// </summary>
public sealed record ContainerSpec
{
    /// <summary>An image present on the engine (it is only pulled when <see cref="AllowPull"/> is set).</summary>
    public string? Image { get; init; }

    /// <summary>A Dockerfile to build the image from, for this run only.</summary>
    public string? Dockerfile { get; init; }

    /// <summary>The build context folder; the Dockerfile's folder when not set.</summary>
    public string? BuildContext { get; init; }

    /// <summary>Build arguments (<c>--build-arg</c>); they also resolve <c>ARG</c>s in <c>FROM</c> lines.</summary>
    public IReadOnlyDictionary<string, string> BuildArgs { get; init; } = new Dictionary<string, string>();

    /// <summary>Environment variables of the container.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    /// <summary>The command, replacing the image's <c>CMD</c>; the image's when not set.</summary>
    public IReadOnlyList<string>? Command { get; init; }

    /// <summary>The port the application listens on inside the container (TCP).</summary>
    public int ContainerPort { get; init; } = 8080;

    /// <summary>How to tell that the application is ready.</summary>
    public ReadinessCheck Readiness { get; init; } = ReadinessCheck.Http("/");

    /// <summary>How long to wait for readiness after the container starts.</summary>
    public TimeSpan ReadyTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Memory limit in bytes; unlimited when not set.</summary>
    public long? MemoryBytes { get; init; }

    /// <summary>CPU limit in cores (<c>--cpus</c>); unlimited when not set.</summary>
    public double? Cpus { get; init; }

    /// <summary>Whether a missing image (or base image of a Dockerfile) may be pulled. Never implied.</summary>
    public bool AllowPull { get; init; }

    /// <summary>
    /// Where to write <c>&lt;label&gt;.stdout.log</c> and <c>&lt;label&gt;.stderr.log</c>; no files when not set
    /// (counts and last lines are kept either way).
    /// </summary>
    public string? LogFolder { get; init; }

    /// <summary>How many of the last log lines to keep for reports and errors.</summary>
    public int LastLogLines { get; init; } = 40;

    /// <summary>How often CPU and memory are sampled while the container runs.</summary>
    public TimeSpan StatsInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>How long the application gets to stop after SIGTERM before it is killed.</summary>
    public TimeSpan StopTimeout { get; init; } = TimeSpan.FromSeconds(5);
}

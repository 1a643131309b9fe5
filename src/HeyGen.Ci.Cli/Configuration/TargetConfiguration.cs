namespace HeyGen.Ci.Cli.Configuration;

/// <summary>
/// One system under test: an image, a Dockerfile to build (after an optional <c>dotnet publish</c> on the host),
/// a local command for <c>--no-docker</c>, or an address someone else started.
/// </summary>
internal sealed record TargetConfiguration
{
    /// <summary>An image to start; never pulled unless <see cref="AllowPull"/>.</summary>
    public string? Image { get; init; }

    /// <summary>A Dockerfile to build the image from.</summary>
    public string? Dockerfile { get; init; }

    /// <summary>The build context; default the Dockerfile's folder.</summary>
    public string? Context { get; init; }

    /// <summary>Build arguments.</summary>
    public IReadOnlyDictionary<string, string> BuildArgs { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// A project to <c>dotnet publish</c> on the host into <c>&lt;context&gt;/publish</c> before the build, since .NET
    /// images copy in what the host published.
    /// </summary>
    public string? Publish { get; init; }

    /// <summary>Where <see cref="Publish"/> writes, relative to the context (what the Dockerfile copies).</summary>
    public string PublishOutput { get; init; } = "bin/publish";

    /// <summary>Environment variables for the container or process.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    /// <summary>The port the app listens on inside the container.</summary>
    public int Port { get; init; } = 8080;

    /// <summary>The path an HTTP readiness probe asks; null to rely on the image's healthcheck.</summary>
    public string? ReadyPath { get; init; } = "/";

    /// <summary>A log line (regular expression) that says the app is ready, instead of a probe.</summary>
    public string? ReadyLogLine { get; init; }

    /// <summary>How long to wait until ready.</summary>
    public int ReadyTimeoutSeconds { get; init; } = 60;

    /// <summary>Whether an image missing locally may be pulled.</summary>
    public bool AllowPull { get; init; }

    /// <summary>
    /// The command that starts the app as a local process for <c>--no-docker</c>; <c>{port}</c> is replaced by a
    /// free port on 127.0.0.1.
    /// </summary>
    public IReadOnlyList<string>? LocalCommand { get; init; }

    /// <summary>An address already serving the app; nothing is started.</summary>
    public string? Url { get; init; }
}

namespace HeyGen.Ci.Docker;

/// <summary>How readiness of a container is decided.</summary>
public enum ReadinessKind
{
    /// <summary>Ready as soon as it runs.</summary>
    None,

    /// <summary>An HTTP GET on the published port answers with an accepted status.</summary>
    Http,

    /// <summary>The container's healthcheck (the image's, or one given here) reports healthy.</summary>
    Healthcheck,

    /// <summary>A line matching a regular expression appears in its output.</summary>
    LogLine,
}

namespace HeyGen.Ci.Core.Ingest;

/// <summary>Why a recorded URL gives no address to replay against.</summary>
internal enum HarUrlProblem
{
    /// <summary>The URL is usable.</summary>
    None,

    /// <summary>Missing, malformed, or relative with no header that names the server.</summary>
    Invalid,

    /// <summary>Another scheme: <c>data:</c>, <c>blob:</c>, <c>chrome-extension:</c>, ….</summary>
    NotHttp,
}

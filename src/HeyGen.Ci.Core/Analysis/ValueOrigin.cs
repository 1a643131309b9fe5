namespace HeyGen.Ci.Core.Analysis;

/// <summary>Where in a response a reusable value was issued.</summary>
internal enum ValueOrigin
{
    /// <summary>A field of the JSON body.</summary>
    Json,

    /// <summary>A response header.</summary>
    Header,

    /// <summary>A cookie the response set.</summary>
    Cookie,
}

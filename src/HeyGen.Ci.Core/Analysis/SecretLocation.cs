namespace HeyGen.Ci.Core.Analysis;

/// <summary>Where in a request a secret was found.</summary>
public enum SecretLocation
{
    /// <summary>A request header (<c>Authorization</c>, <c>X-Api-Key</c>, …).</summary>
    Header,

    /// <summary>A cookie sent with the request that no earlier response of the session set.</summary>
    Cookie,

    /// <summary>A query parameter (<c>api_key</c>, <c>token</c>, …).</summary>
    Query,

    /// <summary>A field of the request body (<c>password</c>, at any depth).</summary>
    Body,
}

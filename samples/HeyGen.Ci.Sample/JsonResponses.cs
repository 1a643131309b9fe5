using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace HeyGen.Ci.Sample;

/// <summary>JSON responses with an entity tag, answered with 304 when the client already has them.</summary>
internal static class JsonResponses
{
    public const string JsonContentType = "application/json; charset=utf-8";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    // The larger-response seed: the same values in the same shape, written with wide indentation, as a changed
    // serializer setting would; only the bytes grow.
    private static readonly JsonSerializerOptions PaddedOptions = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        IndentSize = 40,
    };

    /// <summary>
    /// Writes <paramref name="body"/> with a strong ETag taken from its bytes. Responses say
    /// <c>no-cache</c>: a client may keep them but must ask again, which is what makes the tag useful.
    /// </summary>
    public static IResult WithEntityTag(
        HttpContext context, JsonNode body, int status = StatusCodes.Status200OK, bool padded = false)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(body, padded ? PaddedOptions : Options);
        var tag = "\"" + Convert.ToHexStringLower(SHA256.HashData(bytes).AsSpan(0, 8)) + "\"";
        context.Response.Headers.ETag = tag;
        context.Response.Headers.CacheControl = "no-cache";

        if (context.Request.Headers.IfNoneMatch.Contains(tag))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        return Results.Text(bytes, JsonContentType, status);
    }

    /// <summary>Writes <paramref name="body"/> as JSON without caching headers.</summary>
    public static IResult Plain(JsonNode body, int status = StatusCodes.Status200OK) =>
        Results.Text(JsonSerializer.SerializeToUtf8Bytes(body, Options), JsonContentType, status);
}

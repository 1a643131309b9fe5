using System.Text;
using System.Text.Json;

namespace HeyGen.Ci.Steps.Http;

/// <summary>The last response of a scenario, as the expectation and capture steps read it.</summary>
internal sealed class ResponseSnapshot
{
    private readonly Lazy<JsonDocument?> _json;

    public ResponseSnapshot(int status, ILookup<string, string> headers, string? contentType, byte[] body)
    {
        Status = status;
        Headers = headers;
        ContentType = contentType;
        Body = body;
        _json = new Lazy<JsonDocument?>(ParseJson);
    }

    public int Status { get; }

    /// <summary>Response and content headers, by case-insensitive name.</summary>
    public ILookup<string, string> Headers { get; }

    public string? ContentType { get; }

    public byte[] Body { get; }

    /// <summary>The body as JSON, or null when it is not JSON.</summary>
    public JsonDocument? Json => _json.Value;

    /// <summary>The start of the body as text, for messages.</summary>
    public string Preview()
    {
        var text = Encoding.UTF8.GetString(Body, 0, Math.Min(Body.Length, 200));

        return Body.Length > 200 ? text + "…" : text;
    }

    private JsonDocument? ParseJson()
    {
        if (Body.Length == 0)
        {
            return null;
        }

        try
        {
            return JsonDocument.Parse(Body);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

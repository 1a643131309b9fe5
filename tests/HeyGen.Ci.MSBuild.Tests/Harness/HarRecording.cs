using System.Text.Json;
using System.Text.Json.Nodes;

namespace HeyGen.Ci.MSBuild.Tests.Harness;

/// <summary>Writes HAR 1.2 recordings of the catalogue app, as a browser's devtools would export them.</summary>
internal static class HarRecording
{
    private static readonly JsonArray Products =
    [
        new JsonObject { ["id"] = 1, ["name"] = "Tea", ["price"] = 3.5 },
        new JsonObject { ["id"] = 2, ["name"] = "Coffee", ["price"] = 4.0 },
    ];

    /// <summary>A user who lists the products and opens the first one.</summary>
    public static string Browsing() => Har(
        Entry("/api/products", Products.DeepClone(), second: 1),
        Entry("/api/products/1", Products[0]!.DeepClone(), second: 2));

    /// <summary>A monitor that checks the health endpoint.</summary>
    public static string HealthCheck() => Har(
        Entry("/api/health", new JsonObject { ["status"] = "ok" }, second: 5));

    private static string Har(params JsonObject[] entries)
    {
        var har = new JsonObject
        {
            ["log"] = new JsonObject
            {
                ["version"] = "1.2",
                ["creator"] = new JsonObject { ["name"] = "HeyGen.Ci.MSBuild.Tests", ["version"] = "1" },
                ["entries"] = new JsonArray(entries),
            },
        };

        return har.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    private static JsonObject Entry(string path, JsonNode body, int second)
    {
        var text = body.ToJsonString();

        return new JsonObject
        {
            ["startedDateTime"] = $"2026-12-01T10:00:{second:00}.000Z",
            ["time"] = 12,
            ["request"] = new JsonObject
            {
                ["method"] = "GET",
                ["url"] = "http://127.0.0.1:5000" + path,
                ["httpVersion"] = "HTTP/1.1",
                ["headers"] = new JsonArray(Header("Accept", "application/json")),
                ["queryString"] = new JsonArray(),
                ["cookies"] = new JsonArray(),
                ["headersSize"] = -1,
                ["bodySize"] = 0,
            },
            ["response"] = new JsonObject
            {
                ["status"] = 200,
                ["statusText"] = "OK",
                ["httpVersion"] = "HTTP/1.1",
                ["headers"] = new JsonArray(Header("Content-Type", "application/json; charset=utf-8")),
                ["cookies"] = new JsonArray(),
                ["content"] = new JsonObject
                {
                    ["size"] = text.Length,
                    ["mimeType"] = "application/json; charset=utf-8",
                    ["text"] = text,
                },
                ["redirectURL"] = string.Empty,
                ["headersSize"] = -1,
                ["bodySize"] = text.Length,
            },
            ["cache"] = new JsonObject(),
            ["timings"] = new JsonObject { ["send"] = 1, ["wait"] = 10, ["receive"] = 1 },
        };
    }

    private static JsonObject Header(string name, string value) => new() { ["name"] = name, ["value"] = value };
}

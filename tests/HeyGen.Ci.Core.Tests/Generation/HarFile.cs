using System.Text.Json.Nodes;

namespace HeyGen.Ci.Core.Tests.Generation;

/// <summary>Writes small HAR files for tests: pages are sessions, entries are given as plain
/// values.</summary>
internal sealed class HarFile
{
    private readonly JsonArray _pages = [];
    private readonly JsonArray _entries = [];
    private DateTimeOffset _clock = new(2024, 5, 2, 10, 0, 0, TimeSpan.Zero);

    public HarFile Page(string id)
    {
        _pages.Add(new JsonObject
        {
            ["startedDateTime"] = _clock.ToString("O"),
            ["id"] = id,
            ["title"] = id,
            ["pageTimings"] = new JsonObject(),
        });

        return this;
    }

    public HarFile Entry(
        string page, string method, string url, int status, string? responseJson = null,
        string? requestBody = null, string requestType = "application/json", string responseType = "application/json",
        (string Name, string Value)[]? headers = null)
    {
        _clock = _clock.AddSeconds(1);
        var request = new JsonObject
        {
            ["method"] = method,
            ["url"] = url,
            ["httpVersion"] = "HTTP/1.1",
            ["cookies"] = new JsonArray(),
            ["headers"] = new JsonArray((headers ?? [])
                .Select(h => (JsonNode)new JsonObject { ["name"] = h.Name, ["value"] = h.Value })
                .ToArray()),
            ["queryString"] = new JsonArray(),
            ["headersSize"] = -1,
            ["bodySize"] = requestBody?.Length ?? 0,
        };
        if (requestBody is not null)
        {
            request["postData"] = new JsonObject { ["mimeType"] = requestType, ["text"] = requestBody };
        }

        var responseHeaders = new JsonArray();
        if (responseJson is not null)
        {
            responseHeaders.Add(new JsonObject { ["name"] = "Content-Type", ["value"] = responseType });
        }

        _entries.Add(new JsonObject
        {
            ["pageref"] = page,
            ["startedDateTime"] = _clock.ToString("O"),
            ["time"] = 10,
            ["request"] = request,
            ["response"] = new JsonObject
            {
                ["status"] = status,
                ["statusText"] = "",
                ["httpVersion"] = "HTTP/1.1",
                ["cookies"] = new JsonArray(),
                ["headers"] = responseHeaders,
                ["content"] = new JsonObject
                {
                    ["size"] = responseJson?.Length ?? 0,
                    ["mimeType"] = responseJson is null ? "x-unknown" : responseType,
                    ["text"] = responseJson ?? "",
                },
                ["redirectURL"] = "",
                ["headersSize"] = -1,
                ["bodySize"] = responseJson?.Length ?? 0,
            },
            ["cache"] = new JsonObject(),
            ["timings"] = new JsonObject { ["send"] = 0, ["wait"] = 9, ["receive"] = 1 },
        });

        return this;
    }

    public string WriteTo(string folder, string name)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        var har = new JsonObject
        {
            ["log"] = new JsonObject
            {
                ["version"] = "1.2",
                ["creator"] = new JsonObject { ["name"] = "HeyGen tests", ["version"] = "1" },
                ["pages"] = _pages,
                ["entries"] = _entries,
            },
        };
        File.WriteAllText(path, har.ToJsonString());

        return path;
    }
}

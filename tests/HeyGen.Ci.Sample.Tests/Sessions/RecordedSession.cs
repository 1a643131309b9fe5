using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using HeyGen.Ci.Tests;

namespace HeyGen.Ci.Sample.Tests.Sessions;

/// <summary>One committed HAR file of samples/sessions, read as plain JSON.</summary>
internal sealed partial class RecordedSession
{
    private RecordedSession(string name, JsonNode har)
    {
        Name = name;
        Har = har;
        Entries = [.. har["log"]!["entries"]!.AsArray().OfType<JsonNode>()];
    }

    public string Name { get; }

    public JsonNode Har { get; }

    public IReadOnlyList<JsonNode> Entries { get; }

    public static string Folder => Path.Combine(RepositoryPaths.Samples, "sessions");

    public static IEnumerable<string> Names =>
        Directory.EnumerateFiles(Folder, "*.har").Select(Path.GetFileNameWithoutExtension).Order()!;

    public static RecordedSession Load(string name) =>
        new(name, JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, name + ".har")))!);

    /// <summary>The API calls, in order.</summary>
    public IEnumerable<JsonNode> ApiEntries => Entries.Where(entry => Url(entry).AbsolutePath.StartsWith(
        "/api/", StringComparison.Ordinal));

    public static Uri Url(JsonNode entry) => new(entry["request"]!["url"]!.GetValue<string>());

    public static string Method(JsonNode entry) => entry["request"]!["method"]!.GetValue<string>();

    public static string? RequestHeader(JsonNode entry, string name) => entry["request"]!["headers"]!.AsArray()
        .FirstOrDefault(header => string.Equals(
            header!["name"]!.GetValue<string>(), name, StringComparison.OrdinalIgnoreCase))?["value"]
        ?.GetValue<string>();

    public static string ResponseText(JsonNode entry) =>
        entry["response"]!["content"]!["text"]?.GetValue<string>() ?? string.Empty;

    /// <summary>The method and the path with ids written as template parameters.</summary>
    public static string Endpoint(JsonNode entry)
    {
        var path = Guid().Replace(Url(entry).AbsolutePath, "{orderId}");
        return Method(entry) + " " + Number().Replace(path, "/{id}");
    }

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex Guid();

    [GeneratedRegex(@"/\d+(?=/|$)")]
    private static partial Regex Number();
}

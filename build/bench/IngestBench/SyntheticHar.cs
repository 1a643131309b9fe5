using System.Text.Json;
using System.Text.Json.Nodes;

namespace HeyGen.Ci.Bench;

/// <summary>
/// Writes a large HAR file from real corpus entries, repeated with varied URLs and start times, so that
/// benchmarks read what producers actually write at a size they rarely publish.
/// </summary>
internal static class SyntheticHar
{
    public static async Task<int> WriteAsync(string corpus, string output, long targetBytes)
    {
        var entries = LoadEntries(corpus);
        await using var stream = File.Create(output);
        await using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions
        {
            Indented = true,

            // Producers escape only what JSON requires; the default encoder would also escape '+' and non-ASCII.
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });
        writer.WriteStartObject();
        writer.WriteStartObject("log");
        writer.WriteString("version", "1.2");
        writer.WriteStartObject("creator");
        writer.WriteString("name", "heygen-bench");
        writer.WriteString("version", "1");
        writer.WriteEndObject();
        writer.WriteStartArray("entries");

        var start = new DateTimeOffset(2024, 5, 2, 10, 0, 0, TimeSpan.Zero);
        for (var i = 0; stream.Position + writer.BytesPending < targetBytes; i++)
        {
            var entry = entries[i % entries.Count].DeepClone().AsObject();
            Vary(entry, i, start.AddMilliseconds(i * 250.0));
            entry.WriteTo(writer);
            if (writer.BytesPending > 1 << 20)
            {
                await writer.FlushAsync();
            }
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
        await writer.FlushAsync();
        Console.WriteLine($"{output}: {stream.Length >> 20} MB from {entries.Count} corpus entries");
        return 0;
    }

    private static List<JsonNode> LoadEntries(string corpus)
    {
        var entries = new List<JsonNode>();
        foreach (var file in ValidFiles(corpus))
        {
            try
            {
                var bytes = File.ReadAllBytes(file).AsSpan();
                bytes = bytes.StartsWith("\uFEFF"u8) ? bytes[3..] : bytes;
                if (JsonNode.Parse(bytes)?["log"]?["entries"] is JsonArray array)
                {
                    entries.AddRange(array.Where(IsReplayable).Select(e => e!));
                }
            }
            catch (JsonException)
            {
                // The corpus holds a deliberately broken file; it has nothing to offer here.
            }
        }

        return entries;
    }

    /// <summary>
    /// The files the corpus's validation found schema-valid, so that converters which reject invalid HAR
    /// (har-to-k6 does) read the same input as the product.
    /// </summary>
    private static IEnumerable<string> ValidFiles(string corpus) => File
        .ReadAllLines(Path.Combine(corpus, "validation.txt"))
        .Select(line => line.Split('\t'))
        .Where(fields => fields.Length > 1 && fields[1].StartsWith("VALID", StringComparison.Ordinal))
        .Select(fields => Path.Combine(corpus, fields[0]))
        .Order(StringComparer.Ordinal);

    /// <summary>Entries every tool accepts: an HTTP URL and a method (not data: URLs or tunnels).</summary>
    private static bool IsReplayable(JsonNode? entry)
        => entry?["request"] is JsonObject request
            && request["method"]?.GetValue<string>() is { Length: > 0 } method && method != "CONNECT"
            && request["url"]?.GetValue<string>() is { } url && url.StartsWith("http", StringComparison.Ordinal);

    private static void Vary(JsonObject entry, int i, DateTimeOffset startedAt)
    {
        entry["startedDateTime"] = startedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        entry["pageref"] = "page_" + (i / 50);
        if (entry["request"] is JsonObject request && request["url"]?.GetValue<string>() is { } url)
        {
            request["url"] = url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "hgv=" + i;
        }
    }
}

namespace HeyGen.Ci.Core.Tests.Ingest;

/// <summary>Small HAR documents written by tests.</summary>
internal static class HarText
{
    /// <summary>A HAR file holding the given entries (each the inside of an entry object).</summary>
    public static string Entries(params string[] entries)
    {
        var items = entries.Select((e, i) =>
            $$"""{"startedDateTime": "2024-05-02T10:00:{{i % 60:00}}.000Z", {{e}}}""");
        const string Head = """{"log": {"version": "1.2", "creator": {"name": "test", "version": "1"}, "entries": [""";
        return Head + string.Join(",\n", items) + "]}}";
    }

    public static string Entry(string entry) => Entries(entry);
}

using System.Text;
using HeyGen.Ci.Core.Diagnostics;
using HeyGen.Ci.Core.Ingest;

namespace HeyGen.Ci.Core.Tests.Ingest;

/// <summary>Reading across buffer boundaries: entries, strings and skipped values larger than one chunk.</summary>
public sealed class StreamingTests
{
    [Fact]
    public async Task ReadAsync_ManyEntriesAcrossChunks_AllWholeInOrderWithTheirLines()
    {
        using var folder = new TempFolder();
        var (text, lines) = LargeHar(entries: 1500, bigEntry: 700, bigBodyBytes: 2_500_000);

        var options = new IngestOptions { MaxBodyBytes = 4 << 20 };
        var run = await IngestRun.ReadAsync(folder.Write("large.har", text), options);

        Assert.Empty(run.Diagnostics);
        Assert.Equal(1500, run.Exchanges.Count);
        Assert.Equal(Enumerable.Range(0, 1500), run.Exchanges.Select(e => e.Location.Entry!.Value));
        Assert.Equal(lines, run.Exchanges.Select(e => e.Location.Line!.Value));
        Assert.Equal(2_500_000, run.Exchanges[700].Response.Body!.Content.Length);
        Assert.All(run.Exchanges, (e, i) => Assert.Equal($"/items/{i}", e.Request.Url.AbsolutePath));
        Assert.Equal("{\"n\":1499,\"pad\":\"" + new string('x', 1000) + "\"}",
            Encoding.UTF8.GetString(run.Exchanges[^1].Response.Body!.Content.Span));
    }

    [Fact]
    public async Task ReadAsync_PagesAfterEntriesAndUnknownFields_SkippedWithoutChangingEntries()
    {
        using var folder = new TempFolder();
        var text = """
            {"log": {"_big": [
            """ + string.Join(",", Enumerable.Repeat("\"" + new string('y', 5000) + "\"", 60)) + """
            ], "entries": [{"pageref": "p 1", "startedDateTime": "2024-05-02T10:00:00Z",
              "request": {"method": "get", "url": "https://a.example.test/x", "headers": []},
              "response": {"status": "200", "headers": [], "content": {"size": 0}}}],
              "pages": [{"id": "p 1"}]}, "trailing": true}
            """;

        var run = await IngestRun.ReadAsync(folder.Write("order.har", text));

        var exchange = Assert.Single(run.Exchanges);
        Assert.Equal(
            ("GET", 200, "order/p_1"),
            (exchange.Request.Method, exchange.Response.Status, exchange.SessionId));
        Assert.Empty(run.Diagnostics);
    }

    [Fact]
    public async Task ReadSessionsAsync_GroupsByFileAndSessionInOrder()
    {
        using var folder = new TempFolder();
        File.Copy(HeyGen.Ci.Tests.RepositoryPaths.Case("B01-no-pages.har"), Path.Combine(folder.Path, "b.har"));
        Directory.CreateDirectory(Path.Combine(folder.Path, "sub"));
        File.Copy(HeyGen.Ci.Tests.RepositoryPaths.Case("B20-nginx-garbage-lines.log"),
            Path.Combine(folder.Path, "sub", "a.log"));
        folder.Write("notes.txt", "ignored");
        var bag = new DiagnosticBag();

        var sessions = await RecordingReader.ReadSessionsAsync([folder.Path], new IngestOptions(), bag,
            CancellationToken.None);

        Assert.Equal(
            ["b/1", "a/192.0.2.10-1", "a/192.0.2.14-2", "a/192.0.2.15-3", "a/192.0.2.17-4"],
            sessions.Select(s => s.Id));
        Assert.Equal(2, sessions[0].Exchanges.Count);
        Assert.EndsWith("b.har", sessions[0].Source, StringComparison.Ordinal);
        Assert.Equal(4, bag.Items.Count);
    }

    [Fact]
    public void ExpandInputs_SortsOrdinallyWithoutRepeats()
    {
        using var folder = new TempFolder();
        var b = folder.Write("B.har", "{}");
        var a = folder.Write("a/x.LOG", "");
        var bag = new DiagnosticBag();

        var files = RecordingReader.ExpandInputs([folder.Path, b], bag);

        Assert.Equal([b, a], files);
        Assert.Empty(bag.Items);
    }

    [Fact]
    public async Task ReadAsync_Cancelled_Throws()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in RecordingReader.ReadAsync(HeyGen.Ci.Tests.RepositoryPaths.Case("B01-no-pages.har"),
                new IngestOptions(), new DiagnosticBag(), cancellation.Token))
            {
            }
        });
    }

    private static (string Text, List<int> Lines) LargeHar(int entries, int bigEntry, int bigBodyBytes)
    {
        var builder = new StringBuilder("{\n\"log\": {\n\"version\": \"1.2\",\n\"entries\": [\n");
        var lines = new List<int>();
        var line = 5;
        for (var i = 0; i < entries; i++)
        {
            lines.Add(line);
            var body = i == bigEntry
                ? new string('z', bigBodyBytes)
                : "{\\\"n\\\":" + i + ",\\\"pad\\\":\\\"" + new string('x', 1000) + "\\\"}";
            builder.Append("{\n\"startedDateTime\": \"2024-05-02T10:00:00Z\",\n")
                .Append("\"request\": {\"method\": \"GET\", \"url\": \"https://a.example.test/items/").Append(i)
                .Append("\", \"headers\": []},\n\"response\": {\"status\": 200, \"headers\": [], ")
                .Append("\"content\": {\"size\": 1, \"text\": \"").Append(body).Append("\"}}\n}")
                .Append(i + 1 < entries ? ",\n" : "\n");
            line += 5;
        }

        builder.Append("]\n}\n}\n");
        return (builder.ToString(), lines);
    }
}

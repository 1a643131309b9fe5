using System.Text;
using HeyGen.Ci.Core.Diagnostics;
using HeyGen.Ci.Core.Ingest;

namespace HeyGen.Ci.Core.Tests.Ingest;

/// <summary>Each ingest diagnostic code, triggered (those the corpus triggers are pinned there too).</summary>
public sealed class IngestDiagnosticTests
{
    private const string GetEntry = """
        "request": {"method": "GET", "url": "https://a.example.test/", "headers": []},
        "response": {"status": 200, "headers": [], "content": {"size": 0}}
        """;

    [Fact]
    public void HGCI0001_MissingInput_ReportedAndSkipped()
    {
        using var folder = new TempFolder();
        var present = folder.Write("a.har", "{}");
        var bag = new DiagnosticBag();

        var files = RecordingReader.ExpandInputs([Path.Combine(folder.Path, "missing.har"), present], bag);

        Assert.Equal([present], files);
        Assert.Equal("HGCI0001", Assert.Single(bag.Items).Code);
    }

    [Fact]
    public async Task HGCI0002_UnreadableFile_Reported()
    {
        using var folder = new TempFolder();

        // A folder opened as a file cannot be read.
        var run = await IngestRun.ReadAsync(folder.Path);

        Assert.Equal("HGCI0002", run.Single("HGCI0002").Code);
    }

    [Fact]
    public async Task HGCI0003_EmptyFile_Reported()
    {
        using var folder = new TempFolder();

        var run = await IngestRun.ReadAsync(folder.Write("empty.har", "\uFEFF  \n"));

        Assert.Equal(["HGCI0003"], run.Codes);
    }

    [Fact]
    public void HGCI0004_FolderWithoutRecordings_Reported()
    {
        using var folder = new TempFolder();
        folder.Write("readme.txt", "x");
        var bag = new DiagnosticBag();

        Assert.Empty(RecordingReader.ExpandInputs([folder.Path], bag));
        Assert.Equal("HGCI0004", Assert.Single(bag.Items).Code);
    }

    [Fact]
    public async Task HGCI0010_CutOffFile_EntriesBeforeTheFaultLoad()
    {
        using var folder = new TempFolder();
        var text = HarText.Entries(GetEntry, GetEntry);

        var run = await IngestRun.ReadAsync(folder.Write("cut.har", text[..(text.Length - 40)]));

        Assert.Single(run.Exchanges);
        var error = run.Single("HGCI0010");
        Assert.Equal(1, error.Entry);
        Assert.Contains("entry 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HGCI0011_JsonWithoutEntries_IsNotHar()
    {
        using var folder = new TempFolder();

        var run = await IngestRun.ReadAsync(folder.Write("package.har", """{"name": "x", "log": {"pages": []}}"""));

        Assert.Equal(["HGCI0011"], run.Codes);
    }

    [Fact]
    public async Task HGCI0012_BadEntries_SkippedWithIndexAndLineTheRestLoads()
    {
        using var folder = new TempFolder();
        var text = HarText.Entries(
            GetEntry,
            "\"response\": {\"status\": 200}",
            "\"request\": {\"method\": \"GET\", \"url\": \"/no-host\", \"headers\": []}",
            GetEntry);
        text = text.Replace("[{", "[\n42,\n{", StringComparison.Ordinal);

        var run = await IngestRun.ReadAsync(folder.Write("bad.har", text));

        Assert.Equal([1, 4], run.Exchanges.Select(e => e.Location.Entry!.Value));
        Assert.Equal([0, 2, 3], run.Diagnostics.Select(d => d.Entry!.Value));
        Assert.All(run.Diagnostics, d => Assert.Equal("HGCI0012", d.Code));
        Assert.Equal(2, run.Diagnostics[0].Line);
        Assert.Contains("no request", run.Diagnostics[1].Message, StringComparison.Ordinal);
        Assert.Contains("/no-host", run.Diagnostics[2].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HGCI0012_InvalidUtf8InAValue_EntrySkippedTheRestLoads()
    {
        using var folder = new TempFolder();
        var text = HarText.Entries(GetEntry.Replace("https://a.example.test/", "https://a.example.test/BAD",
            StringComparison.Ordinal), GetEntry);
        var bytes = Encoding.UTF8.GetBytes(text);
        var bad = bytes.AsSpan().IndexOf("BAD"u8);
        bytes[bad] = 0xFF;
        var path = Path.Combine(folder.Path, "utf8.har");
        await File.WriteAllBytesAsync(path, bytes);

        var run = await IngestRun.ReadAsync(path);

        Assert.Equal([1], run.Exchanges.Select(e => e.Location.Entry!.Value));
        Assert.Equal(0, run.Single("HGCI0012").Entry);
    }

    [Fact]
    public async Task HGCI0014_UnreadableStartTime_LoadsWithoutIt()
    {
        using var folder = new TempFolder();
        var text = HarText.Entry(GetEntry).Replace("2024-05-02T10:00:00.000Z", "soon", StringComparison.Ordinal);

        var run = await IngestRun.ReadAsync(folder.Write("time.har", text));

        Assert.Null(Assert.Single(run.Exchanges).StartedAt);
        Assert.Contains("'soon'", run.Single("HGCI0014").Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HGCI0021_InvalidBase64_KeptAsTextAndLossy()
    {
        var run = await ReadBodyAsync("""{"size": 4, "text": "@@@@", "encoding": "base64"}""");

        var body = Assert.Single(run.Exchanges).Response.Body!;
        Assert.True(body.IsLossy);
        Assert.Equal("@@@@", Encoding.UTF8.GetString(body.Content.Span));
        Assert.Equal(["HGCI0021"], run.Codes);
    }

    [Fact]
    public async Task HGCI0022_UnknownEncoding_TextKept()
    {
        var run = await ReadBodyAsync("""{"size": 2, "text": "hi", "encoding": "rot13"}""");

        Assert.Equal("hi", Encoding.UTF8.GetString(Assert.Single(run.Exchanges).Response.Body!.Content.Span));
        Assert.Equal(["HGCI0022"], run.Codes);
    }

    [Fact]
    public async Task HGCI0024_LargeBodies_TruncatedLossyReportedOncePerFile()
    {
        using var folder = new TempFolder();
        var entry = GetEntry.Replace(
            "\"content\": {\"size\": 0}",
            "\"content\": {\"size\": 10, \"text\": \"0123456789\"}",
            StringComparison.Ordinal);

        var run = await IngestRun.ReadAsync(folder.Write("big.har", HarText.Entries(entry, entry)),
            new IngestOptions { MaxBodyBytes = 4 });

        Assert.All(run.Exchanges, e => Assert.Equal("0123", Encoding.UTF8.GetString(e.Response.Body!.Content.Span)));
        Assert.All(run.Exchanges, e => Assert.True(e.Response.Body!.IsLossy));
        Assert.Contains("2 bodies", run.Single("HGCI0024").Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HGCI0025_SideCarPresent_BodyLoadedFromIt()
    {
        using var folder = new TempFolder();
        folder.Write("body.txt", "side car");

        var run = await ReadBodyAsync("""{"size": 8, "mimeType": "text/plain", "_file": "body.txt"}""", folder);

        Assert.Equal("side car", Encoding.UTF8.GetString(Assert.Single(run.Exchanges).Response.Body!.Content.Span));
        Assert.Empty(run.Diagnostics);
    }

    [Fact]
    public async Task HGCI0026_GzipKeptEncoded_DecodedWhenIntact()
    {
        using var compressed = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(
            compressed, System.IO.Compression.CompressionLevel.Fastest))
        {
            gzip.Write("{\"ok\":true}"u8);
        }

        var base64 = Convert.ToBase64String(compressed.ToArray());
        var run = await ReadBodyAsync($$"""{"size": 11, "text": "{{base64}}", "encoding": "base64"}""",
            headers: """[{"name": "Content-Encoding", "value": "gzip"}]""");

        var response = Assert.Single(run.Exchanges).Response;
        Assert.Equal("{\"ok\":true}", Encoding.UTF8.GetString(response.Body!.Content.Span));
        Assert.Empty(response.Headers);
        Assert.Empty(run.Diagnostics);
    }

    [Fact]
    public void IngestCodes_EachHasADocumentationPageInRange()
    {
        var codes = DiagnosticCodes.All.Where(d => string.CompareOrdinal(d.Code, "HGCI1000") < 0).ToList();

        Assert.Equal(18, codes.Count);
        Assert.All(codes, d => Assert.True(
            File.Exists(Path.Combine(HeyGen.Ci.Tests.RepositoryPaths.Root, d.HelpPath)), d.HelpPath + " missing"));
    }

    private static async Task<IngestRun> ReadBodyAsync(string content, TempFolder? folder = null, string headers = "[]")
    {
        using var own = folder is null ? new TempFolder() : null;
        var entry = $$"""
            "request": {"method": "GET", "url": "https://a.example.test/", "headers": []},
            "response": {"status": 200, "headers": {{headers}}, "content": {{content}}}
            """;
        return await IngestRun.ReadAsync((folder ?? own)!.Write("body.har", HarText.Entry(entry)));
    }
}

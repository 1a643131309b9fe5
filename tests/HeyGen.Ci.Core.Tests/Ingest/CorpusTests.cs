namespace HeyGen.Ci.Core.Tests.Ingest;

/// <summary>Every real HAR file of the corpus loads, or fails with the documented code; counts are pinned.</summary>
public sealed class CorpusTests
{
    [Theory]
    [InlineData("gatling__base64_encoded.har", 1, 1, "")]
    [InlineData("gatling__charles42_multipart.har", 2, 1, "HGCI0020,HGCI0023")]
    [InlineData("gatling__charles_https.har", 0, 0, "HGCI0013,HGCI0013")]
    [InlineData("gatling__firefox56_form.har", 2, 1, "")]
    [InlineData("gatling__null_status.har", 4, 1, "")]
    [InlineData("gatling__play-chat.har", 10, 2, "")]
    [InlineData("harviewer__data-url.har", 0, 0, "HGCI0013")]
    [InlineData("harviewer__issue-61_ie11.fiddler.har", 11, 2, "")]
    [InlineData("harviewer__issue-61_ie11.har", 25, 3, "")]
    [InlineData("mitmproxy__corrupted_har_brokenfile.har", 0, 0, "HGCI0010")]
    [InlineData("mitmproxy__flows_corrupted_gzip_body.har", 1, 1, "HGCI0026")]
    [InlineData("mitmproxy__flows_incomplete_log.har", 4, 2, "")]
    [InlineData("mitmproxy__flows_websocket.har", 3, 1, "")]
    [InlineData("mitmproxy__har_files_charles.har", 1, 1, "")]
    [InlineData("mitmproxy__har_files_firefox.har", 14, 1, "")]
    [InlineData("mitmproxy__har_files_head-content-length.har", 1, 1, "")]
    [InlineData("mitmproxy__har_files_insomnia.har", 1, 1, "")]
    [InlineData("mitmproxy__har_files_safari.har", 19, 1, "")]
    [InlineData("mitmproxy__har_files_with-bom.har", 1, 1, "")]
    [InlineData("perfcascade__capture-har_redirect-loop.har", 11, 1, "")]
    [InlineData("perfcascade__chrome_h2_www.nghttp2.org.har", 11, 1, "")]
    [InlineData("perfcascade__wpt_h2_www.nghttp2.org.har", 20, 1, "")]
    [InlineData("playwright__har-redirect.har", 3, 1, "")]
    [InlineData("playwright__har-sha1.har", 1, 1, "HGCI0025")]
    [InlineData("playwright__har-unstable-network.har", 2, 2, "")]
    public async Task CorpusFile_LoadsThePinnedExchangesSessionsAndCodes(
        string file, int exchanges, int sessions, string codes)
    {
        var run = await IngestRun.ReadCorpusAsync(file);

        Assert.Equal(exchanges, run.Exchanges.Count);
        Assert.Equal(sessions, run.SessionCount);
        Assert.Equal(codes, string.Join(",", run.Codes));
        Assert.All(run.Diagnostics, d => Assert.EndsWith(file, d.File, StringComparison.Ordinal));
    }

    [Fact]
    public void Corpus_HasExactlyThePinnedFiles()
    {
        var files = Directory.GetFiles(HeyGen.Ci.Tests.RepositoryPaths.CorpusHar, "*.har");

        Assert.Equal(25, files.Length);
    }

    [Fact]
    public async Task CorpusFile_EntryLocationsNameIndexAndLine()
    {
        var run = await IngestRun.ReadCorpusAsync("playwright__har-redirect.har");
        var path = Path.Combine(HeyGen.Ci.Tests.RepositoryPaths.CorpusHar, "playwright__har-redirect.har");
        var lines = File.ReadAllLines(path);

        Assert.Equal([0, 1, 2], run.Exchanges.Select(e => e.Location.Entry!.Value));
        Assert.All(run.Exchanges, e => Assert.Equal("{", lines[e.Location.Line!.Value - 1].Trim()));
    }

    [Fact]
    public async Task CorpusFile_StatusMinusOne_ReadsAsNoResponse()
    {
        var run = await IngestRun.ReadCorpusAsync("playwright__har-unstable-network.har");

        Assert.Equal([false, true], run.Exchanges.Select(e => e.Response.WasReceived));
    }

    [Fact]
    public async Task CorpusFile_GarbageHttpVersions_ReadAsUnknown()
    {
        var run = await IngestRun.ReadCorpusAsync("perfcascade__chrome_h2_www.nghttp2.org.har");

        Assert.All(run.Exchanges, e => Assert.Null(e.Request.HttpVersion));
    }

    [Fact]
    public async Task CorpusFile_InternetExplorerCookieObject_ReadAsOneCookie()
    {
        var run = await IngestRun.ReadCorpusAsync("harviewer__issue-61_ie11.har");

        Assert.Equal(
            new Model.HttpCookie("previewCols", "url%20status%20size%20timeline"),
            Assert.Single(run.Exchanges[0].Request.Cookies));
    }

    [Fact]
    public async Task CorpusFile_Base64Content_StoredDecoded()
    {
        var run = await IngestRun.ReadCorpusAsync("gatling__base64_encoded.har");

        var path = Path.Combine(HeyGen.Ci.Tests.RepositoryPaths.CorpusHar, "gatling__base64_encoded.har");
        using var document = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(path));
        var text = document.RootElement.GetProperty("log").GetProperty("entries")[0]
            .GetProperty("response").GetProperty("content").GetProperty("text").GetString()!;

        var body = Assert.Single(run.Exchanges).Response.Body!;
        Assert.False(body.IsLossy);
        Assert.Equal(Convert.FromBase64String(text), body.Content.ToArray());
    }
}

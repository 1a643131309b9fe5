using HeyGen.Ci.Core.Ingest;

namespace HeyGen.Ci.Core.Tests.Ingest;

/// <summary>Combined and common format access logs: parsing, decoding, sessions and skipped lines.</summary>
public sealed class AccessLogTests
{
    [Fact]
    public async Task B20_GarbageLines_EachReportedWithLineAndReasonTheRestLoads()
    {
        var run = await IngestRun.ReadCaseAsync("B20-nginx-garbage-lines.log");

        Assert.Equal([1, 5, 6, 8], run.Exchanges.Select(e => e.Location.Line!.Value));
        Assert.Equal([2, 3, 4, 7], run.Diagnostics.Select(d => d.Line!.Value));
        Assert.All(run.Diagnostics, d => Assert.Equal("HGCI0101", d.Code));
        Assert.Contains("empty", run.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Contains("binary", run.Diagnostics[1].Message, StringComparison.Ordinal);
        Assert.Contains("no target", run.Diagnostics[2].Message, StringComparison.Ordinal);
        Assert.Contains("CONNECT", run.Diagnostics[3].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task B20_Escapes_HexAndQuoteDecodedSpacesKept()
    {
        var run = await IngestRun.ReadCaseAsync("B20-nginx-garbage-lines.log");

        Assert.Equal("/api/items?name=\"lamp\"", Uri.UnescapeDataString(run.Exchanges[3].Request.Url.PathAndQuery));
        Assert.Equal("/search?q=blue shoes", Uri.UnescapeDataString(run.Exchanges[1].Request.Url.PathAndQuery));
        var agent = run.Exchanges[2].Request.Headers.Single(h => h.Is("User-Agent"));
        Assert.Equal("Example \"quoted\" Agent/2.0", agent.Value);
    }

    [Fact]
    public async Task B20_Fields_MethodStatusTimeRefererAndNoBodies()
    {
        var run = await IngestRun.ReadCaseAsync("B20-nginx-garbage-lines.log");

        var first = run.Exchanges[0];
        Assert.Equal("GET", first.Request.Method);
        Assert.Equal("HTTP/1.1", first.Request.HttpVersion);
        Assert.Equal(200, first.Response.Status);
        Assert.Null(first.Response.Body);
        Assert.Null(first.Request.Body);
        Assert.Equal(new DateTimeOffset(2024, 5, 3, 11, 0, 1, TimeSpan.Zero), first.StartedAt);
        Assert.Contains(first.Request.Headers, h => h.Is("Referer") && h.Value == "https://shop.example.test/");
        Assert.Equal(201, run.Exchanges[2].Response.Status);
        Assert.Equal("POST", run.Exchanges[2].Request.Method);
        Assert.Equal("http://localhost/api/products?page=2", first.Request.Url.AbsoluteUri);
    }

    [Fact]
    public async Task AccessLog_SessionsByClientAndAgentSplitOnIdleGap()
    {
        using var folder = new TempFolder();
        var log = folder.Write("access.log", string.Join('\n',
            Line("10.0.0.1", "10:00:00", "GET /a", "A"),
            Line("10.0.0.2", "10:00:01", "GET /b", "A"),
            Line("10.0.0.1", "10:00:02", "GET /c", "B"),
            Line("10.0.0.1", "10:01:00", "GET /d", "A"),
            Line("10.0.0.1", "10:20:00", "GET /e", "A")));

        var run = await IngestRun.ReadAsync(log);

        Assert.Equal(
            ["access/10.0.0.1-1", "access/10.0.0.2-2", "access/10.0.0.1-3", "access/10.0.0.1-1", "access/10.0.0.1-4"],
            run.Exchanges.Select(e => e.SessionId));
    }

    [Fact]
    public async Task AccessLog_RequestTime_BecomesTotalMilliseconds()
    {
        using var folder = new TempFolder();
        var log = folder.Write("timed.log", string.Join('\n',
            Line("10.0.0.1", "10:00:00", "GET /a", "A") + " 0.250",
            Line("10.0.0.1", "10:00:01", "GET /b", "A") + " rt=1.5 uct=\"0.001\"",
            Line("10.0.0.1", "10:00:02", "GET /c", "A")));

        var run = await IngestRun.ReadAsync(log);

        Assert.Equal([250d, 1500d, null], run.Exchanges.Select(e => e.Timings.TotalMs));
    }

    [Fact]
    public async Task AccessLog_CommonFormat_WithoutRefererAndAgentLoads()
    {
        using var folder = new TempFolder();
        var log = folder.Write("common.log",
            "127.0.0.1 - frank [10/Oct/2000:13:55:36 -0700] \"GET /apache_pb.gif HTTP/1.0\" 200 2326\n");

        var run = await IngestRun.ReadAsync(log);

        var exchange = Assert.Single(run.Exchanges);
        Assert.Equal(new DateTimeOffset(2000, 10, 10, 13, 55, 36, TimeSpan.FromHours(-7)), exchange.StartedAt);
        Assert.Empty(exchange.Request.Headers);
        Assert.Equal("HTTP/1.0", exchange.Request.HttpVersion);
        Assert.Empty(run.Diagnostics);
    }

    [Fact]
    public async Task AccessLog_BaseAddress_IsTheOptionsOne()
    {
        using var folder = new TempFolder();
        var log = folder.Write("base.log", Line("10.0.0.1", "10:00:00", "GET /a?b=1", "A"));

        var options = new IngestOptions { AccessLogBaseAddress = new("https://shop.test/") };
        var run = await IngestRun.ReadAsync(log, options);

        Assert.Equal("https://shop.test/a?b=1", Assert.Single(run.Exchanges).Request.Url.AbsoluteUri);
    }

    [Fact]
    public async Task AccessLog_NoLineParses_ReportsUnrecognisedFormat()
    {
        using var folder = new TempFolder();
        var log = folder.Write("notes.log", "this is\nnot an access log\n");

        var run = await IngestRun.ReadAsync(log);

        Assert.Empty(run.Exchanges);
        Assert.Equal(["HGCI0101", "HGCI0101", "HGCI0102"], run.Codes);
    }

    [Fact]
    public async Task AccessLog_BadTime_ReportedWithReason()
    {
        using var folder = new TempFolder();
        var log = folder.Write("time.log", "10.0.0.1 - - [yesterday] \"GET / HTTP/1.1\" 200 1 \"-\" \"-\"\n");

        var run = await IngestRun.ReadAsync(log);

        Assert.Contains("[yesterday]", run.Single("HGCI0101").Message, StringComparison.Ordinal);
    }

    private static string Line(string address, string time, string request, string agent)
        => $"{address} - - [03/May/2024:{time} +0000] \"{request} HTTP/1.1\" 200 10 \"-\" \"{agent}\"";
}

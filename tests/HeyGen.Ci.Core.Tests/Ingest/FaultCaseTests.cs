using System.Text;
using HeyGen.Ci.Core.Ingest;

namespace HeyGen.Ci.Core.Tests.Ingest;

/// <summary>The fault classes of <c>corpus/cases</c> that concern ingest, each pinned to the right value.</summary>
public sealed class FaultCaseTests
{
    [Fact]
    public async Task B01_NoPages_OneSessionPerFileNamedByStemAndSequence()
    {
        var run = await IngestRun.ReadCaseAsync("B01-no-pages.har");

        Assert.Empty(run.Diagnostics);
        Assert.Equal(["B01-no-pages/1", "B01-no-pages/1"], run.Exchanges.Select(e => e.SessionId));
    }

    [Fact]
    public async Task B01_NoPages_SplitsOnIdleGapsLongerThanTheOption()
    {
        // The two entries start 3.36 s apart.
        var options = new IngestOptions { IdleGap = TimeSpan.FromSeconds(3) };
        var run = await IngestRun.ReadCaseAsync("B01-no-pages.har", options);

        Assert.Equal(["B01-no-pages/1", "B01-no-pages/2"], run.Exchanges.Select(e => e.SessionId));
    }

    [Fact]
    public async Task B02_PseudoHeaders_KeptFlaggedWithAuthorityFromUrl()
    {
        var run = await IngestRun.ReadCaseAsync("B02-h2-pseudo-headers.har");

        var exchange = Assert.Single(run.Exchanges);
        var headers = exchange.Request.Headers;
        Assert.Equal([":method", ":authority", ":scheme", ":path"], headers.Where(h => h.IsPseudo).Select(h => h.Name));
        Assert.Equal(["accept", "accept-encoding"], headers.Where(h => !h.IsPseudo).Select(h => h.Name));
        Assert.Contains(headers, h => h.Is("Accept") && h.Value == "application/json");
        Assert.Equal("app.example.test", exchange.Request.Url.Authority);
        Assert.Equal("HTTP/2", exchange.Request.HttpVersion);
        Assert.Equal("B02-h2-pseudo-headers/page_1", exchange.SessionId);
    }

    [Fact]
    public async Task B02_RelativeUrl_TakesSchemeAndAuthorityFromPseudoHeaders()
    {
        using var folder = new TempFolder();
        var har = HarText.Entry("""
            "request": {"method": "", "url": "/api/me?x=1", "headers": [
              {"name": ":method", "value": "get"}, {"name": ":scheme", "value": "https"},
              {"name": ":authority", "value": "app.example.test:8443"}]},
            "response": {"status": 200, "headers": [], "content": {"size": 0}}
            """);

        var run = await IngestRun.ReadAsync(folder.Write("relative.har", har));

        var exchange = Assert.Single(run.Exchanges);
        Assert.Equal("GET", exchange.Request.Method);
        Assert.Equal("https://app.example.test:8443/api/me?x=1", exchange.Request.Url.AbsoluteUri);
    }

    [Fact]
    public async Task B04_ParamsWithoutText_RebuiltUrlEncodedInOrderWithRepeatsAndEmptyValues()
    {
        var run = await IngestRun.ReadCaseAsync("B04-postdata-params-no-text.har");

        var body = Assert.Single(run.Exchanges).Request.Body;
        Assert.NotNull(body);
        Assert.Equal(
            "subject=Q%26A+about+plans+%2B+prices&name=Zo%C3%AB&tags=billing&tags=urgent&company=",
            Encoding.UTF8.GetString(body.Content.Span));
        Assert.False(body.IsLossy);
        Assert.Equal(84, body.DeclaredSize);
        Assert.Empty(run.Diagnostics);
    }

    [Fact]
    public async Task B04_RebuiltLengthDiffersFromBodySize_Warns()
    {
        using var folder = new TempFolder();
        var text = File.ReadAllText(HeyGen.Ci.Tests.RepositoryPaths.Case("B04-postdata-params-no-text.har"))
            .Replace("\"bodySize\": 84", "\"bodySize\": 80", StringComparison.Ordinal);

        var run = await IngestRun.ReadAsync(folder.Write("b04.har", text));

        var warning = run.Single("HGCI0020");
        Assert.Equal(0, warning.Entry);
        Assert.Contains("84 bytes", warning.Message, StringComparison.Ordinal);
        Assert.Contains("80", warning.Message, StringComparison.Ordinal);
        Assert.Single(run.Exchanges);
    }

    [Fact]
    public async Task B04_MultipartParams_RebuiltAsMultipartWithTheRecordedBoundary()
    {
        using var folder = new TempFolder();
        var har = HarText.Entry("""
            "request": {"method": "POST", "url": "https://forms.example.test/upload", "headers": [],
              "postData": {"mimeType": "multipart/form-data; boundary=XyZ", "params": [
                {"name": "title", "value": "Hi"},
                {"name": "file", "fileName": "a.txt", "contentType": "text/plain", "value": "abc"}]}},
            "response": {"status": 201, "headers": [], "content": {"size": 0}}
            """);

        var run = await IngestRun.ReadAsync(folder.Write("multipart.har", har));

        var body = Assert.Single(run.Exchanges).Request.Body!;
        Assert.Equal(
            "--XyZ\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nHi\r\n"
            + "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n"
            + "Content-Type: text/plain\r\n\r\nabc\r\n--XyZ--\r\n",
            Encoding.UTF8.GetString(body.Content.Span));
        Assert.False(body.IsLossy);
    }

    [Fact]
    public async Task B07_Base64PostData_DecodedToTheExactBytes()
    {
        var run = await IngestRun.ReadCaseAsync("B07-binary-request-body.har");

        var body = run.Exchanges[0].Request.Body!;
        Assert.Equal(Convert.FromHexString("FFD8FFE000104A464946"), body.Content.ToArray());
        Assert.False(body.IsLossy);
        Assert.Equal("image/jpeg", body.MediaType);
        Assert.Contains(run.Exchanges[0].Request.Headers, h => h.Is("Content-Length") && h.Value == "10");
    }

    [Fact]
    public async Task B07_BinaryStoredAsText_MarkedLossyWithoutWireLength()
    {
        var run = await IngestRun.ReadCaseAsync("B07-binary-request-body.har");

        var request = run.Exchanges[1].Request;
        Assert.True(request.Body!.IsLossy);
        Assert.DoesNotContain(request.Headers, h => h.Is("Content-Length"));
        var warning = run.Single("HGCI0023");
        Assert.Equal(1, warning.Entry);
        Assert.Equal(2, run.Exchanges.Count);
    }

    [Fact]
    public async Task B08_DecodedBody_WireHeadersDroppedAndLengthRecomputed()
    {
        var run = await IngestRun.ReadCaseAsync("B08-decoded-body-vs-wire-headers.har");

        var response = Assert.Single(run.Exchanges).Response;
        const string Json = """{"items":[{"id":1,"name":"alpha"},{"id":2,"name":"beta"}],"total":2}""";
        Assert.Equal(Json, Encoding.UTF8.GetString(response.Body!.Content.Span));
        Assert.DoesNotContain(response.Headers, h => h.Is("Content-Encoding"));
        Assert.Equal(
            ["Content-Type", "Content-Length", "Vary"],
            response.Headers.Select(h => h.Name));
        Assert.Equal(Json.Length.ToString(System.Globalization.CultureInfo.InvariantCulture),
            response.Headers.Single(h => h.Is("content-length")).Value);
        Assert.Equal(68, response.Body.DeclaredSize);
    }

    [Fact]
    public async Task B08_HeadResponse_ContentLengthDroppedSinceNoBodyIsSent()
    {
        var run = await IngestRun.ReadCorpusAsync("mitmproxy__har_files_head-content-length.har");

        var exchange = Assert.Single(run.Exchanges);
        Assert.Equal("HEAD", exchange.Request.Method);
        Assert.DoesNotContain(exchange.Response.Headers, h => h.Is("Content-Length"));
        Assert.Equal(0, exchange.Response.Body!.Content.Length);
    }

    [Fact]
    public async Task B09_OddTimings_NegativeIsNullMissingIsUnknownNeverNegative()
    {
        var run = await IngestRun.ReadCaseAsync("B09-odd-timings.har");

        Assert.Equal(3, run.Exchanges.Count);
        var first = run.Exchanges[0].Timings;
        Assert.Equal((12.734, 12.5, 0.116), (first.TotalMs, first.WaitMs, first.ReceiveMs));
        Assert.Same(Model.ExchangeTimings.Unknown, run.Exchanges[1].Timings);
        var third = run.Exchanges[2].Timings;
        Assert.Equal((9d, 8d, 1d), (third.TotalMs, third.WaitMs, third.ReceiveMs));
        Assert.Equal(TimeSpan.FromSeconds(40), run.Exchanges[2].StartedAt - run.Exchanges[1].StartedAt);
        Assert.Empty(run.Diagnostics);
    }

    [Fact]
    public async Task B09_NegativeTotalTime_ReadsAsNotApplicable()
    {
        using var folder = new TempFolder();
        var har = HarText.Entry("""
            "time": -1, "timings": {"wait": -1000, "receive": -1, "send": -1},
            "request": {"method": "GET", "url": "https://a.example.test/", "headers": []},
            "response": {"status": 200, "headers": [], "content": {"size": 0}}
            """);

        var run = await IngestRun.ReadAsync(folder.Write("negative.har", har));

        Assert.Same(Model.ExchangeTimings.Unknown, Assert.Single(run.Exchanges).Timings);
    }

    [Fact]
    public async Task B10_RepeatedCalls_KeptInOrderOneExchangePerCall()
    {
        var run = await IngestRun.ReadCaseAsync("B10-repeated-call-changing-state.har");

        Assert.Equal(["GET", "PUT", "GET"], run.Exchanges.Select(e => e.Request.Method));
        Assert.Equal([0, 1, 2], run.Exchanges.Select(e => e.Location.Entry!.Value));
        Assert.Equal(
            [
                """{"id":7,"title":"Pay","done":false}""",
                "",
                """{"id":7,"title":"Pay","done":true}""",
            ],
            run.Exchanges.Select(e => Encoding.UTF8.GetString(e.Response.Body!.Content.Span)));
        Assert.Equal("""{"done":true}""", Encoding.UTF8.GetString(run.Exchanges[1].Request.Body!.Content.Span));
    }

    [Fact]
    public async Task B11_Preflight_OptionsEntryKeptWithItsHeaders()
    {
        var run = await IngestRun.ReadCaseAsync("B11-cors-preflight.har");

        var preflight = run.Exchanges[0];
        Assert.Equal("OPTIONS", preflight.Request.Method);
        Assert.Contains(preflight.Request.Headers, h => h.Is("access-control-request-method") && h.Value == "POST");
        Assert.Equal(204, preflight.Response.Status);
        Assert.Equal(2, run.Exchanges.Count);
    }

    [Fact]
    public async Task B12_SetCookie_ParsedIntoResponseCookies()
    {
        var run = await IngestRun.ReadCaseAsync("B12-token-correlation.har");

        Assert.Equal([new Model.HttpCookie("csrf", "c-5f2a")], run.Exchanges[0].Response.Cookies);
        Assert.Equal([new Model.HttpCookie("csrf", "c-5f2a")], run.Exchanges[1].Request.Cookies);
        Assert.Contains("tok-AAA111", Encoding.UTF8.GetString(run.Exchanges[0].Response.Body!.Content.Span),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task B12_SetCookieHeaderOnly_ParsedWhenTheCookieListIsEmpty()
    {
        using var folder = new TempFolder();
        var har = HarText.Entry("""
            "request": {"method": "GET", "url": "https://a.example.test/", "headers": [
              {"name": "Cookie", "value": "a=1; b=two"}]},
            "response": {"status": 200, "cookies": [], "headers": [
              {"name": "Set-Cookie", "value": "sid=s-1; Path=/; HttpOnly\nlang=en"},
              {"name": "set-cookie", "value": "theme=dark"}], "content": {"size": 0}}
            """);

        var run = await IngestRun.ReadAsync(folder.Write("cookies.har", har));

        var exchange = Assert.Single(run.Exchanges);
        Assert.Equal(
            ["sid=s-1", "lang=en", "theme=dark"],
            exchange.Response.Cookies.Select(c => $"{c.Name}={c.Value}"));
        Assert.Equal(["a=1", "b=two"], exchange.Request.Cookies.Select(c => $"{c.Name}={c.Value}"));
    }

    [Fact]
    public async Task B19_NonAscii_KeptIntactInUrlAndBody()
    {
        var run = await IngestRun.ReadCaseAsync("B19-non-ascii.har");

        var exchange = Assert.Single(run.Exchanges);
        Assert.Equal("/café/menü", Uri.UnescapeDataString(exchange.Request.Url.AbsolutePath));
        var body = Encoding.UTF8.GetString(exchange.Response.Body!.Content.Span);
        Assert.Contains("Crème brûlée", body, StringComparison.Ordinal);
        Assert.Contains("4,50 €", body, StringComparison.Ordinal);
        // The body's own JSON escapes the combining mark; the reader keeps that escape byte for byte.
        Assert.Contains(@"Zoe\u0308", body, StringComparison.Ordinal);
        Assert.False(exchange.Response.Body.IsLossy);
    }
}

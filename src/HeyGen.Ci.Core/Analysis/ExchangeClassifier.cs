using HeyGen.Ci.Core.Model;

namespace HeyGen.Ci.Core.Analysis;

/// <summary>Tells behaviour from browser plumbing, static assets and exchanges without a response.</summary>
internal static class ExchangeClassifier
{
    private static readonly string[] AssetExtensions =
    [
        ".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif", ".svg", ".ico", ".bmp",
        ".css", ".js", ".mjs", ".map", ".woff", ".woff2", ".ttf", ".otf", ".eot",
        ".html", ".htm", ".wasm", ".mp4", ".webm", ".mp3",
    ];

    /// <summary>The kind of <paramref name="exchange"/>, leaving the origin check to the caller.</summary>
    public static ExchangeKind Classify(Exchange exchange, bool keepStaticAssets)
    {
        var request = exchange.Request;
        if (IsPreflight(request))
        {
            return ExchangeKind.Preflight;
        }

        if (!exchange.Response.WasReceived)
        {
            return ExchangeKind.NoResponse;
        }

        return !keepStaticAssets && IsStaticAsset(exchange) ? ExchangeKind.StaticAsset : ExchangeKind.Behaviour;
    }

    /// <summary>Whether the request is a CORS preflight.</summary>
    public static bool IsPreflight(RecordedRequest request)
        => string.Equals(request.Method, "OPTIONS", StringComparison.OrdinalIgnoreCase)
            && request.Headers.Any(h => h.Is("Access-Control-Request-Method"));

    /// <summary>Whether the exchange fetched an image, style sheet, script, font, media or HTML
    /// document.</summary>
    public static bool IsStaticAsset(Exchange exchange)
    {
        var path = exchange.Request.Url.AbsolutePath;
        if (AssetExtensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        var type = ContentType(exchange.Response.Headers) ?? exchange.Response.Body?.MediaType;
        if (type is null)
        {
            return false;
        }

        var essence = MediaTypes.Essence(type).ToString();
        string[] assetTypes = ["image/", "font/", "audio/", "video/"];
        string[] assetExact = ["text/css", "text/javascript", "application/javascript", "application/x-javascript",
            "text/html", "application/xhtml+xml", "application/font-woff", "application/wasm"];

        return assetTypes.Any(t => essence.StartsWith(t, StringComparison.OrdinalIgnoreCase))
            || assetExact.Any(t => essence.Equals(t, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The value of the first <c>Content-Type</c> header, when there is one.</summary>
    public static string? ContentType(IReadOnlyList<HttpHeader> headers)
        => headers.FirstOrDefault(h => h.Is("Content-Type"))?.Value;
}

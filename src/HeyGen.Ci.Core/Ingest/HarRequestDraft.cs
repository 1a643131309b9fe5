using HeyGen.Ci.Core.Model;

namespace HeyGen.Ci.Core.Ingest;

/// <summary>A HAR <c>request</c> as read.</summary>
internal sealed class HarRequestDraft
{
    public string? Method { get; set; }

    public string? Url { get; set; }

    public string? HttpVersion { get; set; }

    public List<HttpHeader> Headers { get; } = [];

    public List<HttpCookie> Cookies { get; } = [];

    public HarPostDataDraft? PostData { get; set; }

    public long? BodySize { get; set; }
}

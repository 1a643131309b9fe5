using HeyGen.Ci.Core.Model;

namespace HeyGen.Ci.Core.Ingest;

/// <summary>A HAR <c>response</c> as read.</summary>
internal sealed class HarResponseDraft
{
    public long? Status { get; set; }

    public string? StatusText { get; set; }

    public List<HttpHeader> Headers { get; } = [];

    public List<HttpCookie> Cookies { get; } = [];

    public HarContentDraft? Content { get; set; }

    public long? BodySize { get; set; }
}

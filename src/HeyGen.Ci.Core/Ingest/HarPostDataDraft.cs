namespace HeyGen.Ci.Core.Ingest;

/// <summary>A HAR <c>postData</c> as read; <see cref="Text"/> holds the unescaped UTF-8 bytes.</summary>
internal sealed class HarPostDataDraft
{
    public string? MimeType { get; set; }

    public byte[]? Text { get; set; }

    public string? Encoding { get; set; }

    public List<HarParam> Params { get; } = [];
}

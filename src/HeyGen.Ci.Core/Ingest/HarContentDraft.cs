namespace HeyGen.Ci.Core.Ingest;

/// <summary>A HAR <c>response.content</c> as read; <see cref="Text"/> holds the unescaped UTF-8 bytes.</summary>
internal sealed class HarContentDraft
{
    public long? Size { get; set; }

    public string? MimeType { get; set; }

    public byte[]? Text { get; set; }

    public string? Encoding { get; set; }

    /// <summary>A side-car file holding the body (Playwright's <c>content._file</c>), beside the HAR file.</summary>
    public string? File { get; set; }
}

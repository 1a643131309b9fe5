namespace HeyGen.Ci.Core.Diagnostics;

public static partial class DiagnosticCodes
{
    /// <summary>A recording path given as input does not exist.</summary>
    public static readonly DiagnosticDescriptor RecordingNotFound =
        new("HGCI0001", DiagnosticSeverity.Error, "Recording not found");

    /// <summary>A recording file exists but cannot be opened or read.</summary>
    public static readonly DiagnosticDescriptor RecordingUnreadable =
        new("HGCI0002", DiagnosticSeverity.Error, "Recording cannot be read");

    /// <summary>A recording file holds nothing but white space.</summary>
    public static readonly DiagnosticDescriptor RecordingEmpty =
        new("HGCI0003", DiagnosticSeverity.Warning, "Recording is empty");

    /// <summary>A folder given as input holds no <c>*.har</c> or <c>*.log</c> file.</summary>
    public static readonly DiagnosticDescriptor FolderHasNoRecordings =
        new("HGCI0004", DiagnosticSeverity.Warning, "Folder holds no recordings");

    /// <summary>A HAR file is not valid JSON; entries before the fault still load.</summary>
    public static readonly DiagnosticDescriptor HarInvalidJson =
        new("HGCI0010", DiagnosticSeverity.Error, "HAR file is not valid JSON");

    /// <summary>A JSON file has no <c>log.entries</c> array, so it is not a HAR file.</summary>
    public static readonly DiagnosticDescriptor HarNoEntries =
        new("HGCI0011", DiagnosticSeverity.Error, "HAR file has no log.entries");

    /// <summary>A HAR entry lacks a field an exchange needs, or holds it in an unusable form; it is skipped.</summary>
    public static readonly DiagnosticDescriptor HarEntryInvalid =
        new("HGCI0012", DiagnosticSeverity.Error, "HAR entry rejected");

    /// <summary>A HAR entry is not an HTTP exchange with a server (a <c>data:</c> URL, a proxy tunnel).</summary>
    public static readonly DiagnosticDescriptor HarEntryNotHttp =
        new("HGCI0013", DiagnosticSeverity.Warning, "HAR entry is not an HTTP exchange");

    /// <summary>A HAR entry's <c>startedDateTime</c> cannot be read; the entry loads without a start time.</summary>
    public static readonly DiagnosticDescriptor HarStartTimeInvalid =
        new("HGCI0014", DiagnosticSeverity.Warning, "HAR entry start time unreadable");

    /// <summary>A request body rebuilt from <c>postData.params</c> differs in length from <c>bodySize</c>.</summary>
    public static readonly DiagnosticDescriptor BodyRebuiltSizeDiffers =
        new("HGCI0020", DiagnosticSeverity.Warning, "Rebuilt request body differs from the recorded size");

    /// <summary>A body marked <c>base64</c> is not valid base64; its text is kept and marked lossy.</summary>
    public static readonly DiagnosticDescriptor BodyBase64Invalid =
        new("HGCI0021", DiagnosticSeverity.Warning, "Body is not valid base64");

    /// <summary>A body names an encoding other than <c>base64</c>; its text is kept as it is.</summary>
    public static readonly DiagnosticDescriptor BodyEncodingUnknown =
        new("HGCI0022", DiagnosticSeverity.Warning, "Body encoding not understood");

    /// <summary>A binary body was stored as text and evidently lost bytes (U+FFFD); it is marked lossy.</summary>
    public static readonly DiagnosticDescriptor BodyLossy =
        new("HGCI0023", DiagnosticSeverity.Warning, "Body lost bytes in the recording");

    /// <summary>Bodies larger than <c>IngestOptions.MaxBodyBytes</c> were truncated and marked lossy.</summary>
    public static readonly DiagnosticDescriptor BodyTruncated =
        new("HGCI0024", DiagnosticSeverity.Warning, "Large bodies truncated");

    /// <summary>A body stored in a side-car file (<c>content._file</c>) is missing or unreadable.</summary>
    public static readonly DiagnosticDescriptor BodySideCarMissing =
        new("HGCI0025", DiagnosticSeverity.Warning, "Body side-car file missing");

    /// <summary>A body recorded still compressed could not be decompressed; it is kept as recorded, lossy.</summary>
    public static readonly DiagnosticDescriptor BodyDecompressionFailed =
        new("HGCI0026", DiagnosticSeverity.Warning, "Compressed body cannot be decoded");

    /// <summary>An access log line cannot be parsed, or is not a request to replay; it is skipped.</summary>
    public static readonly DiagnosticDescriptor AccessLogLineInvalid =
        new("HGCI0101", DiagnosticSeverity.Warning, "Access log line skipped");

    /// <summary>No line of an access log could be parsed: the file is probably in another format.</summary>
    public static readonly DiagnosticDescriptor AccessLogUnrecognised =
        new("HGCI0102", DiagnosticSeverity.Error, "Access log format not recognised");
}

namespace HeyGen.Ci.Core.Ingest;

/// <summary>One HAR entry as read, before it is checked and turned into an exchange.</summary>
internal sealed class HarEntryDraft
{
    public string? PageRef { get; set; }

    public string? StartedDateTime { get; set; }

    public double? Time { get; set; }

    public HarRequestDraft? Request { get; set; }

    public HarResponseDraft? Response { get; set; }

    public HarTimingsDraft Timings { get; } = new();
}

namespace HeyGen.Ci.Core.Ingest;

/// <summary>A HAR entry found by the scanner: its draft (absent when it could not be read), index and line.</summary>
/// <param name="Draft">What was read.</param>
/// <param name="Index">The zero-based index in <c>log.entries</c>.</param>
/// <param name="Line">The one-based line where the entry starts.</param>
internal sealed record ScannedEntry(HarEntryDraft Draft, int Index, int Line);

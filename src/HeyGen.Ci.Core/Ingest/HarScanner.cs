using System.Text.Json;
using HeyGen.Ci.Core.Diagnostics;

namespace HeyGen.Ci.Core.Ingest;

/// <summary>
/// Walks a HAR document chunk by chunk with one <see cref="Utf8JsonReader"/> state, down to
/// <c>log.entries</c>, and hands out each entry once it lies whole in the buffer. Whatever is not an entry is
/// skipped without being decoded. When a value does not fit in the chunk the scanner rewinds to just before
/// it and asks for more data, so the buffer only ever needs to hold one entry.
/// </summary>
internal sealed class HarScanner
{
    private readonly string _path;
    private readonly IDiagnosticSink _diagnostics;
    private readonly LineCounter _lines = new();
    private JsonReaderState _state = new(HarJson.ReaderOptions);
    private HarScanPhase _phase = HarScanPhase.Start;
    private Pending _pending;
    private bool _sawEntries;
    private bool _atStart = true;
    private bool _invalid;
    private int _entryIndex;

    public HarScanner(string path, IDiagnosticSink diagnostics)
    {
        _path = path;
        _diagnostics = diagnostics;
    }

    private enum Pending
    {
        None,
        Log,
        Entries,
    }

    /// <summary>Whether there is nothing more to read.</summary>
    public bool IsDone => _phase == HarScanPhase.Done;

    /// <summary>How many entries the scanner met so far.</summary>
    public int EntriesSeen => _entryIndex;

    /// <summary>Scans <paramref name="data"/> and returns how many of its bytes are done with.</summary>
    public int Scan(ReadOnlySpan<byte> data, bool isFinal, List<ScannedEntry> found)
    {
        var skipped = 0;
        if (_atStart)
        {
            skipped = RecordingFile.BomLength(data);
            data = data[skipped..];
            _atStart = false;
        }

        var consumed = ScanJson(data, isFinal, found);
        if (isFinal && !IsDone)
        {
            ReportInvalid(null, "the file ends before the JSON is complete; it was probably cut off", null);
        }

        _lines.Discard(data, consumed);
        return consumed + skipped;
    }

    /// <summary>Reports a file without <c>log.entries</c>; called once the whole file was scanned.</summary>
    public void Finish()
    {
        if (!_sawEntries && !_invalid)
        {
            _diagnostics.Report(DiagnosticCodes.HarNoEntries.Create(
                $"'{_path}' is JSON but has no log.entries array, so it is not a HAR file; export the "
                + "recording again as HAR 1.2.", _path));
        }
    }

    private int ScanJson(ReadOnlySpan<byte> data, bool isFinal, List<ScannedEntry> found)
    {
        var reader = new Utf8JsonReader(data, isFinal, _state);
        try
        {
            return Walk(ref reader, data, found);
        }
        catch (JsonException ex)
        {
            var line = ex.LineNumber is { } relative ? (int)_lines.LineFromBufferStart(relative) : (int?)null;
            ReportInvalid(line, Reason(ex.Message), ex.BytePositionInLine + 1);
            return data.Length;
        }
    }

    private int Walk(ref Utf8JsonReader reader, ReadOnlySpan<byte> data, List<ScannedEntry> found)
    {
        while (_phase != HarScanPhase.Done)
        {
            var checkpoint = reader.CurrentState;
            var before = (int)reader.BytesConsumed;
            if (!reader.Read() || !Step(ref reader, data, found))
            {
                // Not enough data for the next token or value: resume from just before it.
                _state = checkpoint;
                return before;
            }
        }

        _state = reader.CurrentState;
        return (int)reader.BytesConsumed;
    }

    /// <summary>Handles one token; false when the value it starts is not yet whole in the buffer.</summary>
    private bool Step(ref Utf8JsonReader reader, ReadOnlySpan<byte> data, List<ScannedEntry> found)
    {
        switch (_phase)
        {
            case HarScanPhase.Start:
                _phase = reader.TokenType == JsonTokenType.StartObject ? HarScanPhase.Root : HarScanPhase.Done;
                return true;
            case HarScanPhase.Root:
                return StepInObject(ref reader, "log"u8, Pending.Log, HarScanPhase.Log);
            case HarScanPhase.Log:
                return StepInObject(ref reader, "entries"u8, Pending.Entries, HarScanPhase.Entries);
            default:
                return StepInEntries(ref reader, data, found);
        }
    }

    private bool StepInObject(ref Utf8JsonReader reader, ReadOnlySpan<byte> wanted, Pending pending, HarScanPhase inner)
    {
        if (reader.TokenType == JsonTokenType.EndObject)
        {
            _phase = HarScanPhase.Done;
            return true;
        }

        if (reader.TokenType == JsonTokenType.PropertyName)
        {
            _pending = reader.ValueTextEquals(wanted) ? pending : Pending.None;
            return true;
        }

        var wantedValue = pending == Pending.Log ? JsonTokenType.StartObject : JsonTokenType.StartArray;
        if (_pending == pending && reader.TokenType == wantedValue)
        {
            _pending = Pending.None;
            _phase = inner;
            return true;
        }

        if (!reader.TrySkip())
        {
            return false;
        }

        _pending = Pending.None;
        return true;
    }

    private bool StepInEntries(ref Utf8JsonReader reader, ReadOnlySpan<byte> data, List<ScannedEntry> found)
    {
        if (reader.TokenType == JsonTokenType.EndArray)
        {
            _sawEntries = true;
            _phase = HarScanPhase.Log;
            return true;
        }

        var start = (int)reader.TokenStartIndex;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return reader.TrySkip() && Rejected(data, start, "it is not a JSON object");
        }

        var atStart = reader;
        try
        {
            if (HarEntryParser.Parse(ref reader) is not { } draft)
            {
                return false;
            }

            found.Add(new ScannedEntry(draft, _entryIndex++, (int)_lines.LineAt(data, start)));
            return true;
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException)
        {
            // A value the model cannot take (such as a string that is not UTF-8): skip the whole entry.
            reader = atStart;
            return reader.TrySkip() && Rejected(data, start, "it cannot be read (" + ex.Message + ")");
        }
    }

    private bool Rejected(ReadOnlySpan<byte> data, int start, string why)
    {
        ReportEntry(_entryIndex++, (int)_lines.LineAt(data, start), why);
        return true;
    }

    private void ReportEntry(int index, int line, string why)
    {
        _diagnostics.Report(DiagnosticCodes.HarEntryInvalid.Create(
            $"Entry {index} of '{_path}' was skipped: {why}. Fix or remove that entry; the others loaded.",
            _path, line, index));
    }

    /// <summary>The parser's message without the position it appends, which is relative to the chunk.</summary>
    private static string Reason(string message)
    {
        var position = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (position < 0 ? message : message[..position]).TrimEnd('.', ' ');
    }

    private void ReportInvalid(int? line, string why, long? column)
    {
        if (_invalid)
        {
            return;
        }

        int? entry = _phase == HarScanPhase.Entries ? _entryIndex : null;
        var where = entry is { } index ? $" in entry {index}" : string.Empty;
        _invalid = true;
        _phase = HarScanPhase.Done;
        _diagnostics.Report(DiagnosticCodes.HarInvalidJson.Create(
            $"'{_path}' is not valid JSON{where}: {why}. Entries before this point loaded; repair the file or "
            + "export it again.", _path, line, entry, (int?)column));
    }
}

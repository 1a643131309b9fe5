namespace HeyGen.Ci.Core.Ingest;

/// <summary>
/// Knows the line number of any position of a sliding buffer, counting each byte once (a vectorised count
/// of <c>\n</c>), so HAR entries can name their line at almost no cost.
/// </summary>
internal sealed class LineCounter
{
    private long _linesBeforeBuffer;
    private long _linesBeforeCounted;
    private int _counted;

    /// <summary>The one-based line of <paramref name="index"/> in the current buffer.</summary>
    public long LineAt(ReadOnlySpan<byte> buffer, int index)
    {
        if (index < _counted)
        {
            return _linesBeforeBuffer + buffer[..index].Count((byte)'\n') + 1;
        }

        _linesBeforeCounted += buffer[_counted..index].Count((byte)'\n');
        _counted = index;
        return _linesBeforeCounted + 1;
    }

    /// <summary>The one-based line of a line number relative to the start of the current buffer (0-based).</summary>
    public long LineFromBufferStart(long relativeLine) => _linesBeforeBuffer + relativeLine + 1;

    /// <summary>Forgets the first <paramref name="consumed"/> bytes, which the buffer is about to drop.</summary>
    public void Discard(ReadOnlySpan<byte> buffer, int consumed)
    {
        if (consumed >= _counted)
        {
            _linesBeforeCounted += buffer[_counted..consumed].Count((byte)'\n');
            _linesBeforeBuffer = _linesBeforeCounted;
            _counted = 0;
            return;
        }

        _linesBeforeBuffer += buffer[..consumed].Count((byte)'\n');
        _counted -= consumed;
    }
}

namespace HeyGen.Ci.Core.Ingest;

/// <summary>Reads the space-separated, bracketed and quoted fields of an access log line in turn.</summary>
internal sealed class AccessLogCursor
{
    private readonly string _line;
    private int _position;

    public AccessLogCursor(string line) => _line = line;

    /// <summary>The next run of non-space characters, or null at the end.</summary>
    public string? Word()
    {
        SkipSpaces();
        if (_position >= _line.Length)
        {
            return null;
        }

        var end = _line.IndexOf(' ', _position);
        end = end < 0 ? _line.Length : end;
        var word = _line[_position..end];
        _position = end;
        return word;
    }

    /// <summary>The text inside <c>[…]</c>, or null when the next field is not bracketed.</summary>
    public string? Bracketed()
    {
        SkipSpaces();
        if (_position >= _line.Length || _line[_position] != '[')
        {
            return null;
        }

        var end = _line.IndexOf(']', _position);
        if (end < 0)
        {
            return null;
        }

        var text = _line[(_position + 1)..end];
        _position = end + 1;
        return text;
    }

    /// <summary>The decoded text inside <c>"…"</c>, or null when the next field is not quoted.</summary>
    public string? Quoted()
    {
        SkipSpaces();
        if (_position >= _line.Length || _line[_position] != '"')
        {
            return null;
        }

        for (var i = _position + 1; i < _line.Length; i++)
        {
            if (_line[i] == '\\')
            {
                i++;
            }
            else if (_line[i] == '"')
            {
                var text = AccessLogLineParser.Unescape(_line.AsSpan(_position + 1, i - _position - 1));
                _position = i + 1;
                return text;
            }
        }

        return null;
    }

    /// <summary>The next field, quoted or not, or null at the end.</summary>
    public string? Next()
    {
        SkipSpaces();
        return _position < _line.Length && _line[_position] == '"' ? Quoted() ?? Word() : Word();
    }

    private void SkipSpaces()
    {
        while (_position < _line.Length && _line[_position] == ' ')
        {
            _position++;
        }
    }
}

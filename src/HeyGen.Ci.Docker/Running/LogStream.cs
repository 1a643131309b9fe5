using System.Text;

namespace HeyGen.Ci.Docker.Running;

/// <summary>One output stream of a container: raw bytes to a file, decoded lines to a callback.</summary>
internal sealed class LogStream : IDisposable
{
    private readonly FileStream? _file;
    private readonly Action<string> _onLine;
    private readonly Decoder _decoder = new UTF8Encoding(false).GetDecoder();
    private readonly StringBuilder _pending = new();
    private readonly char[] _chars = new char[32 * 1024];

    public LogStream(string? path, Action<string> onLine)
    {
        _onLine = onLine;
        if (path is not null)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            _file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read);
        }
    }

    /// <summary>Complete lines seen so far.</summary>
    public int Lines { get; private set; }

    /// <summary>Writes a chunk of output and reports each line it completes.</summary>
    public void Write(ReadOnlySpan<byte> bytes)
    {
        _file?.Write(bytes);

        var count = _decoder.GetChars(bytes, _chars, flush: false);
        for (var i = 0; i < count; i++)
        {
            var c = _chars[i];
            if (c == '\n')
            {
                EmitPending();
            }
            else
            {
                _pending.Append(c);
            }
        }
    }

    /// <summary>Reports an unterminated last line and flushes the file.</summary>
    public void Flush()
    {
        if (_pending.Length > 0)
        {
            EmitPending();
        }

        _file?.Flush();
    }

    public void Dispose()
    {
        Flush();
        _file?.Dispose();
    }

    private void EmitPending()
    {
        if (_pending.Length > 0 && _pending[^1] == '\r')
        {
            _pending.Length--;
        }

        Lines++;
        _onLine(_pending.ToString());
        _pending.Clear();
    }
}

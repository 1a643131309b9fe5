using System.Buffers.Text;
using System.IO.Compression;

namespace HeyGen.Ci.Core.Ingest;

/// <summary>Byte-level decoding of recorded bodies: base64, leftover content encodings, lossy text.</summary>
internal static class BodyDecoder
{
    /// <summary>The decoded bytes of base64 text, or null when it is not base64.</summary>
    public static byte[]? FromBase64(byte[] text)
    {
        var bytes = new byte[Base64.GetMaxDecodedFromUtf8Length(text.Length)];
        if (Base64.DecodeFromUtf8(text, bytes, out _, out var written) == System.Buffers.OperationStatus.Done)
        {
            return written == bytes.Length ? bytes : bytes[..written];
        }

        // Some producers wrap base64 in lines; the lenient decoder skips white space.
        var chars = System.Text.Encoding.ASCII.GetString(text);
        return Convert.TryFromBase64String(chars, bytes, out written) ? bytes[..written] : null;
    }

    /// <summary>Whether the UTF-8 bytes hold U+FFFD, the mark of bytes a producer could not decode.</summary>
    public static bool HasReplacementCharacter(ReadOnlySpan<byte> utf8) => utf8.IndexOf("\uFFFD"u8) >= 0;

    /// <summary>Whether the bytes start as the named content encoding's data does.</summary>
    public static bool LooksEncoded(ReadOnlySpan<byte> bytes, string encoding) => encoding switch
    {
        "gzip" or "x-gzip" => bytes.Length >= 2 && bytes[0] == 0x1f && bytes[1] == 0x8b,
        "deflate" => bytes.Length >= 2 && (bytes[0] & 0x0f) == 8 && ((bytes[0] << 8) | bytes[1]) % 31 == 0,
        "br" => bytes.Length > 0,
        _ => false,
    };

    /// <summary>Decompresses at most <paramref name="limit"/> + 1 bytes; null when the data is corrupt.</summary>
    public static byte[]? Decompress(byte[] bytes, string encoding, long limit)
    {
        try
        {
            using var input = new MemoryStream(bytes, writable: false);
            using Stream decoder = encoding switch
            {
                "br" => new BrotliStream(input, CompressionMode.Decompress),
                "deflate" => new ZLibStream(input, CompressionMode.Decompress),
                _ => new GZipStream(input, CompressionMode.Decompress),
            };
            return ReadUpTo(decoder, limit + 1);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or InvalidOperationException)
        {
            return null;
        }
    }

    private static byte[] ReadUpTo(Stream stream, long limit)
    {
        using var output = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while (output.Length < limit && (read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            output.Write(chunk, 0, read);
        }

        return output.ToArray();
    }
}

using System.Buffers;
using System.Diagnostics;
using System.Text.Json;

namespace HeyGen.Ci.Bench;

/// <summary>
/// The floor for any JSON reader: every token of the file visited once with <see cref="Utf8JsonReader"/> over
/// a reused buffer, nothing decoded.
/// </summary>
internal static class TokenScan
{
    public static async Task<int> ScanAsync(string file)
    {
        var clock = Stopwatch.StartNew();
        await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1,
            FileOptions.Asynchronous | FileOptions.SequentialScan);
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 20);
        var state = new JsonReaderState();
        int filled = 0, read;
        long tokens = 0;
        var start = true;
        do
        {
            read = await stream.ReadAsync(buffer.AsMemory(filled));
            filled += read;
            var offset = start && buffer.AsSpan(0, filled).StartsWith("\uFEFF"u8) ? 3 : 0;
            start = false;
            var consumed = Scan(buffer.AsSpan(offset, filled - offset), read == 0, ref state, ref tokens) + offset;
            buffer.AsSpan(consumed, filled - consumed).CopyTo(buffer);
            filled -= consumed;
            if (filled == buffer.Length)
            {
                var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                buffer.AsSpan(0, filled).CopyTo(larger);
                ArrayPool<byte>.Shared.Return(buffer);
                buffer = larger;
            }
        }
        while (read > 0);

        Console.WriteLine($"scan: {tokens} tokens in {clock.Elapsed.TotalSeconds:F2} s");
        return 0;
    }

    private static int Scan(ReadOnlySpan<byte> data, bool isFinal, ref JsonReaderState state, ref long tokens)
    {
        var reader = new Utf8JsonReader(data, isFinal, state);
        while (reader.Read())
        {
            tokens++;
        }

        state = reader.CurrentState;
        return (int)reader.BytesConsumed;
    }
}

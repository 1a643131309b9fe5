using System.Diagnostics;
using HeyGen.Ci.Core.Diagnostics;
using HeyGen.Ci.Core.Ingest;

namespace HeyGen.Ci.Bench;

/// <summary>Reads a recording with the product's reader, touching every exchange, and prints what it read.</summary>
internal static class ReaderRun
{
    public static async Task<int> ReadAsync(string file)
    {
        var clock = Stopwatch.StartNew();
        var bag = new DiagnosticBag();
        long exchanges = 0, bodyBytes = 0;
        var stream = RecordingReader.ReadAsync(file, new IngestOptions(), bag, CancellationToken.None);
        await foreach (var exchange in stream)
        {
            exchanges++;
            bodyBytes += exchange.Response.Body?.Content.Length ?? 0;
        }

        Console.WriteLine($"read: {exchanges} exchanges, {bodyBytes >> 20} MB of bodies, {bag.Items.Count} "
            + $"diagnostics in {clock.Elapsed.TotalSeconds:F2} s");
        return 0;
    }
}

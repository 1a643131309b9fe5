using HeyGen.Ci.Core.Diagnostics;
using HeyGen.Ci.Core.Ingest;
using HeyGen.Ci.Core.Model;

namespace HeyGen.Ci.Core.Tests.Ingest;

/// <summary>What reading one recording gave: its exchanges, sessions and diagnostics.</summary>
internal sealed record IngestRun(IReadOnlyList<Exchange> Exchanges, IReadOnlyList<Diagnostic> Diagnostics)
{
    public int SessionCount => Exchanges.Select(e => e.SessionId).Distinct().Count();

    public IEnumerable<string> Codes => Diagnostics.Select(d => d.Code);

    public Diagnostic Single(string code) => Assert.Single(Diagnostics, d => d.Code == code);

    public static async Task<IngestRun> ReadAsync(string path, IngestOptions? options = null)
    {
        var bag = new DiagnosticBag();
        var exchanges = new List<Exchange>();
        await foreach (var exchange in RecordingReader.ReadAsync(path, options ?? new IngestOptions(), bag,
            CancellationToken.None))
        {
            exchanges.Add(exchange);
        }

        return new IngestRun(exchanges, bag.Items);
    }

    public static Task<IngestRun> ReadCaseAsync(string fileName, IngestOptions? options = null)
        => ReadAsync(HeyGen.Ci.Tests.RepositoryPaths.Case(fileName), options);

    public static Task<IngestRun> ReadCorpusAsync(string fileName, IngestOptions? options = null)
        => ReadAsync(Path.Combine(HeyGen.Ci.Tests.RepositoryPaths.CorpusHar, fileName), options);
}

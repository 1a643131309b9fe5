using System.Runtime.CompilerServices;
using System.Text.Json;
using HeyGen.Ci.Core.Diagnostics;
using HeyGen.Ci.Core.Generation;
using HeyGen.Ci.Core.Ingest;
using HeyGen.Ci.Core.Json;
using HeyGen.Ci.Core.Model;

namespace HeyGen.Ci.Core.Analysis;

/// <summary>Analyses recordings on disk and writes <c>analysis.json</c> and <c>flows.mmd</c>.</summary>
public static class RecordingAnalysis
{
    /// <summary>Reads and analyses the recordings in <paramref name="inputs"/> (files and folders).</summary>
    /// <param name="inputs">Recording files and folders.</param>
    /// <param name="ingest">How recordings are read.</param>
    /// <param name="keepStaticAssets">Count static assets as behaviour.</param>
    /// <param name="diagnostics">Receives what was wrong with the input.</param>
    /// <param name="cancellationToken">Stops the analysis.</param>
    public static async Task<BehaviourAnalysis> AnalyseAsync(
        IReadOnlyList<string> inputs, IngestOptions ingest, bool keepStaticAssets, IDiagnosticSink diagnostics,
        CancellationToken cancellationToken)
    {
        var files = RecordingReader.ExpandInputs(inputs, diagnostics);
        var options = new AnalysisOptions { KeepStaticAssets = keepStaticAssets };
        var outcome = await BehaviourAnalyser.AnalyseAsync(Source(files, ingest), files, options, diagnostics,
            cancellationToken).ConfigureAwait(false);

        return outcome.Analysis;
    }

    /// <summary>Writes <c>analysis.json</c> and <c>flows.mmd</c> into <paramref name="folder"/>; returns
    /// their paths.</summary>
    /// <param name="analysis">The analysis.</param>
    /// <param name="folder">The folder, created when missing.</param>
    /// <param name="cancellationToken">Stops writing.</param>
    public static async Task<IReadOnlyList<string>> WriteAsync(
        BehaviourAnalysis analysis, string folder, CancellationToken cancellationToken)
    {
        var json = Path.Combine(folder, "analysis.json");
        var chart = Path.Combine(folder, "flows.mmd");
        await WriteJsonAsync(analysis, json, cancellationToken).ConfigureAwait(false);
        await FeatureFiles.WriteIfChangedAsync(chart, FlowChart.ToMermaid(analysis.Flows), cancellationToken)
            .ConfigureAwait(false);

        return [json, chart];
    }

    /// <summary>Writes the analysis as <c>heygen.analysis/v1</c> JSON when its content changed; true when
    /// written.</summary>
    /// <param name="analysis">The analysis.</param>
    /// <param name="path">The file.</param>
    /// <param name="cancellationToken">Stops writing.</param>
    public static Task<bool> WriteJsonAsync(
        BehaviourAnalysis analysis, string path, CancellationToken cancellationToken)
        => FeatureFiles.WriteIfChangedAsync(path, JsonSerializer.Serialize(analysis, HeyGenJson.Options) + "\n",
            cancellationToken);

    /// <summary>The exchanges of <paramref name="files"/>, read in order, as often as asked.</summary>
    internal static RecordingSource Source(IReadOnlyList<string> files, IngestOptions ingest)
        => (diagnostics, cancellationToken) => ReadAll(files, ingest, diagnostics, cancellationToken);

    private static async IAsyncEnumerable<Exchange> ReadAll(
        IReadOnlyList<string> files, IngestOptions ingest, IDiagnosticSink diagnostics,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var file in files)
        {
            await foreach (var exchange in RecordingReader.ReadAsync(file, ingest, diagnostics, cancellationToken)
                .ConfigureAwait(false))
            {
                yield return exchange;
            }
        }
    }
}

using HeyGen.Ci.Core.Diagnostics;
using HeyGen.Ci.Core.Generation;
using HeyGen.Ci.MSBuild.Logging;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace HeyGen.Ci.MSBuild.Tasks;

/// <summary>
/// Generates feature files from the project's recordings, in process: the same generation as
/// <c>heygen generate</c>, which only reads and writes files. Ingest and generation diagnostics reach the build
/// log with their own codes and the recording's file and line or entry; a bad recording does not stop the rest.
/// </summary>
public sealed class GenerateHeyGenCiFeatures : Microsoft.Build.Utilities.Task, ICancelableTask
{
    private readonly CancellationTokenSource _cancel = new();

    /// <summary>The recordings (<c>HeyGenCiSession</c> items): HAR files and access logs.</summary>
    public ITaskItem[] Sessions { get; set; } = [];

    /// <summary>The folder the features are written to, under the project.</summary>
    [Required]
    public string FeaturesFolder { get; set; } = string.Empty;

    /// <summary>Where <c>analysis.json</c> is written (under <c>obj/</c>).</summary>
    public string AnalysisFile { get; set; } = string.Empty;

    /// <summary>Keep static assets (images, scripts, styles) in scenarios.</summary>
    public bool KeepStaticAssets { get; set; }

    /// <summary>Every feature file of this generation.</summary>
    [Output]
    public ITaskItem[] FeatureFiles { get; private set; } = [];

    /// <summary>The files whose content changed.</summary>
    [Output]
    public ITaskItem[] WrittenFiles { get; private set; } = [];

    /// <inheritdoc />
    public void Cancel() => _cancel.Cancel();

    /// <inheritdoc />
    public override bool Execute()
    {
        var sink = new MSBuildDiagnosticSink(Log);
        if (Sessions.Length == 0)
        {
            sink.Report(DiagnosticCodes.NoRecordings.Create(
                "The project has no HeyGenCiSession items, so no features are generated from recordings. Put " +
                "HAR files or access logs under Sessions/, or add HeyGenCiSession items; set " +
                "HeyGenCiGenerateFeatures=false to keep only hand-written features."));
            return true;
        }

        try
        {
            // MSBuild calls tasks synchronously; the generation is async and must not capture this thread.
            var result = System.Threading.Tasks.Task.Run(() => GenerateAsync(sink)).GetAwaiter().GetResult();
            FeatureFiles = [.. result.FeatureFiles.Select(f => new TaskItem(f))];
            WrittenFiles = [.. result.WrittenFiles.Select(f => new TaskItem(f))];
            Log.LogMessage(MessageImportance.High,
                $"HeyGen CI: {result.FeatureFiles.Count} features, {result.Scenarios} scenarios from " +
                $"{Sessions.Length} recordings; {result.WrittenFiles.Count} files written, " +
                $"{result.DeletedFiles.Count} deleted in {FeaturesFolder}");
        }
        catch (OperationCanceledException)
        {
            Log.LogWarning("HeyGen CI: feature generation was cancelled; files already written stay.");
            return false;
        }
        catch (HeyGenException ex)
        {
            sink.Report(ex.Diagnostic);
        }

        return !sink.HasErrors;
    }

    private Task<GenerationResult> GenerateAsync(IDiagnosticSink sink)
    {
        var request = new GenerationRequest
        {
            Inputs = [.. Sessions.Select(s => s.GetMetadata("FullPath")).Distinct(StringComparer.Ordinal)],
            OutputFolder = FeaturesFolder,
            AnalysisFile = string.IsNullOrEmpty(AnalysisFile) ? null : AnalysisFile,
            KeepStaticAssets = KeepStaticAssets,
        };

        return SpecGeneration.GenerateAsync(request, sink, _cancel.Token);
    }
}

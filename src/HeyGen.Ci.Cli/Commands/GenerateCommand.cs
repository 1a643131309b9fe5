using HeyGen.Ci.Core;
using HeyGen.Ci.Core.Generation;
using HeyGen.Ci.Core.Runs;
using Spectre.Console;

namespace HeyGen.Ci.Cli.Commands;

/// <summary><c>heygen generate</c>: writes Reqnroll feature files and <c>analysis.json</c> from
/// recordings.</summary>
internal sealed class GenerateCommand : HeyGenCommand<GenerateSettings>
{
    /// <inheritdoc />
    protected override async Task<int> RunAsync(GenerateSettings settings, CancellationToken cancellationToken)
    {
        if (settings.Sessions.Length == 0)
        {
            return Usage("give the recordings to generate from with --sessions <file|folder>");
        }

        var output = settings.Out ?? RunFolder.Create(RunFolder.DefaultRunsRoot(Environment.CurrentDirectory),
            TimeProvider.System).FeaturesFolder;
        var request = new GenerationRequest
        {
            Inputs = settings.Sessions,
            OutputFolder = output,
            AnalysisFile = settings.Analysis,
            KeepStaticAssets = settings.KeepStaticAssets,
        };

        var printer = new DiagnosticPrinter(Errors);
        var result = await Progress.RunAsync(Errors, "Generating features",
            () => SpecGeneration.GenerateAsync(request, printer, cancellationToken)).ConfigureAwait(false);

        Summary(result, printer);

        return printer.Errors > 0 ? ExitCodes.Findings : ExitCodes.Success;
    }

    private void Summary(GenerationResult result, DiagnosticPrinter printer)
    {
        var written = result.WrittenFiles.Count;
        var features = result.WrittenFiles.Count(f => f.EndsWith(".feature", StringComparison.Ordinal));
        var unchanged = result.FeatureFiles.Count - features;
        Console.WriteLine(
            $"{result.FeatureFiles.Count} features, {result.Scenarios} scenarios: {written} files written, "
            + $"{unchanged} unchanged, {result.DeletedFiles.Count} stale deleted");
        AnalysisSummary.Totals(Console, result.Analysis, printer);

        if (result.Analysis.Secrets.Count > 0)
        {
            var names = string.Join(", ", result.Analysis.Secrets.Select(s => s.Name));
            Console.MarkupLineInterpolated($"secrets read from the environment: [yellow]{names}[/]");
        }

        foreach (var file in result.WrittenFiles)
        {
            Console.MarkupLineInterpolated($"wrote [green]{file}[/]");
        }

        foreach (var file in result.DeletedFiles)
        {
            Console.MarkupLineInterpolated($"deleted [grey]{file}[/]");
        }
    }
}

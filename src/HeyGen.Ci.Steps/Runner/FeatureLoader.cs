using HeyGen.Ci.Core.Diagnostics;
using HeyGen.Ci.Steps.Scenarios;

namespace HeyGen.Ci.Steps.Runner;

/// <summary>Loads every feature file under a folder; a file that does not parse is reported and left out.</summary>
internal static class FeatureLoader
{
    public static async Task<IReadOnlyList<FeatureDocument>> LoadAsync(
        string folder, IDiagnosticSink? diagnostics, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(folder))
        {
            throw new HeyGenException(DiagnosticCodes.PathNotFound.Create(
                $"The features folder '{folder}' does not exist; generate features first or pass --features <dir>.",
                folder));
        }

        var files = Directory.EnumerateFiles(folder, "*.feature", SearchOption.AllDirectories)
            .Select(f => (Path: f, Relative: Path.GetRelativePath(folder, f).Replace('\\', '/')))
            .OrderBy(f => f.Relative, StringComparer.Ordinal)
            .ToArray();
        if (files.Length == 0)
        {
            throw new HeyGenException(DiagnosticCodes.NoScenarios.Create(
                $"The features folder '{folder}' holds no .feature file; run 'heygen generate' first.", folder));
        }

        var features = new List<FeatureDocument>();
        foreach (var (path, relative) in files)
        {
            try
            {
                features.Add(await FeatureDocument.LoadAsync(path, relative, cancellationToken).ConfigureAwait(false));
            }
            catch (HeyGenException ex)
            {
                diagnostics?.Report(ex.Diagnostic);
            }
        }

        return features;
    }
}

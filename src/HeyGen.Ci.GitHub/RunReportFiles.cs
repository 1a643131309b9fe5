using HeyGen.Ci.Core.Json;
using HeyGen.Ci.Core.Results;
using HeyGen.Ci.Core.Runs;
using HeyGen.Ci.Core.Verdicts;

namespace HeyGen.Ci.GitHub;

/// <summary>Loads what a report is made of from a run folder: the verdict and every result file.</summary>
public static class RunReportFiles
{
    /// <summary>Reads <c>verdict.json</c> and <c>results/*.json</c>; a missing or foreign file is HGCI2004.</summary>
    public static async Task<(Verdict Verdict, IReadOnlyList<RunResult> Results)> LoadAsync(
        RunFolder run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var verdict = await HeyGenJson.ReadAsync<Verdict>(run.VerdictFile, Verdict.SchemaName, cancellationToken)
            .ConfigureAwait(false);

        var folder = Path.GetDirectoryName(run.ResultFile("candidate"))!;
        var results = new List<RunResult>();
        if (Directory.Exists(folder))
        {
            foreach (var file in Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal))
            {
                results.Add(await HeyGenJson.ReadAsync<RunResult>(file, RunResult.SchemaName, cancellationToken)
                    .ConfigureAwait(false));
            }
        }

        return (verdict, results);
    }
}

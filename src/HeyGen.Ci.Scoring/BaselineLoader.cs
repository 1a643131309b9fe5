using HeyGen.Ci.Core.Diagnostics;
using HeyGen.Ci.Core.Json;
using HeyGen.Ci.Core.Results;
using HeyGen.Ci.Core.Verdicts;
using HeyGen.Ci.Scoring.Features;

namespace HeyGen.Ci.Scoring;

/// <summary>
/// Finds the baseline a request names, never guessing: files given, else the run folder's baseline runs,
/// else the recording (shapes and statuses only).
/// </summary>
internal static class BaselineLoader
{
    public const string BaselineLabel = "baseline";
    public const string NoiseLabel = "baseline-2";

    public static async Task<BaselineProfile> LoadAsync(
        ScoreRequest request, RunResult candidate, CancellationToken cancellationToken)
    {
        var (kind, files) = Sources(request);
        var runs = new List<RunResult>();
        var used = new List<string>();
        var ids = candidate.Scenarios.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var run = await HeyGenJson.ReadAsync<RunResult>(file, RunResult.SchemaName, cancellationToken)
                .ConfigureAwait(false);
            if (!run.Scenarios.Any(s => ids.Contains(s.Id)))
            {
                var message = $"The baseline '{file}' shares no scenario id with the candidate, so it is left out; "
                    + "name result files of the same features run against the base branch.";
                request.Diagnostics?.Report(DiagnosticCodes.BaselineUnrelated.Create(message, file));
                continue;
            }

            runs.Add(run);
            used.Add(file);
        }

        if (runs.Count == 0)
        {
            return BaselineProfile.FromRecording(candidate);
        }

        var noiseFloor = runs.Count >= 2;

        return BaselineProfile.FromRuns(new BaselineInfo(kind, used, noiseFloor), runs);
    }

    private static (string Kind, IReadOnlyList<string> Files) Sources(ScoreRequest request)
    {
        if (request.BaselineFiles.Count > 0)
        {
            return ("files", [.. request.BaselineFiles.Select(Path.GetFullPath)]);
        }

        var files = new[] { BaselineLabel, NoiseLabel }
            .Select(request.Run.ResultFile)
            .Where(File.Exists)
            .ToArray();

        return ("run", files);
    }
}

using System.Globalization;
using System.Text.RegularExpressions;
using HeyGen.Ci.Core.Diagnostics;
using HeyGen.Ci.Core.Json;
using HeyGen.Ci.Core.Results;
using HeyGen.Ci.Core.Runs;

namespace HeyGen.Ci.Steps.Runner;

/// <summary>
/// Combines the shard result files of one label (<c>results/&lt;label&gt;.shard-&lt;i&gt;-of-&lt;n&gt;.json</c>)
/// into one result, refusing sets with a shard missing, a shard or scenario twice, or files from other runs.
/// </summary>
public static partial class ShardMerge
{
    /// <summary>The result file name of one shard: <c>&lt;label&gt;.shard-&lt;i&gt;-of-&lt;n&gt;.json</c>.</summary>
    public static string FileName(string label, ShardInfo shard)
    {
        ArgumentNullException.ThrowIfNull(shard);

        return $"{label}.shard-{shard.Index}-of-{shard.Count}.json";
    }

    /// <summary>The result file of one shard in a run folder.</summary>
    public static string ShardFile(RunFolder folder, string label, ShardInfo shard)
    {
        ArgumentNullException.ThrowIfNull(folder);

        return Path.Combine(Path.GetDirectoryName(folder.ResultFile(label))!, FileName(label, shard));
    }

    /// <summary>
    /// Reads every shard file of <paramref name="label"/> in <paramref name="folder"/> and returns their union as
    /// shard 1/1. Throws a <see cref="HeyGenException"/> with <see cref="DiagnosticCodes.ShardMissing"/>,
    /// <see cref="DiagnosticCodes.ShardDuplicate"/> or <see cref="DiagnosticCodes.ShardMismatch"/>.
    /// </summary>
    public static async Task<RunResult> MergeAsync(RunFolder folder, string label, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var results = Path.GetDirectoryName(folder.ResultFile(label))!;
        var files = Directory.Exists(results)
            ? Directory.GetFiles(results, label + ".shard-*-of-*.json").Order(StringComparer.Ordinal).ToArray()
            : [];
        if (files.Length == 0)
        {
            throw Fail(DiagnosticCodes.ShardMissing, $"No shard result of '{label}' in '{results}'; run "
                + $"'heygen run --shard i/n --label {label} --run {folder.Root}' for every shard first.", results);
        }

        var shards = new List<(ShardInfo Shard, RunResult Result, string File)>();
        foreach (var file in files)
        {
            var result = await HeyGenJson.ReadAsync<RunResult>(file, RunResult.SchemaName, cancellationToken)
                .ConfigureAwait(false);
            shards.Add((Check(file, label, result), result, file));
        }

        CheckComplete(shards, results);

        return Combine(shards.OrderBy(s => s.Shard.Index).Select(s => s.Result).ToArray());
    }

    private static ShardInfo Check(string file, string label, RunResult result)
    {
        var match = ShardName().Match(Path.GetFileName(file));
        var named = new ShardInfo(
            int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture),
            int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture));
        if (!named.Equals(result.Shard) || result.Label != label)
        {
            throw Fail(DiagnosticCodes.ShardMismatch, $"'{file}' holds shard {result.Shard} of label '{result.Label}', "
                + $"but its name says shard {named} of '{label}'; do not rename shard files.", file);
        }

        return named;
    }

    private static void CheckComplete(List<(ShardInfo Shard, RunResult Result, string File)> shards, string folder)
    {
        var counts = shards.Select(s => s.Shard.Count).Distinct().ToArray();
        var runs = shards.Select(s => s.Result.RunId).Distinct(StringComparer.Ordinal).ToArray();
        if (counts.Length > 1 || runs.Length > 1)
        {
            throw Fail(DiagnosticCodes.ShardMismatch, $"The shard files in '{folder}' come from different runs or "
                + $"shard counts ({string.Join(", ", shards.Select(s => Path.GetFileName(s.File)))}); remove the "
                + "stale ones and merge again.", folder);
        }

        var missing = Enumerable.Range(1, counts[0]).Except(shards.Select(s => s.Shard.Index)).ToArray();
        if (missing.Length > 0)
        {
            var names = string.Join(", ", missing.Select(i => $"{i}/{counts[0]}"));
            throw Fail(DiagnosticCodes.ShardMissing, $"Shard {names} "
                + $"has no result file in '{folder}'; run that shard (or wait for its job) and merge again.", folder);
        }

        var twice = shards.SelectMany(s => s.Result.Scenarios.Select(r => (r.Id, s.File)))
            .GroupBy(p => p.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            throw Fail(DiagnosticCodes.ShardDuplicate, $"Scenario '{twice.Key}' is in more than one shard "
                + $"({string.Join(", ", twice.Select(p => Path.GetFileName(p.File)))}); the shards ran different "
                + "features. Run every shard on the same features.", twice.First().File);
        }
    }

    private static RunResult Combine(RunResult[] shards) => shards[0] with
    {
        StartedAt = shards.Min(s => s.StartedAt),
        FinishedAt = shards.Max(s => s.FinishedAt),
        Shard = ShardInfo.Whole,
        Scenarios = [.. shards.SelectMany(s => s.Scenarios)
            .OrderBy(s => s.FeatureFile, StringComparer.Ordinal).ThenBy(s => s.Line)],
    };

    private static HeyGenException Fail(DiagnosticDescriptor descriptor, string message, string file)
        => new(descriptor.Create(message, file));

    [GeneratedRegex(@"\.shard-(\d+)-of-(\d+)\.json$", RegexOptions.CultureInvariant)]
    private static partial Regex ShardName();
}

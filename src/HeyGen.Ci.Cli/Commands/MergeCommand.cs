using HeyGen.Ci.Core;
using HeyGen.Ci.Core.Json;
using HeyGen.Ci.Core.Runs;
using HeyGen.Ci.Steps.Runner;
using Spectre.Console;

namespace HeyGen.Ci.Cli.Commands;

/// <summary><c>heygen merge</c>: combines a label's shard results into <c>results/&lt;label&gt;.json</c>.</summary>
internal sealed class MergeCommand : HeyGenCommand<MergeSettings>
{
    /// <inheritdoc />
    protected override async Task<int> RunAsync(MergeSettings settings, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(settings.Run))
        {
            return Usage("--run <dir> is required: the run folder whose shard results to merge.");
        }

        var folder = new RunFolder(settings.Run);
        var merged = await ShardMerge.MergeAsync(folder, settings.Label, cancellationToken).ConfigureAwait(false);
        var file = folder.ResultFile(settings.Label);
        await HeyGenJson.WriteAsync(file, merged, cancellationToken).ConfigureAwait(false);
        Console.WriteLine($"Merged {merged.Scenarios.Count} scenarios into {file}");
        Console.WriteLine(merged.Summary.ToClosingLine());

        return ExitCodes.Success;
    }
}

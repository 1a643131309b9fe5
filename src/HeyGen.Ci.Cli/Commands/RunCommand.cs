using System.Globalization;
using HeyGen.Ci.Cli.Console;
using HeyGen.Ci.Core;
using HeyGen.Ci.Core.Diagnostics;
using HeyGen.Ci.Core.Results;
using HeyGen.Ci.Core.Runs;
using HeyGen.Ci.Core.Targets;
using HeyGen.Ci.Steps.Runner;

namespace HeyGen.Ci.Cli.Commands;

/// <summary>
/// <c>heygen run</c>: runs feature files against a target through the Reqnroll runtime and writes the result file,
/// Cucumber messages, the HTML report and JUnit XML into the run folder.
/// </summary>
internal sealed partial class RunCommand : HeyGenCommand<RunSettings>
{
    /// <inheritdoc />
    protected override async Task<int> RunAsync(RunSettings settings, CancellationToken cancellationToken)
    {
        if (settings.Target is null && (settings.Image ?? settings.Dockerfile) is not null)
        {
            return await RunInDockerAsync(settings, cancellationToken).ConfigureAwait(false);
        }

        if (!Uri.TryCreate(settings.Target, UriKind.Absolute, out var target)
            || target.Scheme is not ("http" or "https"))
        {
            return Usage("--target must be an absolute http(s) address, such as http://127.0.0.1:8080; "
                + $"got '{settings.Target}'.");
        }

        return await RunAgainstAsync(settings, target, null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Runs the features against <paramref name="target"/> (and <paramref name="systemUnderTest"/>, when the command
    /// started one), prints the summary and returns the exit code: 0 when every scenario passed, 1 otherwise.
    /// </summary>
    internal async Task<int> RunAgainstAsync(
        RunSettings settings, Uri target, ISystemUnderTest? systemUnderTest, CancellationToken cancellationToken)
    {
        var request = BuildRequest(settings, target, systemUnderTest, out var usage);
        if (request is null)
        {
            return Usage(usage!);
        }

        var diagnostics = new DiagnosticBag();
        var result = await DirectRunner.RunAsync(request with { Diagnostics = diagnostics }, cancellationToken)
            .ConfigureAwait(false);
        foreach (var diagnostic in diagnostics.Items)
        {
            Errors.WriteDiagnostic(diagnostic);
        }

        RunSummaryPrinter.Print(System.Console.Out, result, request.ResultFile!);

        return result.Summary.Passed + result.Summary.Skipped == result.Summary.Total && !diagnostics.HasErrors
            ? ExitCodes.Success
            : ExitCodes.Findings;
    }

    /// <summary>Turns the options into a run request; null with a usage message when an option is wrong.</summary>
    internal static RunRequest? BuildRequest(
        RunSettings settings, Uri target, ISystemUnderTest? systemUnderTest, out string? usage)
    {
        usage = Validate(settings);
        var shard = settings.Shard is null ? ShardInfo.Whole : ShardSelector.Parse(settings.Shard);
        if (shard is null)
        {
            usage ??= $"--shard must be i/n with 1 ≤ i ≤ n, such as 2/8; got '{settings.Shard}'.";
        }

        var environment = ParseEnvironment(settings.Env, ref usage);
        if (usage is not null)
        {
            return null;
        }

        var folder = settings.Run is { } run
            ? new RunFolder(run)
            : RunFolder.Create(RunFolder.DefaultRunsRoot(Directory.GetCurrentDirectory()), TimeProvider.System);
        var resultFile = shard!.Count == 1
            ? folder.ResultFile(settings.Label)
            : ShardMerge.ShardFile(folder, settings.Label, shard);

        return new RunRequest
        {
            Target = target,
            Label = settings.Label,
            RunId = folder.Id,
            FeaturesFolder = Path.GetFullPath(settings.Features ?? folder.FeaturesFolder),
            ReportsFolder = shard.Count == 1
                ? folder.ReportsFolder(settings.Label)
                : folder.ReportsFolder(settings.Label) + $".shard-{shard.Index}-of-{shard.Count}",
            ResultFile = resultFile,
            Parallelism = settings.Parallel,
            Shard = shard,
            Retries = settings.Retries,
            RequestTimeout = TimeSpan.FromSeconds(settings.Timeout),
            Environment = environment,
            SystemUnderTest = systemUnderTest,
        };
    }

    private static string? Validate(RunSettings settings) => settings switch
    {
        { Parallel: < 1 or > 1024 } => $"--parallel must be between 1 and 1024; got {settings.Parallel}.",
        { Retries: < 0 or > 10 } => $"--retries must be between 0 and 10; got {settings.Retries}.",
        { Timeout: <= 0 or > 3600 } => "--timeout must be more than 0 and at most 3600 seconds; got "
            + settings.Timeout.ToString(CultureInfo.InvariantCulture) + ".",
        _ when string.IsNullOrWhiteSpace(settings.Label) || settings.Label.IndexOfAny(['/', '\\']) >= 0
            => $"--label must be a plain name such as candidate; got '{settings.Label}'.",
        _ => null,
    };

    private static Dictionary<string, string> ParseEnvironment(string[] pairs, ref string? usage)
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in pairs)
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                usage ??= $"--env takes NAME=VALUE; got '{pair}'.";
                continue;
            }

            environment[pair[..equals]] = pair[(equals + 1)..];
        }

        return environment;
    }
}

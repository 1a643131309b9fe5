using HeyGen.Ci.Cli.Ci;
using HeyGen.Ci.Cli.Configuration;
using HeyGen.Ci.Core;
using HeyGen.Ci.Core.Runs;
using HeyGen.Ci.Docker;
using Spectre.Console;

namespace HeyGen.Ci.Cli.Commands;

/// <summary><c>heygen run --image</c> and <c>--dockerfile</c>: the system under test started in Docker.</summary>
internal sealed partial class RunCommand
{
    private async Task<int> RunInDockerAsync(RunSettings settings, CancellationToken cancellationToken)
    {
        if (settings.Image is not null && settings.Dockerfile is not null)
        {
            return Usage("give --image or --dockerfile, not both.");
        }

        var folder = settings.Run is { } run
            ? new RunFolder(run)
            : RunFolder.Create(RunFolder.DefaultRunsRoot(Directory.GetCurrentDirectory()), TimeProvider.System);
        Directory.CreateDirectory(folder.Root);
        var plan = new LaunchPlan
        {
            Candidate = Spec(settings, settings.Image, settings.Dockerfile, folder),
            Baseline = settings.BaselineImage is { } baseline ? Spec(settings, baseline, null, folder) : null,
            NoiseRun = settings.NoiseRun && settings.BaselineImage is not null,
        };

        await using var engine = await DockerEngine.ConnectAsync(cancellationToken).ConfigureAwait(false);
        await engine.SweepAsync(null, cancellationToken).ConfigureAwait(false);
        await using var targets = await new TargetLauncher(engine).StartAsync(plan, folder.Id, cancellationToken)
            .ConfigureAwait(false);

        var exitCode = ExitCodes.Success;
        foreach (var target in targets.All)
        {
            Console.MarkupLineInterpolated($"[grey]{target.Label}: {target.Image} at {target.BaseAddress}[/]");
            var labelled = ForTarget(settings, target.Label, folder.Root);
            var code = await RunAgainstAsync(labelled, target.BaseAddress, target, cancellationToken)
                .ConfigureAwait(false);
            if (target.Label == TargetLabels.Candidate)
            {
                exitCode = code;
            }
        }

        return exitCode;
    }

    private static ContainerSpec Spec(RunSettings settings, string? image, string? dockerfile, RunFolder folder)
    {
        var fullDockerfile = dockerfile is null ? null : Path.GetFullPath(dockerfile);
        var target = new TargetConfiguration
        {
            Image = image,
            Dockerfile = fullDockerfile,
            Context = settings.Context is { } context
                ? Path.GetFullPath(context)
                : fullDockerfile is null ? null : Path.GetDirectoryName(fullDockerfile),
            BuildArgs = Pairs(settings.BuildArgs, "--build-arg"),
            Environment = Pairs(settings.ContainerEnv, "--container-env"),
            Port = settings.Port,
            ReadyPath = settings.ReadyHealthcheck ? null : settings.ReadyPath ?? "/",
            ReadyLogLine = settings.ReadyLog,
            ReadyTimeoutSeconds = settings.ReadyTimeout,
            AllowPull = settings.AllowPull,
        };

        return TargetStarter.Spec(target, folder);
    }

    // The same options for one more target: its label, and the run folder the first target created.
    private static RunSettings ForTarget(RunSettings settings, string label, string runFolder) => new()
    {
        Features = settings.Features,
        Parallel = settings.Parallel,
        Shard = settings.Shard,
        Label = label,
        Run = runFolder,
        Retries = settings.Retries,
        Timeout = settings.Timeout,
        Env = settings.Env,
    };

    private static Dictionary<string, string> Pairs(string[] pairs, string option)
        => pairs.Select(p => CiOptions.SplitPair(p, option))
            .ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
}

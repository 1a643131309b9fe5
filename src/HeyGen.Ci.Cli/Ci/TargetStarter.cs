using HeyGen.Ci.Cli.Configuration;
using HeyGen.Ci.Cli.Targets;
using HeyGen.Ci.Core;
using HeyGen.Ci.Core.Diagnostics;
using HeyGen.Ci.Core.Runs;
using HeyGen.Ci.Docker;
using Spectre.Console;

namespace HeyGen.Ci.Cli.Ci;

/// <summary>Starts the systems under test of a run: in Docker, as local processes, or not at all (URLs).</summary>
internal sealed class TargetStarter(IAnsiConsole console, TimeProvider time)
{
    /// <summary>Starts every target <paramref name="options"/> names; on failure, removes what it started.</summary>
    public async Task<CiTargets> StartAsync(CiOptions options, RunFolder run, CancellationToken cancellationToken)
    {
        var wanted = Wanted(options.Configuration);
        var targets = new CiTargets();
        try
        {
            foreach (var (label, target) in wanted.Where(w => w.Target.Url is not null))
            {
                targets.Add(label, new Uri(target.Url!), null, null);
            }

            var toStart = wanted.Where(w => w.Target.Url is null).ToArray();
            if (toStart.Length > 0)
            {
                await PublishAsync(options.Configuration, cancellationToken).ConfigureAwait(false);
            }

            if (toStart.Length > 0 && options.NoDocker)
            {
                await StartLocalAsync(toStart, options.BaseDirectory, targets, cancellationToken).ConfigureAwait(false);
            }
            else if (toStart.Length > 0)
            {
                await StartDockerAsync(options.Configuration, run, targets, cancellationToken).ConfigureAwait(false);
            }

            return targets;
        }
        catch
        {
            await targets.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static (string Label, TargetConfiguration Target)[] Wanted(CiConfiguration configuration)
    {
        var wanted = new List<(string, TargetConfiguration)> { ("candidate", configuration.Candidate) };
        if (configuration.Baseline is { } baseline)
        {
            wanted.Add(("baseline", baseline));
            if (configuration.NoiseRun)
            {
                wanted.Add(("baseline-2", baseline));
            }
        }

        return [.. wanted];
    }

    private async Task StartLocalAsync(
        (string Label, TargetConfiguration Target)[] wanted, string workingDirectory, CiTargets targets,
        CancellationToken cancellationToken)
    {
        targets.Mode = "process";
        console.MarkupLine(
            "[yellow]--no-docker: the system under test runs as a local process, not in a container.[/]");
        foreach (var (label, target) in wanted)
        {
            if (target.LocalCommand is not { Count: > 0 } command)
            {
                throw new HeyGenException(
                    DiagnosticCodes.InvalidArgument.Create(
                        $"--no-docker needs a localCommand for the {label} in heygen.json "
                        + "(use {port} for the port)."),
                    exitCode: ExitCodes.Usage);
            }

            var process = await LocalProcessSystemUnderTest.StartAsync(
                    command, target.Environment, workingDirectory, target.ReadyPath ?? "/",
                    TimeSpan.FromSeconds(target.ReadyTimeoutSeconds), time, cancellationToken)
                .ConfigureAwait(false);
            targets.Add(label, process.BaseAddress, process, process);
        }
    }

    private async Task StartDockerAsync(
        CiConfiguration configuration, RunFolder run, CiTargets targets, CancellationToken cancellationToken)
    {
        targets.Mode = "docker";
        DockerEngine engine;
        try
        {
            engine = await DockerEngine.ConnectAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (HeyGenException ex) when (ex.Diagnostic.Descriptor == DiagnosticCodes.DockerEngineUnreachable)
        {
            var hint = ex.Diagnostic with
            {
                Message = ex.Diagnostic.Message + " Or run without Docker: heygen ci --no-docker starts the system "
                    + "under test as a local process (its localCommand in heygen.json).",
            };
            throw new HeyGenException(hint, ex, ex.ExitCode);
        }

        targets.Add("engine", new Uri("http://127.0.0.1/"), null, engine);

        var swept = await engine.SweepAsync(null, cancellationToken).ConfigureAwait(false);
        if (swept.Removed.Count > 0)
        {
            console.MarkupLineInterpolated(
                $"[grey]Removed {swept.Removed.Count} resource(s) that killed runs left behind.[/]");
        }

        var plan = new LaunchPlan
        {
            Candidate = Spec(configuration.Candidate, run),
            Baseline = configuration.Baseline is { Url: null } baseline ? Spec(baseline, run) : null,
            NoiseRun = configuration.NoiseRun,
        };
        var launched = await new TargetLauncher(engine).StartAsync(plan, run.Id, cancellationToken)
            .ConfigureAwait(false);
        targets.Add("launched", new Uri("http://127.0.0.1/"), null, launched);
        foreach (var system in launched.All)
        {
            targets.Add(system.Label, system.BaseAddress, system, null);
        }
    }

    /// <summary>The container of <paramref name="target"/>, its logs under the run folder.</summary>
    public static ContainerSpec Spec(TargetConfiguration target, RunFolder run)
    {
        var readiness = (target.ReadyLogLine, target.ReadyPath) switch
        {
            ({ } line, _) => ReadinessCheck.LogLine(line),
            (null, { } path) => ReadinessCheck.Http(path),
            _ => ReadinessCheck.Healthcheck(),
        };

        return new ContainerSpec
        {
            Image = target.Image,
            Dockerfile = target.Dockerfile,
            BuildContext = target.Context,
            BuildArgs = target.BuildArgs,
            Environment = target.Environment,
            ContainerPort = target.Port,
            Readiness = readiness,
            ReadyTimeout = TimeSpan.FromSeconds(target.ReadyTimeoutSeconds),
            AllowPull = target.AllowPull,
            LogFolder = Path.Combine(run.Root, "logs"),
        };
    }

    private async Task PublishAsync(CiConfiguration configuration, CancellationToken cancellationToken)
    {
        var targets = new[] { configuration.Candidate, configuration.Baseline }
            .Where(t => t is { Publish: not null, Context: not null, Url: null })
            .Select(t => (Project: t!.Publish!, Output: Path.GetFullPath(t.PublishOutput, t.Context!)))
            .Distinct();
        foreach (var (project, output) in targets)
        {
            console.MarkupLineInterpolated($"[grey]dotnet publish {project}[/]");
            await HostPublish.RunAsync(project, output, cancellationToken).ConfigureAwait(false);
        }
    }
}

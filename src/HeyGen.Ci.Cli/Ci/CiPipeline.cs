using HeyGen.Ci.Cli.Console;
using HeyGen.Ci.Core;
using HeyGen.Ci.Core.Diagnostics;
using HeyGen.Ci.Core.Generation;
using HeyGen.Ci.Core.Json;
using HeyGen.Ci.Core.Results;
using HeyGen.Ci.Core.Runs;
using HeyGen.Ci.Core.Verdicts;
using HeyGen.Ci.GitHub;
using HeyGen.Ci.GitHub.Actions;
using HeyGen.Ci.Scoring;
using HeyGen.Ci.Scoring.Gating;
using HeyGen.Ci.Steps.Runner;
using Microsoft.Extensions.Logging;
using Spectre.Console;

namespace HeyGen.Ci.Cli.Ci;

/// <summary>
/// The whole job in one process: generate, start the systems under test, run the features against each, score,
/// gate, report and publish. Every stage writes into one run folder the stage commands could also load.
/// </summary>
internal sealed class CiPipeline(
    IAnsiConsole console, IAnsiConsole errors, ILoggerFactory loggers, ActionsEnvironment actions, TimeProvider time)
{
    private readonly StageClock _clock = new(console, time);

    /// <summary>Runs the job and returns the exit code of the contract's table.</summary>
    public async Task<int> RunAsync(CiOptions options, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var configuration = options.Configuration;

        // Thresholds are checked before anything runs, so a bad value in heygen.json costs no run.
        var thresholds = Thresholds(configuration.Gate);
        var run = options.RunFolder is { } folder
            ? CreateFolder(folder)
            : RunFolder.Create(configuration.RunsFolder ?? RunFolder.DefaultRunsRoot(options.BaseDirectory), time);
        console.MarkupLineInterpolated($"HeyGen CI run [bold]{run.Id}[/] → {run.Root}");

        var record = new CiRecord { RunId = run.Id, Mode = options.NoDocker ? "process" : "docker" };
        var exitCode = ExitCodes.Findings;
        Verdict? verdict = null;
        try
        {
            var features = await GenerateAsync(options, run, cancellationToken).ConfigureAwait(false);
            var results = await RunTargetsAsync(options, run, features, cancellationToken).ConfigureAwait(false);
            verdict = await ScoreAndGateAsync(configuration, thresholds, run, cancellationToken)
                .ConfigureAwait(false);
            await ReportAsync(configuration, run, verdict, results, cancellationToken).ConfigureAwait(false);
            exitCode = ExitCodeOf(verdict, configuration.Gate);

            return exitCode;
        }
        catch (HeyGenException ex)
        {
            exitCode = ex.ExitCode;
            throw;
        }
        catch (OperationCanceledException)
        {
            exitCode = ExitCodes.Cancelled;
            throw;
        }
        finally
        {
            record = record with
            {
                Decision = verdict is null ? null : Word(verdict.Decision),
                ExitCode = exitCode,
                TotalMs = time.GetElapsedTime(started).TotalMilliseconds,
                Stages = _clock.Stages,
                Files = Files(run),
            };
            await HeyGenJson.WriteAsync(Path.Combine(run.Root, "ci.json"), record, CancellationToken.None)
                .ConfigureAwait(false);
            CiSummary.Write(console, record, verdict, run);
        }
    }

    private static RunFolder CreateFolder(string path)
    {
        Directory.CreateDirectory(path);

        return new RunFolder(path);
    }

    private async Task<string> GenerateAsync(CiOptions options, RunFolder run, CancellationToken cancellationToken)
    {
        if (options.Configuration.Run.Features is { } given)
        {
            _clock.Skip("generate", $"using the features in {given}");
            return given;
        }

        var sink = new ConsoleSink(errors);
        var request = new GenerationRequest
        {
            Inputs = options.Configuration.Sessions,
            OutputFolder = run.FeaturesFolder,
            AnalysisFile = run.AnalysisFile,
        };
        var generated = await _clock.TimeAsync(
                "generate",
                () => SpecGeneration.GenerateAsync(request, sink, cancellationToken),
                g => (sink.HasErrors ? "findings" : "ok",
                    $"{g.Scenarios} scenarios in {g.FeatureFiles.Count} features from "
                    + $"{g.Analysis.Sessions.Count} sessions; {g.Analysis.Secrets.Count} secrets parameterised"))
            .ConfigureAwait(false);
        if (generated.Scenarios == 0)
        {
            throw new HeyGenException(DiagnosticCodes.StageSkipped.Create(
                "No scenarios were generated from the sessions: every input was rejected or held no API calls "
                + "(see the messages above)."));
        }

        return run.FeaturesFolder;
    }

    private async Task<IReadOnlyList<RunResult>> RunTargetsAsync(
        CiOptions options, RunFolder run, string features, CancellationToken cancellationToken)
    {
        var starter = new TargetStarter(console, time);
        await using var targets = await _clock.TimeAsync(
                "start",
                () => starter.StartAsync(options, run, cancellationToken),
                t => ("ok", $"{string.Join(", ", t.Labels)} ready ({t.Mode})"))
            .ConfigureAwait(false);

        var results = new List<RunResult>();
        foreach (var label in targets.Labels)
        {
            var request = new RunRequest
            {
                Target = targets.Address(label),
                Label = label,
                RunId = run.Id,
                FeaturesFolder = features,
                ReportsFolder = run.ReportsFolder(label),
                ResultFile = run.ResultFile(label),
                Parallelism = options.Configuration.Run.Parallel,
                Retries = options.Configuration.Run.Retries,
                RequestTimeout = TimeSpan.FromSeconds(options.Configuration.Run.TimeoutSeconds),
                Environment = Parameters(options.Configuration.Run.Parameters),
                SystemUnderTest = targets.System(label),
                Diagnostics = new ConsoleSink(errors),
                Time = time,
            };
            var result = await _clock.TimeAsync(
                    $"run {label}",
                    () => DirectRunner.RunAsync(request, cancellationToken),
                    r => (r.Summary.Total == r.Summary.Passed ? "ok" : "findings", r.Summary.ToClosingLine()))
                .ConfigureAwait(false);
            results.Add(result);
        }

        return results;
    }

    private static ScoringThresholds Thresholds(Configuration.GateConfiguration gate)
    {
        var defaults = ScoringThresholds.Default;
        var thresholds = defaults with
        {
            FailScore = gate.FailThreshold ?? defaults.FailScore,
            WarnScore = gate.WarnThreshold ?? defaults.WarnScore,
        };
        Gate.Validate(thresholds);

        return thresholds;
    }

    private async Task<Verdict> ScoreAndGateAsync(
        Configuration.CiConfiguration configuration, ScoringThresholds thresholds, RunFolder run,
        CancellationToken cancellationToken)
    {
        using var scoring = new ScoringPipeline(loggers.CreateLogger("HeyGen.Ci.Scoring"));
        var request = new ScoreRequest
        {
            Run = run,
            ModelFile = configuration.Gate.Model,
            Thresholds = thresholds,
            Diagnostics = new ConsoleSink(errors),
        };
        await _clock.TimeAsync(
                "score",
                () => scoring.ScoreAsync(request, cancellationToken),
                s => ("ok", $"model {s.Model.Kind} on {s.Model.Provider}, baseline: {s.Baseline.Kind}"))
            .ConfigureAwait(false);

        return await _clock.TimeAsync(
                "gate",
                () => new Gate().GateAsync(new GateRequest { Run = run, Thresholds = thresholds }, cancellationToken),
                v => (v.Decision is Decision.Pass ? "ok" : "findings", v.Headline))
            .ConfigureAwait(false);
    }

    private async Task ReportAsync(
        Configuration.CiConfiguration configuration, RunFolder run, Verdict verdict, IReadOnlyList<RunResult> results,
        CancellationToken cancellationToken)
    {
        // With commenting off (the Action's run step), a later `heygen comment` writes the job summary and the
        // step outputs: writing them here too would show two summaries.
        var environment = configuration.Report.Comment ? actions : actions with { IsActions = false };
        var reporter = new PullRequestReporter(environment, new ConsoleSink(errors), System.Console.Out, time);
        var options = new ReportOptions
        {
            ReportName = configuration.Report.Name,
            Author = configuration.Report.Author,
            Comment = configuration.Report.Comment,
            Token = Environment.GetEnvironmentVariable("GITHUB_TOKEN"),
        };
        await _clock.TimeAsync(
                "report",
                () => reporter.ReportAsync(run, verdict, results, options, cancellationToken),
                o => ("ok", o.Published is { } p ? $"comment {p}" : $"written to {o.CommentFile ?? o.ReportFile}"))
            .ConfigureAwait(false);
    }

    // A value set in the environment wins over the configuration's stand-in, so CI secrets replace demo values.
    private static Dictionary<string, string> Parameters(IReadOnlyDictionary<string, string> configured)
        => configured
            .Where(p => string.IsNullOrEmpty(Environment.GetEnvironmentVariable(p.Key)))
            .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

    private static int ExitCodeOf(Verdict verdict, Configuration.GateConfiguration gate) => verdict.Decision switch
    {
        Decision.Fail when gate.FailOn != "never" => ExitCodes.Findings,
        Decision.Warn when gate.FailOn == "warn" => ExitCodes.Findings,
        Decision.Inconclusive when gate.FailOn == "inconclusive" => ExitCodes.Findings,
        Decision.Inconclusive => gate.InconclusiveExit,
        _ => ExitCodes.Success,
    };

    private static Dictionary<string, string> Files(RunFolder run)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["report"] = run.ReportFile,
            ["verdict"] = run.VerdictFile,
            ["comment"] = run.CommentFile,
            ["features"] = run.FeaturesFolder,
            ["results"] = Path.GetDirectoryName(run.ResultFile("candidate"))!,
            ["reports"] = Path.GetDirectoryName(run.ReportsFolder("candidate"))!,
        };

        return files.Where(f => File.Exists(f.Value) || Directory.Exists(f.Value))
            .ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
    }

    /// <summary>The decision as the contract spells it.</summary>
    public static string Word(Decision decision) => decision.ToString().ToLowerInvariant();
}

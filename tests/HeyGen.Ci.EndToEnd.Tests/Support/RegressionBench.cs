using System.Collections.Concurrent;
using System.Diagnostics;
using HeyGen.Ci.Core.Diagnostics;
using HeyGen.Ci.Core.Generation;
using HeyGen.Ci.Core.Json;
using HeyGen.Ci.Core.Results;
using HeyGen.Ci.Core.Runs;
using HeyGen.Ci.Core.Verdicts;
using HeyGen.Ci.Docker;
using HeyGen.Ci.Scoring;
using HeyGen.Ci.Scoring.Gating;
using HeyGen.Ci.Steps.Runner;
using HeyGen.Ci.Tests;

namespace HeyGen.Ci.EndToEnd.Tests.Support;

/// <summary>
/// The gate's regression bench on the sample shop in Docker: features generated once from the recorded sessions,
/// the clean image run once as baseline and once as second baseline (the noise floor), then one container per
/// candidate (the same image with <c>HEYGEN_SAMPLE_SEED</c> set), each run, scored and gated in its own run folder
/// that holds copies of the baseline results. Candidate runs are kept by key, so tests share them.
/// </summary>
public sealed class RegressionBench : IAsyncLifetime
{
    private const string Password = "demo-password";
    private const int Parallelism = 4;
    private const int Retries = 1;

    private readonly string _id = Guid.NewGuid().ToString("N")[..8];
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ConcurrentDictionary<string, CandidateRun> _runs = new(StringComparer.Ordinal);
    private readonly List<string> _runIds = [];
    private DockerEngine? _engine;
    private string? _baselineFolder;

    /// <summary>The bench's scratch folder: features, baseline results, one run folder per candidate.</summary>
    public string Work { get; } = Directory.CreateTempSubdirectory("heygen-regression-").FullName;

    /// <summary>Every run id the bench labelled containers with.</summary>
    public IReadOnlyList<string> RunIds
    {
        get
        {
            lock (_runIds)
            {
                return [.. _runIds];
            }
        }
    }

    /// <summary>How long generating and running both baselines took.</summary>
    public TimeSpan BaselineElapsed { get; private set; }

    private string Features => Path.Combine(Work, "features");

    /// <inheritdoc />
    public async Task InitializeAsync() => _engine = await DockerEngine.ConnectAsync(CancellationToken.None);

    /// <summary>
    /// The candidate run of <paramref name="key"/>: <paramref name="image"/> started with
    /// <paramref name="seed"/>; run once per key, on the first call.
    /// </summary>
    internal async Task<CandidateRun> CandidateAsync(string image, string seed, string key)
    {
        // One candidate at a time: containers started side by side on a small machine would move the latencies
        // that the noise floor was measured without.
        await _gate.WaitAsync();
        try
        {
            if (_runs.TryGetValue(key, out var known))
            {
                return known;
            }

            await EnsureBaselineAsync(image);
            var run = await RunCandidateAsync(image, seed, key);
            _runs[key] = run;

            return run;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Scores and gates the candidate of <paramref name="source"/> again in a new folder, with
    /// <paramref name="modelFile"/> instead of the default model.</summary>
    internal async Task<Verdict> RegateAsync(CandidateRun source, string modelFile, string name)
    {
        var run = new RunFolder(Path.Combine(Work, name));
        Directory.CreateDirectory(Path.GetDirectoryName(run.ResultFile("candidate"))!);
        foreach (var label in new[] { "baseline", "baseline-2", "candidate" })
        {
            File.Copy(source.Run.ResultFile(label), run.ResultFile(label));
        }

        return await ScoreAndGateAsync(run, modelFile);
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_engine is not null)
        {
            await _engine.DisposeAsync();
        }

        _gate.Dispose();

        // HEYGEN_E2E_KEEP=1 keeps the run folders to read after a failure.
        if (Environment.GetEnvironmentVariable("HEYGEN_E2E_KEEP") != "1")
        {
            Directory.Delete(Work, recursive: true);
        }
    }

    private async Task EnsureBaselineAsync(string image)
    {
        if (_baselineFolder is not null)
        {
            return;
        }

        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var generated = await SpecGeneration.GenerateAsync(
            new GenerationRequest
            {
                Inputs = [Path.Combine(RepositoryPaths.Samples, "sessions")],
                OutputFolder = Features,
            },
            diagnostics,
            CancellationToken.None);
        Assert.True(generated.Scenarios > 0, string.Join(Environment.NewLine, diagnostics.Items));

        var baseline = new RunFolder(Path.Combine(Work, $"regr-{_id}-base"));
        Track(baseline.Id);
        var first = await Engine.StartAsync(Spec(image, "none", baseline), baseline.Id, "baseline", default);
        await using (first)
        {
            var second = await Engine.StartAsync(Spec(image, "none", baseline), baseline.Id, "baseline-2", default);
            await using (second)
            {
                foreach (var (label, system) in new[] { ("baseline", first), ("baseline-2", second) })
                {
                    var result = await RunAsync(baseline, label, system);
                    Assert.True(
                        result.Summary.Total == result.Summary.Passed, $"{label}: {result.Summary.ToClosingLine()}");
                }
            }
        }

        BaselineElapsed = clock.Elapsed;
        _baselineFolder = baseline.Root;
    }

    private async Task<CandidateRun> RunCandidateAsync(string image, string seed, string key)
    {
        var clock = Stopwatch.StartNew();
        var run = new RunFolder(Path.Combine(Work, $"regr-{_id}-{key}"));
        Track(run.Id);
        var baseline = new RunFolder(_baselineFolder!);
        Directory.CreateDirectory(Path.GetDirectoryName(run.ResultFile("candidate"))!);
        File.Copy(baseline.ResultFile("baseline"), run.ResultFile("baseline"));
        File.Copy(baseline.ResultFile("baseline-2"), run.ResultFile("baseline-2"));

        RunResult result;
        var candidate = await Engine.StartAsync(Spec(image, seed, run), run.Id, "candidate", default);
        await using (candidate)
        {
            result = await RunAsync(run, "candidate", candidate);
        }

        var verdict = await ScoreAndGateAsync(run, modelFile: null);

        return new CandidateRun(seed, run, result, verdict, clock.Elapsed);
    }

    private async Task<RunResult> RunAsync(RunFolder run, string label, DockerSystemUnderTest system)
    {
        var request = new RunRequest
        {
            Target = system.BaseAddress,
            Label = label,
            RunId = run.Id,
            FeaturesFolder = Features,
            ReportsFolder = run.ReportsFolder(label),
            ResultFile = run.ResultFile(label),
            Parallelism = Parallelism,
            Retries = Retries,
            RequestTimeout = TimeSpan.FromSeconds(30),
            Environment = new Dictionary<string, string> { ["HEYGEN_SECRET_BODY_PASSWORD"] = Password },
            SystemUnderTest = system,
            Diagnostics = new DiagnosticBag(),
        };

        return await DirectRunner.RunAsync(request, CancellationToken.None);
    }

    private static async Task<Verdict> ScoreAndGateAsync(RunFolder run, string? modelFile)
    {
        using (var scoring = new ScoringPipeline())
        {
            await scoring.ScoreAsync(
                new ScoreRequest { Run = run, ModelFile = modelFile, Diagnostics = new DiagnosticBag() },
                CancellationToken.None);
        }

        await new Gate().GateAsync(new GateRequest { Run = run }, CancellationToken.None);

        // The file is what a later stage and a reviewer read, so the tests read it back rather than the object.
        return await HeyGenJson.ReadAsync<Verdict>(run.VerdictFile, Verdict.SchemaName, CancellationToken.None);
    }

    private static ContainerSpec Spec(string image, string seed, RunFolder run) => new()
    {
        Image = image,
        Environment = new Dictionary<string, string> { ["HEYGEN_SAMPLE_SEED"] = seed },
        Readiness = ReadinessCheck.Http("/health"),
        LogFolder = Path.Combine(run.Root, "logs"),
    };

    private DockerEngine Engine => _engine ?? throw new InvalidOperationException("The bench is not initialised.");

    private void Track(string runId)
    {
        lock (_runIds)
        {
            _runIds.Add(runId);
        }
    }
}

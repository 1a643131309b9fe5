using System.Diagnostics;
using System.Globalization;
using HeyGen.Ci.Scoring.Features;
using HeyGen.Ci.Scoring.Inference;
using HeyGen.Ci.Scoring.Models;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.ML.OnnxRuntime;

// Scoring rows/s of the default model: ONNX Runtime against a plain scalar C# loop of the same model, side by side
// in one process, so the figure that matters is the ratio, not the absolute numbers of this machine.
var rowsList = Option("--rows", "1000,100000,1000000").Split(',').Select(int.Parse).ToArray();
var threadsList = Option("--threads", "1,2").Split(',').Select(int.Parse).ToArray();
var provider = Option("--provider", "cpu") == "auto"
    ? ExecutionProviderPreference.Auto : ExecutionProviderPreference.Cpu;
var budget = TimeSpan.FromSeconds(double.Parse(Option("--seconds", "1.5"), CultureInfo.InvariantCulture));

var random = new Random(20261204);
var model = DefaultModelFitter.Fit([.. Enumerable.Range(0, 50_000).Select(_ => Row(random, 0.02))]);
var bytes = DefaultModelWriter.Write(model);
Console.WriteLine($"model: {bytes.Length} bytes, features {FeatureSet.Version}, provider preference {provider}");
Console.WriteLine("| rows | engine | threads | median ms | rows/s | × scalar |");
Console.WriteLine("|---:|---|---:|---:|---:|---:|");

foreach (var rows in rowsList)
{
    var input = new float[rows * FeatureSet.Count];
    for (var i = 0; i < rows; i++)
    {
        Row(random, 0.02).CopyTo(input, i * FeatureSet.Count);
    }

    var scalar = Measure(() => Scalar(model, input, rows), budget);
    Print(rows, "plain C# scalar", 1, scalar, scalar);
    foreach (var threads in threadsList)
    {
        var runtime = new ScoringRuntimeOptions { Provider = provider, IntraOpThreads = threads };
        using var scorer = OnnxScorer.Load(bytes, "bench", runtime, NullLogger.Instance);
        var ort = MeasureOrt(scorer, input, rows, budget, model);
        Print(rows, $"ONNX Runtime {scorer.Provider}", threads, ort, scalar);
    }
}

static void Print(int rows, string engine, int threads, double ms, double scalarMs)
{
    var rate = rows / (ms / 1000);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {rows:N0} | {engine} | {threads} | {ms:0.000} | {rate / 1e6:0.00} M | {scalarMs / ms:0.0} |"));
}

static double MeasureOrt(OnnxScorer scorer, float[] input, int rows, TimeSpan budget, DefaultModel model)
{
    var scores = new float[rows];
    var recon = new float[rows];
    using var inputValue = OrtValue.CreateTensorValueFromMemory(input, [rows, FeatureSet.Count]);
    using var scoreValue = OrtValue.CreateTensorValueFromMemory(scores, [rows]);
    using var reconValue = OrtValue.CreateTensorValueFromMemory(recon, [rows]);
    using var runOptions = new RunOptions();
    var ms = Measure(() => scorer.ScoreInto(inputValue, scoreValue, reconValue, runOptions), budget);

    // The engines must agree, or the ratio means nothing.
    for (var i = 0; i < rows; i += Math.Max(1, rows / 1000))
    {
        var (score, _) = model.ScoreRow(input.AsSpan(i * FeatureSet.Count, FeatureSet.Count));
        if (Math.Abs(scores[i] - score) > 1e-5 * Math.Max(1, score))
        {
            throw new InvalidOperationException($"row {i}: ONNX Runtime {scores[i]} vs C# {score}");
        }
    }

    return ms;
}

static void Scalar(DefaultModel model, float[] input, int rows)
{
    var sink = 0.0;
    for (var i = 0; i < rows; i++)
    {
        var (score, recon) = model.ScoreRow(input.AsSpan(i * FeatureSet.Count, FeatureSet.Count));
        sink += score + recon;
    }

    GC.KeepAlive(sink);
}

// Warm up long enough for the JIT to reach its optimised tier (both engines get the same), then repeat within
// the time budget (at least 5 times) and take the median.
static double Measure(Action action, TimeSpan budget)
{
    var warm = Stopwatch.StartNew();
    for (var i = 0; i < 3 || (i < 100 && warm.Elapsed < TimeSpan.FromSeconds(0.5)); i++)
    {
        action();
    }

    var samples = new List<double>();
    var total = Stopwatch.StartNew();
    while (samples.Count < 5 || (total.Elapsed < budget && samples.Count < 200))
    {
        var watch = Stopwatch.StartNew();
        action();
        samples.Add(watch.Elapsed.TotalMilliseconds);
    }

    samples.Sort();

    return samples[samples.Count / 2];
}

static float[] Row(Random random, double anomalyRate)
{
    var row = new float[FeatureSet.Count];
    var shared = Gaussian(random);
    for (var j = 0; j < row.Length; j++)
    {
        row[j] = (float)((j < 3 ? shared * 0.2 : 0) + (Gaussian(random) * 0.05 * (1 + (j % 4))));
    }

    if (random.NextDouble() < anomalyRate)
    {
        row[random.Next(row.Length)] += 3f;
    }

    return row;
}

static double Gaussian(Random random)
    => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

string Option(string name, string fallback)
{
    var index = Array.IndexOf(args, name);

    return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
}

using System.Diagnostics;
using System.Globalization;
using HeyGen.Ci.Core.Results;
using HeyGen.Ci.Steps.Runner;

// Measures the direct runner against a peer in the same run, on the same local json-server:
//   1. per-step overhead: the median duration of a send step against the median of a raw HttpClient GET;
//   2. throughput: requests per second of a --parallel 32 run (the caller compares it with wrk's rate).
// Usage: RunBench <target> <work folder>
var target = new Uri(args[0]);
var work = Directory.CreateDirectory(args[1]).FullName;
const string Path = "/products/1";

var rawMedian = await RawMedianAsync(target, 2000);
var stepRun = await RunAsync(target, work, "steps", scenarios: 40, stepsPerScenario: 50, parallelism: 1);
var sends = stepRun.Scenarios.SelectMany(s => s.Steps).Where(s => s.Text.StartsWith("I send", StringComparison.Ordinal))
    .Select(s => s.DurationMs).Skip(50).ToArray();
var checks = stepRun.Scenarios.SelectMany(s => s.Steps).Where(s => s.Text.StartsWith("the response status", StringComparison.Ordinal))
    .Select(s => s.DurationMs).ToArray();
var sendMedian = Median(sends);
Console.WriteLine(Invariant($"raw HttpClient GET median     {rawMedian:0.000} ms"));
Console.WriteLine(Invariant($"send step median               {sendMedian:0.000} ms ({sends.Length} steps)"));
Console.WriteLine(Invariant($"per-step overhead (median)     {sendMedian - rawMedian:0.000} ms"));
Console.WriteLine(Invariant($"status step median (no I/O)    {Median(checks):0.000} ms"));

var clock = Stopwatch.StartNew();
var load = await RunAsync(target, work, "load", scenarios: 320, stepsPerScenario: 50, parallelism: 32);
var seconds = clock.Elapsed.TotalSeconds;
var requests = load.Scenarios.Sum(s => s.Exchanges.Count);
Console.WriteLine(Invariant($"--parallel 32: {requests} requests in {seconds:0.00} s = {requests / seconds:0} requests/s"));
Console.WriteLine(Invariant($"RUNNER_RPS={requests / seconds:0}"));

static async Task<double> RawMedianAsync(Uri target, int count)
{
    using var client = new HttpClient();
    var times = new double[count];
    for (var i = 0; i < count; i++)
    {
        var clock = Stopwatch.StartNew();
        using var response = await client.GetAsync(new Uri(target, Path));
        await response.Content.ReadAsByteArrayAsync();
        times[i] = clock.Elapsed.TotalMilliseconds;
    }

    return Median(times.Skip(100).ToArray());
}

static async Task<RunResult> RunAsync(Uri target, string work, string name, int scenarios, int stepsPerScenario, int parallelism)
{
    var features = System.IO.Path.Combine(work, name, "features");
    Directory.CreateDirectory(features);
    var steps = string.Concat(Enumerable.Repeat($"    When I send a GET request to \"{Path}\"\n    Then the response status is 200\n", stepsPerScenario));
    var text = "Feature: Bench\n" + string.Concat(Enumerable.Range(1, scenarios).Select(i => $"\n  Scenario: S{i}\n{steps}"));
    await File.WriteAllTextAsync(System.IO.Path.Combine(features, "bench.feature"), text);
    var result = await DirectRunner.RunAsync(
        new RunRequest
        {
            Target = target,
            Label = name,
            RunId = name,
            FeaturesFolder = features,
            ReportsFolder = System.IO.Path.Combine(work, name, "reports"),
            Parallelism = parallelism,
        },
        CancellationToken.None);
    if (result.Summary.Passed != scenarios)
    {
        throw new InvalidOperationException($"{name}: {result.Summary.ToClosingLine()}: {result.Scenarios.First(s => s.Error is not null).Error}");
    }

    return result;
}

static double Median(double[] values)
{
    var sorted = values.Order().ToArray();
    return sorted.Length == 0 ? double.NaN : sorted[sorted.Length / 2];
}

static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

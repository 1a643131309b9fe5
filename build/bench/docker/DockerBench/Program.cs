using System.Diagnostics;
using System.Globalization;
using HeyGen.Ci.Docker;

// Times build, create, start, ready and stop of one Dockerfile, through HeyGen CI and through the docker CLI
// doing the same steps in the same run, and prints the medians and their ratio (product / CLI).
var options = BenchOptions.Parse(args);
await using var engine = await DockerEngine.ConnectAsync(CancellationToken.None);
var product = new List<DockerTimings>();
var cli = new List<Dictionary<string, double>>();

for (var i = 0; i < options.Repeat; i++)
{
    product.Add(await ProductRunAsync(engine, options, i));
    cli.Add(await CliRunAsync(options, i));
}

Report(options, product, cli);
return 0;

static async Task<DockerTimings> ProductRunAsync(DockerEngine engine, BenchOptions options, int round)
{
    var spec = new ContainerSpec
    {
        Dockerfile = options.Dockerfile,
        BuildContext = options.Context,
        BuildArgs = options.BuildArgs,
        ContainerPort = options.Port,
        Readiness = ReadinessCheck.Http(options.Path),
        ReadyTimeout = TimeSpan.FromSeconds(120),
    };

    var target = await engine.StartAsync(spec, $"bench-{Environment.ProcessId}-{round}", "candidate", default);
    await target.DisposeAsync();
    return target.Timings;
}

static async Task<Dictionary<string, double>> CliRunAsync(BenchOptions options, int round)
{
    var runId = $"bench-cli-{Environment.ProcessId}-{round}";
    var tag = $"heygen-ci/{runId}:cli";
    var labels = new[] { "--label", "heygen-ci=true", "--label", $"heygen-ci.run-id={runId}" };
    var times = new Dictionary<string, double>();
    var buildArgs = options.BuildArgs.SelectMany(a => new[] { "--build-arg", $"{a.Key}={a.Value}" });

    times["build"] = await TimeAsync(["build", "-q", "-t", tag, "-f", options.Dockerfile, .. labels, .. buildArgs,
        options.Context]);
    var id = "";
    times["create"] = await TimeAsync(["create", "--init", "-p", $"127.0.0.1::{options.Port}", .. labels, tag],
        output => id = output.Trim());
    times["start"] = await TimeAsync(["start", id]);

    var port = "";
    await TimeAsync(["port", id, $"{options.Port}/tcp"], output => port = output.Trim().Split('\n')[0].Split(':')[^1]);
    var ready = Stopwatch.GetTimestamp();
    await WaitForHttpAsync(new Uri($"http://127.0.0.1:{port}{options.Path}"));
    times["ready"] = Stopwatch.GetElapsedTime(ready).TotalMilliseconds;

    times["stop"] = await TimeAsync(["stop", id]);
    await TimeAsync(["rm", "-f", id]);
    await TimeAsync(["rmi", "-f", tag]);
    return times;
}

static async Task WaitForHttpAsync(Uri uri)
{
    using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { Timeout = TimeSpan.FromSeconds(2) };
    var deadline = Stopwatch.GetTimestamp() + Stopwatch.Frequency * 120;
    while (Stopwatch.GetTimestamp() < deadline)
    {
        try
        {
            using var response = await http.GetAsync(uri);
            if ((int)response.StatusCode < 500)
            {
                return;
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            // Not listening yet.
        }

        await Task.Delay(250);
    }

    throw new TimeoutException($"{uri} did not answer within 120 s");
}

static async Task<double> TimeAsync(string[] arguments, Action<string>? onOutput = null)
{
    var start = new ProcessStartInfo("docker") { RedirectStandardOutput = true, RedirectStandardError = true };
    foreach (var argument in arguments)
    {
        start.ArgumentList.Add(argument);
    }

    var started = Stopwatch.GetTimestamp();
    using var process = Process.Start(start)!;
    var output = await process.StandardOutput.ReadToEndAsync();
    var error = await process.StandardError.ReadToEndAsync();
    await process.WaitForExitAsync();
    var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;

    if (process.ExitCode != 0)
    {
        throw new InvalidOperationException($"docker {string.Join(' ', arguments)} failed: {error}");
    }

    onOutput?.Invoke(output);
    return elapsed;
}

static void Report(BenchOptions options, List<DockerTimings> product, List<Dictionary<string, double>> cli)
{
    var steps = new (string Name, Func<DockerTimings, double> Product)[]
    {
        ("build", t => t.BuildMs ?? 0),
        ("create", t => t.CreateMs),
        ("start", t => t.StartMs),
        ("ready", t => t.ReadyMs),
        ("stop", t => t.StopMs ?? 0),
    };

    Console.WriteLine($"Dockerfile {options.Dockerfile}, {options.Repeat} rounds, medians in ms");
    Console.WriteLine("| step | HeyGen CI | docker CLI | ratio |");
    Console.WriteLine("|---|---|---|---|");
    foreach (var (name, select) in steps)
    {
        var ours = Median(product.Select(select));
        var theirs = Median(cli.Select(c => c[name]));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {ours:0} | {theirs:0} | {(theirs > 0 ? ours / theirs : 0):0.00} |"));
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| cleanup (stop + remove all) | {Median(product.Select(t => t.CleanupMs ?? 0)):0} | – | – |"));
}

static double Median(IEnumerable<double> values)
{
    var sorted = values.Order().ToArray();
    return sorted.Length == 0 ? 0 : sorted[sorted.Length / 2];
}

internal sealed record BenchOptions(
    string Dockerfile, string Context, int Port, string Path, int Repeat, Dictionary<string, string> BuildArgs)
{
    public static BenchOptions Parse(string[] args)
    {
        string? dockerfile = null, context = null, path = "/";
        int port = 8080, repeat = 3;
        var buildArgs = new Dictionary<string, string>();

        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--dockerfile": dockerfile = args[i + 1]; break;
                case "--context": context = args[i + 1]; break;
                case "--port": port = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--path": path = args[i + 1]; break;
                case "--repeat": repeat = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--build-arg":
                    var pair = args[i + 1].Split('=', 2);
                    buildArgs[pair[0]] = pair.Length > 1 ? pair[1] : string.Empty;
                    break;
                default: throw new ArgumentException($"unknown option {args[i]}");
            }
        }

        dockerfile = System.IO.Path.GetFullPath(dockerfile ?? throw new ArgumentException("--dockerfile is required"));
        context = System.IO.Path.GetFullPath(context ?? System.IO.Path.GetDirectoryName(dockerfile)!);
        return new BenchOptions(dockerfile, context, port, path, repeat, buildArgs);
    }
}

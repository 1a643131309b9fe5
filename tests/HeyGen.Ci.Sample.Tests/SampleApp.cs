using System.Diagnostics;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using HeyGen.Ci.Tests;

namespace HeyGen.Ci.Sample.Tests;

/// <summary>
/// The sample shop running as a process of its own on 127.0.0.1, on a port the system picks, with the seeds
/// a test asks for. Disposing stops it.
/// </summary>
internal sealed partial class SampleApp : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly Process _process;

    private SampleApp(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
        Client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    public Uri BaseAddress { get; }

    public HttpClient Client { get; }

    /// <summary>The built sample, in the same configuration as these tests.</summary>
    public static string AssemblyPath
    {
        get
        {
            var configuration = typeof(SampleApp).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .Single(attribute => attribute.Key == "SampleConfiguration").Value!;
            return Path.Combine(
                RepositoryPaths.Samples, "HeyGen.Ci.Sample", "bin", configuration, "net10.0", "HeyGen.Ci.Sample.dll");
        }
    }

    public static async Task<SampleApp> StartAsync(string seed = "none")
    {
        var process = Process.Start(StartInfo(seed)) ?? throw new InvalidOperationException("dotnet did not start");
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var output = new StringBuilder();

        void OnLine(object sender, DataReceivedEventArgs line)
        {
            if (line.Data is null)
            {
                return;
            }

            lock (output)
            {
                output.AppendLine(line.Data);
            }

            if (ListeningLine().Match(line.Data) is { Success: true } match)
            {
                listening.TrySetResult(new Uri(match.Groups["url"].Value + "/"));
            }
        }

        process.OutputDataReceived += OnLine;
        process.ErrorDataReceived += OnLine;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) => listening.TrySetException(
            new InvalidOperationException("The sample exited before it listened:\n" + output));

        var baseAddress = await listening.Task.WaitAsync(StartTimeout);
        return new SampleApp(process, baseAddress);
    }

    /// <summary>Runs the sample until it exits on its own, for start-up failures.</summary>
    public static async Task<(int ExitCode, string Output)> RunToExitAsync(string seed)
    {
        using var process = Process.Start(StartInfo(seed))!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(StartTimeout);

        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await stdout + await stderr);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private static ProcessStartInfo StartInfo(string seed)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.ArgumentList.Add(AssemblyPath);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:0");
        start.Environment["HEYGEN_SAMPLE_SEED"] = seed;
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment.Remove("ASPNETCORE_URLS");
        start.Environment.Remove("ASPNETCORE_HTTP_PORTS");
        start.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        return start;
    }

    [GeneratedRegex(@"Now listening on: (?<url>http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningLine();
}

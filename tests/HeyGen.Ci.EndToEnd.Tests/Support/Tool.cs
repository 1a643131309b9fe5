using System.Diagnostics;
using System.Text;

namespace HeyGen.Ci.EndToEnd.Tests.Support;

/// <summary>
/// Runs the real <c>heygen</c> (the built tool, out of process, as a user runs it) and the docker CLI, with a clean
/// environment: no GitHub Actions variables, telemetry off.
/// </summary>
internal static class Tool
{
    /// <summary>The built tool next to the tests.</summary>
    public static string HeyGenDll { get; } = Path.Combine(AppContext.BaseDirectory, "heygen.dll");

    /// <summary>Runs <c>heygen</c> with <paramref name="arguments"/> in <paramref name="workingDirectory"/>.</summary>
    public static Task<ToolRun> HeyGenAsync(
        string workingDirectory, IEnumerable<string> arguments, TimeSpan timeout,
        IReadOnlyDictionary<string, string>? environment = null, Func<Process, string, Task>? onLine = null)
        => RunAsync("dotnet", [HeyGenDll, .. arguments], workingDirectory, timeout, environment, onLine);

    /// <summary>Runs the docker CLI.</summary>
    public static Task<ToolRun> DockerAsync(params string[] arguments)
        => RunAsync("docker", arguments, Directory.GetCurrentDirectory(), TimeSpan.FromMinutes(5), null, null);

    /// <summary>Runs a program and collects its output; <paramref name="onLine"/> sees each line as it comes.</summary>
    public static async Task<ToolRun> RunAsync(
        string program, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout,
        IReadOnlyDictionary<string, string>? environment, Func<Process, string, Task>? onLine)
    {
        var startInfo = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        var actions = startInfo.Environment.Keys.Where(k => k.StartsWith("GITHUB_", StringComparison.Ordinal));
        foreach (var name in actions.ToArray())
        {
            startInfo.Environment.Remove(name);
        }

        startInfo.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        startInfo.Environment["REQNROLL_TELEMETRY_ENABLED"] = "0";
        startInfo.Environment["NO_COLOR"] = "1";
        startInfo.Environment["COLUMNS"] = "200";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            startInfo.Environment[name] = value;
        }

        using var process = Process.Start(startInfo)!;
        var output = new StringBuilder();
        var pending = new List<Task>();
        void Collect(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (output)
            {
                output.AppendLine(line);
                if (onLine is not null)
                {
                    pending.Add(onLine(process, line));
                }
            }
        }

        process.OutputDataReceived += (_, e) => Collect(e.Data);
        process.ErrorDataReceived += (_, e) => Collect(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} did not finish within {timeout}:{Environment.NewLine}{output}");
        }

        Task[] callbacks;
        lock (output)
        {
            callbacks = [.. pending];
        }

        await Task.WhenAll(callbacks);

        lock (output)
        {
            return new ToolRun(process.ExitCode, output.ToString());
        }
    }
}

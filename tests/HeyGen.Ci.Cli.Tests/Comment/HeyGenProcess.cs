using System.Diagnostics;

namespace HeyGen.Ci.Cli.Tests.Comment;

/// <summary>Runs the built <c>heygen</c> (or a script) as a child process in the environment a test gives.</summary>
internal static class HeyGenProcess
{
    /// <summary>The built tool beside the tests.</summary>
    public static string ToolPath => Path.Combine(AppContext.BaseDirectory, "heygen.dll");

    /// <summary>Runs <c>heygen</c> with <paramref name="args"/>.</summary>
    public static Task<(int Code, string Stdout, string Stderr)> RunAsync(
        IEnumerable<string> args, IReadOnlyDictionary<string, string> environment)
        => StartAsync(DotnetHost, [ToolPath, .. args], environment);

    /// <summary>Runs <paramref name="file"/> with <paramref name="args"/>.</summary>
    public static async Task<(int Code, string Stdout, string Stderr)> StartAsync(
        string file, IEnumerable<string> args, IReadOnlyDictionary<string, string> environment)
    {
        var info = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        // Nothing of the host's Actions context may leak in; the test says what the runner would set.
        var inherited = info.Environment.Keys.Where(k => k.StartsWith("GITHUB_", StringComparison.Ordinal)).ToList();
        foreach (var key in inherited)
        {
            info.Environment.Remove(key);
        }

        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["NO_COLOR"] = "1";
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);

        return (process.ExitCode, await stdout, await stderr);
    }

    private static string DotnetHost => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
}

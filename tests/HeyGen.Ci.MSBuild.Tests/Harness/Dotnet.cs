using System.Diagnostics;
using System.Text;

namespace HeyGen.Ci.MSBuild.Tests.Harness;

/// <summary>
/// Runs the real <c>dotnet</c> CLI in a folder, with telemetry off, no MSBuild node reuse (so no build server
/// outlives the test holding the task assembly) and no GitHub Actions context.
/// </summary>
internal static class Dotnet
{
    public static async Task<DotnetResult> RunAsync(
        string workingDirectory, string arguments, IReadOnlyDictionary<string, string>? environment = null,
        TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo("dotnet", arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        Prepare(start.Environment, environment);

        var output = new StringBuilder();
        var clock = Stopwatch.StartNew();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(4));
        try
        {
            await process.WaitForExitAsync(cancel.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {arguments} did not finish in time:\n{output}");
        }

        process.WaitForExit();
        lock (output)
        {
            return new DotnetResult(arguments, process.ExitCode, output.ToString(), clock.Elapsed);
        }
    }

    private static void Prepare(IDictionary<string, string?> env, IReadOnlyDictionary<string, string>? extra)
    {
        foreach (var name in env.Keys.Where(k => k.StartsWith("GITHUB_", StringComparison.Ordinal)).ToArray())
        {
            env.Remove(name);
        }

        // The test host's own MSBuild settings must not leak into the consumer's build.
        foreach (var name in new[] { "MSBuildExtensionsPath", "MSBUILD_EXE_PATH", "MSBuildSDKsPath" })
        {
            env.Remove(name);
        }

        env["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        env["DOTNET_NOLOGO"] = "1";
        env["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        env["REQNROLL_TELEMETRY_ENABLED"] = "0";
        env["MSBUILDDISABLENODEREUSE"] = "1";
        env["DOTNET_CLI_UI_LANGUAGE"] = "en";
        foreach (var (name, value) in extra ?? new Dictionary<string, string>())
        {
            env[name] = value;
        }
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }
}

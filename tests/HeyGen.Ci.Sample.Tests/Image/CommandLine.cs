using System.Diagnostics;

namespace HeyGen.Ci.Sample.Tests.Image;

/// <summary>Runs a command to its end and returns its exit code and output.</summary>
internal static class CommandLine
{
    public static async Task<(int ExitCode, string Output)> RunAsync(
        string fileName, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, (await stdout + await stderr).Trim());
    }

    public static async Task<string> DockerAsync(params string[] arguments)
    {
        var (exitCode, output) = await RunAsync("docker", arguments);
        Assert.True(exitCode == 0, $"docker {string.Join(' ', arguments)} exited {exitCode}: {output}");
        return output;
    }
}

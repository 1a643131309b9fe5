using System.Diagnostics;

namespace HeyGen.Ci.Docker.Tests.Support;

/// <summary>Runs the docker CLI, to check the product's work the way a person would.</summary>
internal static class DockerCli
{
    public static async Task<string> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("docker")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.True(process.ExitCode == 0, $"docker {string.Join(' ', arguments)} failed: {error}");
        return output;
    }
}

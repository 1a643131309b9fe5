using System.Diagnostics;
using HeyGen.Ci.Core;
using HeyGen.Ci.Core.Diagnostics;

namespace HeyGen.Ci.Cli.Ci;

/// <summary>
/// Runs <c>dotnet publish</c> on the host before an image build: .NET images copy in what the host published,
/// so no SDK image is needed.
/// </summary>
internal static class HostPublish
{
    /// <summary>Publishes <paramref name="project"/> (Release) to <paramref name="output"/>.</summary>
    public static async Task RunAsync(string project, string output, CancellationToken cancellationToken)
    {
        var startInfo = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
                 {
                     "publish", project, "--configuration", "Release", "--output", output, "--nologo",
                     "--verbosity", "quiet", "-p:UseAppHost=false",
                 })
        {
            startInfo.ArgumentList.Add(argument);
        }

        startInfo.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        startInfo.Environment["DOTNET_NOLOGO"] = "1";

        using var process = Process.Start(startInfo)
            ?? throw Failed(project, "the dotnet command did not start", ExitCodes.EnvironmentMissing);
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        if (process.ExitCode != 0)
        {
            var lines = ((await stdout.ConfigureAwait(false)) + (await stderr.ConfigureAwait(false)))
                .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .TakeLast(15);
            throw Failed(project, $"dotnet publish exited with {process.ExitCode}:{Environment.NewLine}"
                + string.Join(Environment.NewLine, lines), ExitCodes.Findings);
        }
    }

    private static HeyGenException Failed(string project, string why, int exitCode) => new(
        DiagnosticCodes.PublishFailed.Create($"Cannot publish '{project}' for the image build: {why}", project),
        exitCode: exitCode);
}

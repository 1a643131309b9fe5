using HeyGen.Ci.Cli.Console;
using HeyGen.Ci.Core;
using HeyGen.Ci.Core.Diagnostics;
using HeyGen.Ci.Docker;
using HeyGen.Ci.Docker.Sweeping;

namespace HeyGen.Ci.Cli.Commands;

/// <summary>
/// <c>heygen sweep</c>: removes the containers, images and networks that killed runs left on the Docker engine,
/// found by label, and says what it removed. Resources of processes that still run are left alone.
/// </summary>
internal sealed class SweepCommand : HeyGenCommand<SweepSettings>
{
    /// <inheritdoc />
    protected override async Task<int> RunAsync(SweepSettings settings, CancellationToken cancellationToken)
    {
        await using var engine = await DockerEngine.ConnectAsync(cancellationToken).ConfigureAwait(false);
        var report = await engine.SweepAsync(settings.RunId, cancellationToken).ConfigureAwait(false);

        foreach (var removed in report.Removed)
        {
            // One unwrapped line per resource, so scripts can read what went.
            System.Console.Out.WriteLine($"removed {Describe(removed)}: {removed.Reason}");
        }

        foreach (var failed in report.Failed)
        {
            Errors.WriteDiagnostic(DiagnosticCodes.DockerCleanupFailed.Create(
                $"Could not remove {Describe(failed)}: {failed.Reason}. Remove it with the docker CLI."));
        }

        var scope = settings.RunId is null ? "left by runs whose process is gone" : $"of run {settings.RunId}";
        System.Console.Out.WriteLine(
            $"Swept {report.Removed.Count} resource(s) {scope}; kept {report.Kept.Count} of live runs.");
        return ExitCodes.Success;
    }

    private static string Describe(SweptResource resource)
    {
        var kind = resource.Kind.ToString().ToLowerInvariant();
        var name = resource.Name is null ? string.Empty : $" ({resource.Name})";
        return $"{kind} {resource.Id}{name} of run {resource.RunId}, owner {resource.Owner}";
    }
}

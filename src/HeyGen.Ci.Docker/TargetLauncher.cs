using HeyGen.Ci.Core.Diagnostics;

namespace HeyGen.Ci.Docker;

/// <summary>
/// Starts the candidate and, when asked, the baseline (and a second baseline for the noise floor) side by side,
/// each in its own container with its own label and port. If one fails, the others are removed too.
/// </summary>
public sealed class TargetLauncher
{
    private readonly DockerEngine _engine;

    /// <summary>Creates a launcher on <paramref name="engine"/>.</summary>
    /// <param name="engine">The connected engine.</param>
    public TargetLauncher(DockerEngine engine)
    {
        _engine = engine;
    }

    /// <summary>Starts every target of <paramref name="plan"/> concurrently and waits until all are ready.</summary>
    /// <param name="plan">What to start.</param>
    /// <param name="runId">The run id.</param>
    /// <param name="cancellationToken">Cancels starting; whatever was started is removed.</param>
    /// <exception cref="HeyGenException">The first target's coded error, when a target fails to come up.</exception>
    public async Task<LaunchedTargets> StartAsync(LaunchPlan plan, string runId, CancellationToken cancellationToken)
    {
        var wanted = new List<(string Label, ContainerSpec Spec)> { (TargetLabels.Candidate, plan.Candidate) };
        if (plan.Baseline is { } baseline)
        {
            wanted.Add((TargetLabels.Baseline, baseline));
            if (plan.NoiseRun)
            {
                wanted.Add((TargetLabels.SecondBaseline, baseline));
            }
        }

        var starts = wanted.Select(w => _engine.StartAsync(w.Spec, runId, w.Label, cancellationToken)).ToArray();
        try
        {
            await Task.WhenAll(starts).ConfigureAwait(false);
        }
        catch
        {
            var started = starts.Where(s => s.IsCompletedSuccessfully).Select(s => s.Result.DisposeAsync().AsTask());
            await Task.WhenAll(started).ConfigureAwait(false);

            // Report the first failure in plan order (the candidate's before the baseline's).
            var first = starts.First(s => !s.IsCompletedSuccessfully);
            await first.ConfigureAwait(false);
            throw;
        }

        return new LaunchedTargets(starts.Select(s => s.Result).ToArray());
    }
}

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

        // The first failure stops the others' waiting, so a broken candidate does not wait out the baseline.
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var starts = wanted.Select(w => StartOneAsync(w.Spec, runId, w.Label, failed)).ToArray();
        try
        {
            await Task.WhenAll(starts).ConfigureAwait(false);
        }
        catch
        {
            var started = starts.Where(s => s.IsCompletedSuccessfully).Select(s => s.Result.DisposeAsync().AsTask());
            await Task.WhenAll(started).ConfigureAwait(false);

            // Report the first real failure in plan order (the candidate's before the baseline's); the others
            // were only cancelled because of it.
            cancellationToken.ThrowIfCancellationRequested();
            var first = starts.FirstOrDefault(s => s.IsFaulted) ?? starts.First(s => !s.IsCompletedSuccessfully);
            await first.ConfigureAwait(false);
            throw;
        }

        return new LaunchedTargets(starts.Select(s => s.Result).ToArray());
    }

    private async Task<DockerSystemUnderTest> StartOneAsync(
        ContainerSpec spec, string runId, string label, CancellationTokenSource failed)
    {
        try
        {
            return await _engine.StartAsync(spec, runId, label, failed.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await failed.CancelAsync().ConfigureAwait(false);
            throw;
        }
    }
}

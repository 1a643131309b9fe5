namespace HeyGen.Ci.Docker;

/// <summary>The targets of one run, started side by side; disposing it removes all of them.</summary>
public sealed class LaunchedTargets : IAsyncDisposable
{
    private readonly IReadOnlyList<DockerSystemUnderTest> _all;

    internal LaunchedTargets(IReadOnlyList<DockerSystemUnderTest> all)
    {
        _all = all;
    }

    /// <summary>The candidate.</summary>
    public DockerSystemUnderTest Candidate => ByLabel(TargetLabels.Candidate)!;

    /// <summary>The baseline, when one was asked for.</summary>
    public DockerSystemUnderTest? Baseline => ByLabel(TargetLabels.Baseline);

    /// <summary>The second baseline of a noise run.</summary>
    public DockerSystemUnderTest? SecondBaseline => ByLabel(TargetLabels.SecondBaseline);

    /// <summary>Every target, candidate first.</summary>
    public IReadOnlyList<DockerSystemUnderTest> All => _all;

    /// <summary>The target with <paramref name="label"/>, or null.</summary>
    public DockerSystemUnderTest? ByLabel(string label) => _all.FirstOrDefault(t => t.Label == label);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await Task.WhenAll(_all.Select(t => t.DisposeAsync().AsTask())).ConfigureAwait(false);
    }
}

using HeyGen.Ci.Core.Targets;

namespace HeyGen.Ci.Cli.Ci;

/// <summary>
/// The systems under test of one <c>heygen ci</c> run, by label, and what owns them: disposing this stops and
/// removes every container or process the run started.
/// </summary>
internal sealed class CiTargets : IAsyncDisposable
{
    private readonly List<IAsyncDisposable> _owned = [];
    private readonly Dictionary<string, (Uri Address, ISystemUnderTest? System)> _byLabel = new(StringComparer.Ordinal);

    /// <summary>The labels in the order the features run against them: baseline, candidate, second baseline.</summary>
    public IReadOnlyList<string> Labels => [.. RunOrder.Where(_byLabel.ContainsKey)];

    /// <summary>How the systems were started: <c>docker</c>, <c>process</c> or <c>external</c>.</summary>
    public string Mode { get; set; } = "external";

    // The baseline runs first and its second run last, so the noise floor brackets the candidate in time.
    private static readonly string[] RunOrder = ["baseline", "candidate", "baseline-2"];

    /// <summary>Adds a target; <paramref name="owner"/> is disposed with this.</summary>
    public void Add(string label, Uri address, ISystemUnderTest? system, IAsyncDisposable? owner)
    {
        _byLabel[label] = (address, system);
        if (owner is not null)
        {
            _owned.Add(owner);
        }
    }

    /// <summary>The address of a label's target.</summary>
    public Uri Address(string label) => _byLabel[label].Address;

    /// <summary>The system under test of a label, when the run started it.</summary>
    public ISystemUnderTest? System(string label) => _byLabel[label].System;

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        // Last started, first stopped; every owner is disposed even when one fails.
        var failures = new List<Exception>();
        for (var i = _owned.Count - 1; i >= 0; i--)
        {
            try
            {
                await _owned[i].DisposeAsync().ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                failures.Add(ex);
            }
        }

        _owned.Clear();
        if (failures.Count > 0)
        {
            throw new AggregateException("Cleaning up the systems under test failed.", failures);
        }
    }
}

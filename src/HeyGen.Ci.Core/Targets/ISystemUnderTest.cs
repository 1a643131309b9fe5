using HeyGen.Ci.Core.Results;

namespace HeyGen.Ci.Core.Targets;

/// <summary>
/// A running system under test that the product started (a container, a local process): where to reach it,
/// whether it is still alive, and what it did. Disposing it stops and removes it, always.
/// </summary>
public interface ISystemUnderTest : IAsyncDisposable
{
    /// <summary>The base address to send requests to, on 127.0.0.1.</summary>
    Uri BaseAddress { get; }

    /// <summary>
    /// Throws a <see cref="Diagnostics.HeyGenException"/> naming the exit code and the last log lines when the
    /// system under test has exited; returns at once otherwise. The runner calls it between scenarios and when
    /// a request fails to connect.
    /// </summary>
    /// <param name="cancellationToken">Cancels the check.</param>
    ValueTask EnsureRunningAsync(CancellationToken cancellationToken);

    /// <summary>What it is and what it did so far: image, timings, log counts, resource samples, exit code.</summary>
    SystemUnderTestInfo Describe();
}

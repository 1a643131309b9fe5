using System.Reflection;
using HeyGen.Ci.Core.Json;
using HeyGen.Ci.Core.Results;
using HeyGen.Ci.Core.Runs;
using HeyGen.Ci.Xunit.Runtime;
using Reqnroll;
using Xunit;

namespace HeyGen.Ci.Xunit;

/// <summary>
/// The assembly fixture of generated tests: starts Reqnroll's test run before the first scenario, ends it after
/// the last (which runs <c>[AfterTestRun]</c> and lets formatters write their files), and writes the run's
/// <c>heygen.result/v1</c> file to the run folder, where <c>heygen score</c> and <c>heygen gate</c> read it.
/// The generated code derives one per test assembly and names it with <c>[assembly: AssemblyFixture]</c>.
/// </summary>
public abstract class HeyGenTestRun : IAsyncLifetime
{
    private readonly Assembly _testAssembly;
    private readonly TimeProvider _time;
    private DateTimeOffset _startedAt;

    /// <summary>Binds the run to the test assembly, timed by the system clock.</summary>
    /// <param name="testAssembly">The generated test assembly.</param>
    protected HeyGenTestRun(Assembly testAssembly)
        : this(testAssembly, TimeProvider.System)
    {
    }

    /// <summary>Binds the run to the test assembly, timed by <paramref name="time"/>.</summary>
    /// <param name="testAssembly">The generated test assembly.</param>
    /// <param name="time">The clock of the result file's start and finish times.</param>
    protected HeyGenTestRun(Assembly testAssembly, TimeProvider time)
    {
        _testAssembly = testAssembly;
        _time = time;
    }

    /// <summary>The settings the tests run with.</summary>
    public HeyGenRuntimeSettings Settings { get; } = HeyGenRuntimeSettings.Current;

    /// <inheritdoc />
    public async ValueTask InitializeAsync()
    {
        // Belt and braces: the plugin replaces the telemetry services, and the variable stops the rest.
        Environment.SetEnvironmentVariable("REQNROLL_TELEMETRY_ENABLED", "0");
        _startedAt = _time.GetUtcNow();
        await TestRunnerManager.OnTestRunStartAsync(_testAssembly).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        try
        {
            await TestRunnerManager.OnTestRunEndAsync(_testAssembly).ConfigureAwait(false);
        }
        finally
        {
            RunTarget.Dispose();
            await WriteResultAsync().ConfigureAwait(false);
        }

        GC.SuppressFinalize(this);
    }

    private async Task WriteResultAsync()
    {
        var scenarios = RunRecorder.Drain(_testAssembly);
        if (string.IsNullOrEmpty(Settings.RunFolder))
        {
            return;
        }

        var folder = new RunFolder(Settings.RunFolder);
        var result = new RunResult
        {
            RunId = folder.Id,
            Label = Settings.Label,
            Target = Settings.Target,
            StartedAt = _startedAt,
            FinishedAt = _time.GetUtcNow(),
            Scenarios = scenarios,
        };
        await HeyGenJson.WriteAsync(folder.ResultFile(Settings.Label), result, CancellationToken.None)
            .ConfigureAwait(false);
    }
}

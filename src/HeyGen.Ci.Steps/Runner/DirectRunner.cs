using HeyGen.Ci.Core.Json;
using HeyGen.Ci.Core.Results;
using HeyGen.Ci.Steps.Reports;

namespace HeyGen.Ci.Steps.Runner;

/// <summary>
/// Runs feature files through the Reqnroll runtime with the product's step library, without a test framework:
/// parallel workers, deterministic shards, retries, Cucumber messages, HTML, JUnit XML and the result file.
/// </summary>
public static class DirectRunner
{
    // The runtime keeps one test-run state per test assembly in a process-wide registry, and every direct run
    // uses the step library as its test assembly: runs in one process therefore take turns.
    private static readonly SemaphoreSlim Turn = new(1, 1);

    /// <summary>
    /// Runs the scenarios of <see cref="RunRequest.FeaturesFolder"/> selected by <see cref="RunRequest.Shard"/>
    /// against <see cref="RunRequest.Target"/>, writes the reports (and the result file when one is named), and
    /// returns the result. Can be called again in the same process, one run after the other.
    /// </summary>
    /// <param name="request">What to run and where to write.</param>
    /// <param name="cancellationToken">Stops the run; reports are still closed.</param>
    public static async Task<RunResult> RunAsync(RunRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await Turn.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var result = await new RunExecution(request).RunAsync(cancellationToken).ConfigureAwait(false);
            await JUnitReport.WriteAsync(Path.Combine(request.ReportsFolder, "junit.xml"), result, cancellationToken)
                .ConfigureAwait(false);
            if (request.ResultFile is { } resultFile)
            {
                await HeyGenJson.WriteAsync(resultFile, result, cancellationToken).ConfigureAwait(false);
            }

            return result;
        }
        finally
        {
            Turn.Release();
        }
    }
}

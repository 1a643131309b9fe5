using Spectre.Console;

namespace HeyGen.Ci.Cli.Ci;

/// <summary>
/// Times the stages of <c>heygen ci</c> and prints one line as each starts and ends, which reads the same in a
/// terminal and in a CI log.
/// </summary>
internal sealed class StageClock(IAnsiConsole console, TimeProvider time)
{
    private readonly List<StageTiming> _stages = [];

    /// <summary>The stages timed so far.</summary>
    public IReadOnlyList<StageTiming> Stages => _stages;

    /// <summary>Runs one stage; <paramref name="describe"/> gives its one-line result.</summary>
    public async Task<T> TimeAsync<T>(
        string stage, Func<Task<T>> body, Func<T, (string Outcome, string Detail)> describe)
    {
        console.MarkupLineInterpolated($"[grey]▶[/] {stage} …");
        var started = time.GetTimestamp();
        try
        {
            var result = await body().ConfigureAwait(false);
            var (outcome, detail) = describe(result);
            Record(stage, started, outcome, detail);

            return result;
        }
        catch (Exception ex)
        {
            Record(stage, started, ex is OperationCanceledException ? "cancelled" : "failed", null);
            throw;
        }
    }

    /// <summary>Records a stage that did not run.</summary>
    public void Skip(string stage, string why)
    {
        _stages.Add(new StageTiming(stage, 0, "skipped", why));
        console.MarkupLineInterpolated($"[grey]– {stage}: skipped, {why}[/]");
    }

    private void Record(string stage, long started, string outcome, string? detail)
    {
        var elapsed = time.GetElapsedTime(started).TotalMilliseconds;
        _stages.Add(new StageTiming(stage, elapsed, outcome, detail));
        var colour = outcome switch
        {
            "ok" => "green",
            "findings" => "yellow",
            _ => "red",
        };
        var seconds = (elapsed / 1000).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
        console.MarkupLineInterpolated($"[{colour}]■[/] {stage}: {detail ?? outcome} [grey]({seconds} s)[/]");
    }
}

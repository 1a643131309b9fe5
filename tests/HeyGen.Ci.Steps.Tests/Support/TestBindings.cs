using System.Collections.Concurrent;
using Reqnroll;

namespace HeyGen.Ci.Steps.Tests.Support;

/// <summary>
/// Bindings and hooks beyond the vocabulary, to put the runner into situations features alone cannot.
/// </summary>
[Binding]
public sealed class TestBindings
{
    private static readonly ConcurrentDictionary<string, int> Attempts = new(StringComparer.Ordinal);
    private static int _running;
    private static int _mostAtOnce;

    public static int MostAtOnce => Volatile.Read(ref _mostAtOnce);

    public static void ResetConcurrency() => Interlocked.Exchange(ref _mostAtOnce, 0);

    [BeforeScenario("failing-hook")]
    public static void FailingHook() => throw new InvalidOperationException("the test database could not be seeded");

    [Given("^a step that is still pending$")]
    public static void Pending() => throw new PendingStepException();

    [Given("^a step that fails the first time for \"([^\"]*)\"$")]
    public static void FailsOnce(string key)
    {
        if (Attempts.AddOrUpdate(key, 1, (_, n) => n + 1) == 1)
        {
            throw new InvalidOperationException("first attempt fails");
        }
    }

    [Given("^a step that takes (\\d+) ms$")]
    public static async Task TakesAsync(int milliseconds)
    {
        var now = Interlocked.Increment(ref _running);
        int seen;
        while (now > (seen = Volatile.Read(ref _mostAtOnce)) && Interlocked.CompareExchange(ref _mostAtOnce, now, seen) != seen)
        {
        }

        await Task.Delay(milliseconds);
        Interlocked.Decrement(ref _running);
    }
}

using System.Collections.Concurrent;
using System.Reflection;
using HeyGen.Ci.Core.Results;

namespace HeyGen.Ci.Xunit.Runtime;

/// <summary>Collects the results of one test assembly's scenarios as they finish, from any test thread.</summary>
internal static class RunRecorder
{
    private static readonly ConcurrentDictionary<Assembly, ConcurrentQueue<ScenarioResult>> Results = new();

    public static void Record(Assembly testAssembly, ScenarioResult result)
        => Results.GetOrAdd(testAssembly, _ => new ConcurrentQueue<ScenarioResult>()).Enqueue(result);

    public static IReadOnlyList<ScenarioResult> Drain(Assembly testAssembly)
        => Results.TryRemove(testAssembly, out var queue)
            ? [.. queue.OrderBy(r => r.FeatureFile, StringComparer.Ordinal).ThenBy(r => r.Line)]
            : [];
}

using HeyGen.Ci.Steps.Http;

namespace HeyGen.Ci.Xunit.Runtime;

/// <summary>
/// The one step target of a test process, made from <see cref="HeyGenRuntimeSettings.Target"/>: one shared
/// client for every scenario, disposed when the test run ends.
/// </summary>
internal static class RunTarget
{
    private static readonly Lock Gate = new();
    private static StepTarget? _current;

    public static StepTarget? GetOrCreate(HeyGenRuntimeSettings settings)
    {
        lock (Gate)
        {
            if (_current is null && Uri.TryCreate(settings.Target, UriKind.Absolute, out var address))
            {
                _current = new StepTarget(address, StepTarget.DefaultTimeout);
            }

            return _current;
        }
    }

    public static void Dispose()
    {
        lock (Gate)
        {
            _current?.Dispose();
            _current = null;
        }
    }
}

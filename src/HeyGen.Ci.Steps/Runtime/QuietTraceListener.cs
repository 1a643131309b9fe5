using Reqnroll.Tracing;

namespace HeyGen.Ci.Steps.Runtime;

/// <summary>
/// Keeps Reqnroll's step-by-step trace off the console: the command prints its own progress and the results
/// hold every step.
/// </summary>
internal sealed class QuietTraceListener : ITraceListener
{
    public void WriteTestOutput(string message)
    {
    }

    public void WriteToolOutput(string message)
    {
    }
}

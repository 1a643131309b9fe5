using Reqnroll.Analytics;

namespace HeyGen.Ci.Steps.Runtime;

/// <summary>Sends nothing: the product never reports runs anywhere.</summary>
internal sealed class NoTelemetry : IAnalyticsRuntimeTelemetryService
{
    public void SendFeatureUseEvent(
        string featureName, Dictionary<string, string>? properties = null, Dictionary<string, double>? metrics = null)
    {
    }

    public void SendProjectRunningEvent()
    {
    }
}

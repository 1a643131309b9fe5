using Reqnroll.Analytics;

namespace HeyGen.Ci.Xunit.Runtime;

/// <summary>Sends nothing: generated tests run in CI and must never call out to an analytics service.</summary>
internal sealed class DisabledRuntimeTelemetry : IAnalyticsRuntimeTelemetryService
{
    public void SendProjectRunningEvent()
    {
    }

    public void SendFeatureUseEvent(
        string featureName, Dictionary<string, string> properties, Dictionary<string, double> metrics)
    {
    }
}

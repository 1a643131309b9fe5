using Reqnroll.Analytics;

namespace HeyGen.Ci.Xunit.Runtime;

/// <summary>Reports telemetry as off whatever the environment says.</summary>
internal sealed class DisabledTelemetryChecker : IEnvironmentReqnrollTelemetryChecker
{
    public bool IsReqnrollTelemetryEnabled() => false;
}

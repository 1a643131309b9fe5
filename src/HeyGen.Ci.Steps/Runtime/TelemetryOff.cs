using Reqnroll.Analytics;

namespace HeyGen.Ci.Steps.Runtime;

/// <summary>Tells the runtime telemetry is off, whatever the environment says.</summary>
internal sealed class TelemetryOff : IEnvironmentReqnrollTelemetryChecker
{
    public bool IsReqnrollTelemetryEnabled() => false;
}

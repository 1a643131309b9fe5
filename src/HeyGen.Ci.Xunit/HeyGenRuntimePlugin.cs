using HeyGen.Ci.Steps.Http;
using HeyGen.Ci.Xunit.Runtime;
using Reqnroll.Analytics;
using Reqnroll.Infrastructure;
using Reqnroll.Plugins;
using Reqnroll.UnitTestProvider;

namespace HeyGen.Ci.Xunit;

/// <summary>
/// The Reqnroll runtime plugin of generated tests: registers the xUnit v3 unit-test provider, switches
/// Reqnroll's telemetry off, registers the attachment handler bindings ask for, and adds the product's step
/// library to the binding assemblies. The generated assembly hooks name it with <c>[assembly: RuntimePlugin]</c>.
/// </summary>
public sealed class HeyGenRuntimePlugin : IRuntimePlugin
{
    /// <summary>The unit-test provider name registered for xUnit v3.</summary>
    public const string ProviderName = "heygen-xunit3";

    /// <summary>The assembly that holds the product's step definitions.</summary>
    public const string StepAssembly = "HeyGen.Ci.Steps";

    /// <inheritdoc />
    public void Initialize(
        RuntimePluginEvents runtimePluginEvents,
        RuntimePluginParameters runtimePluginParameters,
        UnitTestProviderConfiguration unitTestProviderConfiguration)
    {
        ArgumentNullException.ThrowIfNull(runtimePluginEvents);
        ArgumentNullException.ThrowIfNull(unitTestProviderConfiguration);

        unitTestProviderConfiguration.UseUnitTestProvider(ProviderName);
        runtimePluginEvents.RegisterGlobalDependencies += (_, e) =>
            e.ObjectContainer.RegisterTypeAs<XunitV3RuntimeProvider, IUnitTestRuntimeProvider>(ProviderName);
        runtimePluginEvents.CustomizeGlobalDependencies += (_, e) =>
        {
            // Without a target here the steps fall back to HEYGEN_TARGET, which the direct runner also reads.
            if (RunTarget.GetOrCreate(HeyGenRuntimeSettings.Current) is { } target)
            {
                StepLibrary.Register(e.ObjectContainer, target);
            }

            e.ObjectContainer.RegisterTypeAs<DisabledRuntimeTelemetry, IAnalyticsRuntimeTelemetryService>();
            e.ObjectContainer.RegisterTypeAs<DisabledTelemetryChecker, IEnvironmentReqnrollTelemetryChecker>();
        };
        runtimePluginEvents.ConfigurationDefaults += (_, e) =>
        {
            if (!e.ReqnrollConfiguration.AdditionalStepAssemblies.Contains(StepAssembly))
            {
                e.ReqnrollConfiguration.AdditionalStepAssemblies.Add(StepAssembly);
            }
        };
        runtimePluginEvents.CustomizeTestThreadDependencies += (_, e) =>
            e.ObjectContainer.RegisterTypeAs<ReqnrollAttachmentHandler, IReqnrollAttachmentHandler>();
    }
}

using HeyGen.Ci.Steps.Http;
using Reqnroll.Analytics;
using Reqnroll.Formatters.Configuration;
using Reqnroll.Infrastructure;
using Reqnroll.Plugins;
using Reqnroll.Tracing;
using Reqnroll.UnitTestProvider;

namespace HeyGen.Ci.Steps.Runtime;

/// <summary>
/// The direct runner's runtime plugin: its own unit-test provider, trace listener and attachment handler,
/// telemetry replaced by no-ops, the run's report paths for Reqnroll's formatters, and the run's step target.
/// </summary>
internal sealed class DirectRuntimePlugin : IRuntimePlugin
{
    /// <summary>The unit-test provider name the plugin registers.</summary>
    public const string ProviderName = "heygen-direct";

    private readonly RuntimeSettings _settings;

    public DirectRuntimePlugin(RuntimeSettings settings) => _settings = settings;

    public void Initialize(
        RuntimePluginEvents runtimePluginEvents,
        RuntimePluginParameters runtimePluginParameters,
        UnitTestProviderConfiguration unitTestProviderConfiguration)
    {
        ArgumentNullException.ThrowIfNull(runtimePluginEvents);
        ArgumentNullException.ThrowIfNull(unitTestProviderConfiguration);
        unitTestProviderConfiguration.UseUnitTestProvider(ProviderName);
        runtimePluginEvents.RegisterGlobalDependencies += (_, e) =>
        {
            e.ObjectContainer.RegisterTypeAs<DirectUnitTestProvider, IUnitTestRuntimeProvider>(ProviderName);
            e.ObjectContainer.RegisterTypeAs<QuietTraceListener, ITraceListener>();
        };
        runtimePluginEvents.CustomizeGlobalDependencies += (_, e) =>
        {
            e.ObjectContainer.RegisterTypeAs<NoTelemetry, IAnalyticsRuntimeTelemetryService>();
            e.ObjectContainer.RegisterTypeAs<TelemetryOff, IEnvironmentReqnrollTelemetryChecker>();
            e.ObjectContainer.RegisterInstanceAs<IFormattersConfigurationProvider>(
                new ReportFormatters(_settings.MessagesFile, _settings.HtmlFile));
            StepLibrary.Register(e.ObjectContainer, _settings.Target);
        };
        runtimePluginEvents.CustomizeTestThreadDependencies += (_, e) =>
        {
            e.ObjectContainer.RegisterTypeAs<QuietTraceListener, ITraceListener>();
            e.ObjectContainer.RegisterTypeAs<AttachmentCollector, IReqnrollAttachmentHandler>();
        };
    }
}

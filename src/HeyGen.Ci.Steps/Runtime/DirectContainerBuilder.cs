using System.Reflection;
using Reqnroll.BoDi;
using Reqnroll.Configuration;
using Reqnroll.Infrastructure;
using Reqnroll.Plugins;
using Reqnroll.UnitTestProvider;

namespace HeyGen.Ci.Steps.Runtime;

/// <summary>
/// The container builder of the direct runner: it installs <see cref="DirectRuntimePlugin"/> from code and reads
/// no <c>reqnroll.json</c>, so nothing in the working folder changes how a run behaves, and the plugin is never
/// found by a test project that only uses the step library as a binding assembly.
/// </summary>
internal sealed class DirectContainerBuilder : ContainerBuilder
{
    private readonly RuntimeSettings _settings;

    public DirectContainerBuilder(RuntimeSettings settings) => _settings = settings;

    public override IObjectContainer CreateGlobalContainer(
        Assembly testAssembly, IRuntimeConfigurationProvider? configurationProvider = null)
        => base.CreateGlobalContainer(testAssembly, configurationProvider ?? new DirectConfiguration(_settings));

    protected override void LoadPlugins(
        IRuntimeConfigurationProvider configurationProvider,
        ObjectContainer container,
        RuntimePluginEvents runtimePluginEvents,
        ReqnrollConfiguration reqnrollConfiguration,
        UnitTestProviderConfiguration unitTestProviderConfigration,
        Assembly testAssembly)
    {
        // Only the product's own plugin: plugins found on disk could register another unit-test provider.
        new DirectRuntimePlugin(_settings)
            .Initialize(runtimePluginEvents, new RuntimePluginParameters(), unitTestProviderConfigration);
    }
}

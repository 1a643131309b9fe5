using Reqnroll.Configuration;

namespace HeyGen.Ci.Steps.Runtime;

/// <summary>The runtime configuration of a direct run, built in code, never read from <c>reqnroll.json</c>.</summary>
internal sealed class DirectConfiguration : IRuntimeConfigurationProvider
{
    private readonly RuntimeSettings _settings;

    public DirectConfiguration(RuntimeSettings settings) => _settings = settings;

    public ReqnrollConfiguration LoadConfiguration(ReqnrollConfiguration reqnrollConfiguration)
    {
        ArgumentNullException.ThrowIfNull(reqnrollConfiguration);

        // Undefined and pending steps are outcomes the runner reports itself, not exceptions.
        reqnrollConfiguration.MissingOrPendingStepsOutcome = MissingOrPendingStepsOutcome.Pending;
        reqnrollConfiguration.StopAtFirstError = false;
        reqnrollConfiguration.TraceSuccessfulSteps = false;
        reqnrollConfiguration.ColoredOutput = false;
        foreach (var assembly in _settings.BindingAssemblies)
        {
            var name = assembly.GetName().Name!;
            if (!reqnrollConfiguration.AdditionalStepAssemblies.Contains(name))
            {
                reqnrollConfiguration.AdditionalStepAssemblies.Add(name);
            }
        }

        return reqnrollConfiguration;
    }
}

using System.Reflection;
using System.Runtime.ExceptionServices;
using HeyGen.Ci.Steps.Scenarios;
using HeyGen.Ci.Xunit.Runtime;
using Reqnroll;

namespace HeyGen.Ci.Xunit;

/// <summary>
/// One feature of a generated test class: the feature text embedded in the test assembly, parsed once into the
/// shared scenario model (<see cref="FeatureDocument"/>), whose one <see cref="FeatureInfo"/> Reqnroll identifies
/// the feature by for the whole run. Each test runs its scenario through <see cref="ScenarioSequence"/>, the
/// same sequence the direct runner uses.
/// </summary>
public sealed class GeneratedFeature
{
    private readonly Assembly _testAssembly;
    private readonly Dictionary<string, ScenarioCase> _scenarios;

    private GeneratedFeature(Assembly testAssembly, FeatureDocument document)
    {
        _testAssembly = testAssembly;
        Document = document;
        _scenarios = document.Scenarios.ToDictionary(s => s.Id, StringComparer.Ordinal);
    }

    /// <summary>The parsed feature.</summary>
    public FeatureDocument Document { get; }

    /// <summary>Loads the feature embedded in the test assembly as <paramref name="resourceName"/>.</summary>
    /// <param name="testAssembly">The generated test assembly.</param>
    /// <param name="resourceName">The manifest resource holding the feature text.</param>
    /// <param name="featureFile">The feature file relative to the features folder (the scenario ids' prefix).</param>
    public static GeneratedFeature FromResource(Assembly testAssembly, string resourceName, string featureFile)
    {
        ArgumentNullException.ThrowIfNull(testAssembly);
        using var stream = testAssembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException(
                $"The test assembly has no resource '{resourceName}'; rebuild the project so HeyGen CI embeds it.");
        using var reader = new StreamReader(stream);

        return new GeneratedFeature(testAssembly, FeatureDocument.Parse(reader.ReadToEnd(), featureFile));
    }

    /// <summary>Runs the scenario with this id: a failed step fails the calling test, @ignore skips it.</summary>
    /// <param name="scenarioId">The stable scenario id, <c>file:line</c> or <c>file:line:rowLine</c>.</param>
    /// <param name="cancellationToken">Cancels the run of the scenario.</param>
    public async Task RunScenarioAsync(string scenarioId, CancellationToken cancellationToken)
    {
        if (!_scenarios.TryGetValue(scenarioId, out var scenario))
        {
            throw new InvalidOperationException(
                $"The feature '{Document.RelativePath}' has no scenario '{scenarioId}'; rebuild so its code-behind " +
                "matches the feature file.");
        }

        var runner = TestRunnerManager.GetTestRunnerForAssembly(_testAssembly, featureHint: Document.FeatureInfo);
        var observation = await ScenarioSequence.RunAsync(runner, Document, scenario, cancellationToken)
            .ConfigureAwait(false);
        RunRecorder.Record(_testAssembly, observation.Result);

        if (observation.Error is { } error)
        {
            ExceptionDispatchInfo.Capture(error).Throw();
        }

        if (scenario.IsIgnored)
        {
            global::Xunit.Assert.Skip($"'{scenario.Name}' ({scenario.Id}) is tagged @ignore.");
        }
    }

    /// <summary>Ends the feature after its last scenario, which runs its <c>[AfterFeature]</c> hooks.</summary>
    public async ValueTask ReleaseAsync()
        => await TestRunnerManager.ReleaseFeatureAsync(Document.FeatureInfo, _testAssembly).ConfigureAwait(false);
}

using System.Globalization;
using System.Reflection;
using HeyGen.Ci.Xunit.Runtime;
using HeyGen.Ci.Xunit.Scenarios;
using Reqnroll;

namespace HeyGen.Ci.Xunit;

/// <summary>
/// One feature of a generated test class: the feature text embedded in the test assembly, parsed once, and
/// the one <see cref="FeatureInfo"/> Reqnroll identifies the feature by for the whole run.
/// </summary>
public sealed class GeneratedFeature
{
    private readonly Assembly _testAssembly;
    private readonly FeatureModel _model;

    private GeneratedFeature(Assembly testAssembly, FeatureModel model)
    {
        _testAssembly = testAssembly;
        _model = model;
        var language = CultureInfo.GetCultureInfo(model.Language);
        Info = new FeatureInfo(language, Path.GetDirectoryName(model.FeatureFile) ?? string.Empty, model.Name,
            model.Description, ProgrammingLanguage.CSharp, [.. model.Tags]);
    }

    /// <summary>The feature as Reqnroll knows it.</summary>
    public FeatureInfo Info { get; }

    /// <summary>The feature file relative to the features folder.</summary>
    public string FeatureFile => _model.FeatureFile;

    /// <summary>Loads the feature embedded in <paramref name="testAssembly"/> as <paramref name="resourceName"/>.</summary>
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

        return new GeneratedFeature(testAssembly, FeatureModel.Parse(reader.ReadToEnd(), featureFile));
    }

    /// <summary>Runs the scenario with this id; a failed step fails the calling test, a skip skips it.</summary>
    /// <param name="scenarioId">The stable scenario id, <c>file:line</c> or <c>file:line:rowLine</c>.</param>
    /// <param name="cancellationToken">Cancels the run of the scenario.</param>
    public async Task RunScenarioAsync(string scenarioId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (!_model.Cases.TryGetValue(scenarioId, out var scenario))
        {
            throw new InvalidOperationException(
                $"The feature '{FeatureFile}' has no scenario '{scenarioId}'; rebuild so the code-behind matches it.");
        }

        var result = await ScenarioSequence.RunAsync(_testAssembly, Info, _model, scenario).ConfigureAwait(false);
        RunRecorder.Record(_testAssembly, result);
        if (scenario.Ignored)
        {
            global::Xunit.Assert.Skip($"Ignored by its @ignore tag: {ScenarioSequence.Describe(scenario)}");
        }
    }

    /// <summary>Ends the feature after its last scenario, which runs its <c>[AfterFeature]</c> hooks.</summary>
    public async ValueTask ReleaseAsync()
        => await TestRunnerManager.ReleaseFeatureAsync(Info, _testAssembly).ConfigureAwait(false);
}

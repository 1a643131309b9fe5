namespace HeyGen.Ci.MSBuild.CodeBehind;

/// <summary>What the code-behind of one feature file needs: its name, its file and its scenarios.</summary>
/// <param name="Name">The feature's name.</param>
/// <param name="FeatureFile">The feature file relative to the features folder, with forward slashes.</param>
/// <param name="Scenarios">Every pickle, in file order.</param>
internal sealed record FeatureOutline(string Name, string FeatureFile, IReadOnlyList<ScenarioEntry> Scenarios);

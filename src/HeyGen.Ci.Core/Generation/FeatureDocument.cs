namespace HeyGen.Ci.Core.Generation;

/// <summary>A generated feature: one area of the application.</summary>
/// <param name="Area">The area name (a route's first meaningful segment).</param>
/// <param name="FileName">The file name, <c>products.feature</c>.</param>
/// <param name="Description">Description lines under the title.</param>
/// <param name="Scenarios">Scenarios by flow rank.</param>
internal sealed record FeatureDocument(
    string Area, string FileName, IReadOnlyList<string> Description, IReadOnlyList<FeatureScenario> Scenarios);

namespace HeyGen.Ci.Core.Generation;

/// <summary>One step of a generated scenario.</summary>
/// <param name="Kind">Set-up, action or outcome.</param>
/// <param name="Text">The step text after the keyword, quoted values already escaped.</param>
/// <param name="DocString">A doc string argument.</param>
/// <param name="Table">A data table argument, cells as the step receives them.</param>
internal sealed record FeatureStep(
    StepKind Kind, string Text, FeatureDocString? DocString = null, IReadOnlyList<IReadOnlyList<string>>? Table = null);

namespace HeyGen.Ci.Core.Generation;

/// <summary>A doc string argument of a step.</summary>
/// <param name="Content">The text as the step receives it (after Gherkin's own unescaping).</param>
/// <param name="MediaType">The media type after the opening separator, when there is one.</param>
internal sealed record FeatureDocString(string Content, string? MediaType);

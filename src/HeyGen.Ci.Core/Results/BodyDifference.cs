namespace HeyGen.Ci.Core.Results;

/// <summary>One difference of a JSON response from the recorded one.</summary>
/// <param name="Path">The JSON path, <c>$.items[2].price</c>.</param>
/// <param name="Kind">What kind of difference.</param>
/// <param name="Expected">The recorded value or type, as JSON text; null for an added field.</param>
/// <param name="Actual">The observed value or type, as JSON text; null for a removed field.</param>
public sealed record BodyDifference(string Path, DifferenceKind Kind, string? Expected, string? Actual);

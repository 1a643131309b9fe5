namespace HeyGen.Ci.Core.Analysis;

/// <summary>One parameter of a route template as a recorded path filled it.</summary>
/// <param name="Name">The variable name, such as <c>productId</c>.</param>
/// <param name="Value">The recorded segment, still percent-encoded.</param>
/// <param name="SegmentIndex">The zero-based index of the segment in the path.</param>
internal sealed record RouteParameter(string Name, string Value, int SegmentIndex);

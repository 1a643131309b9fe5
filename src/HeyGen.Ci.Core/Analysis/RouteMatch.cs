namespace HeyGen.Ci.Core.Analysis;

/// <summary>A recorded path matched to its route template.</summary>
/// <param name="Template">The template, <c>/products/{productId}</c>.</param>
/// <param name="Segments">The recorded path's segments, percent-encoded.</param>
/// <param name="Parameters">The parameters in path order.</param>
internal sealed record RouteMatch(
    string Template, IReadOnlyList<string> Segments, IReadOnlyList<RouteParameter> Parameters)
{
    /// <summary>
    /// The path with each parameter written as a reference, <c>/products/${productId}</c>; a literal
    /// <c>${</c>
    /// in a fixed word is written <c>$${</c> as the step vocabulary asks.
    /// </summary>
    public string ReferencePath(Func<RouteParameter, string> reference)
    {
        var parts = Segments.Select(Generation.ReferenceText.EscapeLiteral).ToArray();
        foreach (var parameter in Parameters)
        {
            parts[parameter.SegmentIndex] = reference(parameter);
        }

        return "/" + string.Join('/', parts);
    }
}

namespace HeyGen.Ci.Core.Analysis;

/// <summary>A response field or header whose value is not asserted, only its type.</summary>
/// <param name="Endpoint">The endpoint whose response holds it.</param>
/// <param name="Kind"><c>json</c> for a body field, <c>header</c> for a response header.</param>
/// <param name="Path">The JSON path (array items as <c>[*]</c>) or the header name.</param>
/// <param name="Reason">Why: <c>timestamp</c>, <c>uuid</c>, <c>generated id</c>, <c>volatile header</c>,
/// <c>varies across sessions</c>, <c>secret</c> or <c>captured</c>.</param>
public sealed record MaskedField(string Endpoint, string Kind, string Path, string Reason);

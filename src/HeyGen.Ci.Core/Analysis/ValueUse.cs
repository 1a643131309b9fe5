namespace HeyGen.Ci.Core.Analysis;

/// <summary>A request's use of a value an earlier response issued.</summary>
/// <param name="Source">The issued value.</param>
/// <param name="TargetKind"><c>path</c>, <c>query</c>, <c>header</c>, <c>cookie</c> or <c>body</c>.</param>
/// <param name="Target">The route parameter, query parameter, header, cookie or body path.</param>
internal sealed record ValueUse(IssuedValue Source, string TargetKind, string Target);

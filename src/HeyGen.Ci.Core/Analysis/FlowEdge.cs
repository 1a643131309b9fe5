namespace HeyGen.Ci.Core.Analysis;

/// <summary>A recorded transition: a session called <paramref name="To"/> right after <paramref
/// name="From"/>.</summary>
/// <param name="From">The endpoint called first.</param>
/// <param name="To">The endpoint called next.</param>
/// <param name="Count">How many times it happened, over all sessions.</param>
public sealed record FlowEdge(string From, string To, long Count);

namespace HeyGen.Ci.Core.Analysis;

/// <summary>One endpoint in the flow graph.</summary>
/// <param name="Endpoint">The method and template.</param>
/// <param name="Calls">How many times sessions called it.</param>
/// <param name="Entries">How many sessions started with it.</param>
/// <param name="Exits">How many sessions ended with it.</param>
public sealed record FlowNode(string Endpoint, long Calls, long Entries, long Exits);

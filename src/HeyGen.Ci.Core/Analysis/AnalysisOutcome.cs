namespace HeyGen.Ci.Core.Analysis;

/// <summary>The analysis, and what generation needs of it beyond the file.</summary>
/// <param name="Analysis">What <c>analysis.json</c> holds.</param>
/// <param name="Routes">The learned route templates.</param>
/// <param name="Noise">The masked fields by endpoint.</param>
/// <param name="Flows">Every recorded flow, by rank.</param>
/// <param name="Hosts">The host of each session's behaviour, by session id.</param>
/// <param name="SecretNames">The secret parameters' names, so generation names each value as analysis did.</param>
internal sealed record AnalysisOutcome(
    BehaviourAnalysis Analysis,
    RouteTable Routes,
    NoiseDetector Noise,
    IReadOnlyList<FlowGroup> Flows,
    IReadOnlyDictionary<string, string?> Hosts,
    SecretNames SecretNames);

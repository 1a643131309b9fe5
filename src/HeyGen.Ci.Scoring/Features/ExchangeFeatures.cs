using HeyGen.Ci.Core.Results;

namespace HeyGen.Ci.Scoring.Features;

/// <summary>The feature vector of one exchange, with where it came from.</summary>
internal sealed record ExchangeFeatures(
    string ScenarioId, int ExchangeIndex, string Endpoint, float[] Values, ExchangeObservation Exchange);

namespace HeyGen.Ci.Core.Verdicts;

/// <summary>Which model scored the run, and where.</summary>
/// <param name="Path">The model file.</param>
/// <param name="Kind"><c>default</c> (fitted from the baseline) or <c>custom</c>.</param>
/// <param name="Provider">The execution provider that ran it (<c>CUDA</c> or <c>CPU</c>).</param>
/// <param name="FeatureVersion">The feature-vector version the model was fitted on.</param>
public sealed record ModelInfo(string Path, string Kind, string Provider, string FeatureVersion);

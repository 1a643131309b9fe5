using Reqnroll;

namespace HeyGen.Ci.Steps.Scenarios;

/// <summary>One step of a scenario as the runtime is given it: outline values already substituted.</summary>
/// <param name="Keyword">The keyword as written, with its trailing space (<c>Given </c>, <c>And </c>).</param>
/// <param name="Kind">Which runtime call the keyword maps to.</param>
/// <param name="Text">The step text after outline substitution.</param>
/// <param name="Line">The one-based line of the step in the feature file.</param>
/// <param name="DocString">The doc string argument, when the step has one.</param>
/// <param name="DocStringMediaType">The doc string's media type (<c>"""application/json</c>), when given.</param>
/// <param name="Table">The data table argument, when the step has one.</param>
public sealed record ScenarioStep(
    string Keyword,
    StepKind Kind,
    string Text,
    int Line,
    string? DocString,
    string? DocStringMediaType,
    Table? Table);

using Gherkin;

namespace HeyGen.Ci.Xunit.Scenarios;

/// <summary>One step of a scenario case, outline placeholders already replaced.</summary>
/// <param name="Keyword">The keyword as written, with its trailing space (<c>Given </c>).</param>
/// <param name="KeywordType">Context, action, outcome or conjunction.</param>
/// <param name="Text">The step text.</param>
/// <param name="DocString">The doc string argument, if any.</param>
/// <param name="Table">The data table argument (header row first), if any.</param>
/// <param name="Line">The step's line in the feature file.</param>
internal sealed record ScenarioStep(
    string Keyword,
    StepKeywordType KeywordType,
    string Text,
    string? DocString,
    IReadOnlyList<IReadOnlyList<string>>? Table,
    int Line);

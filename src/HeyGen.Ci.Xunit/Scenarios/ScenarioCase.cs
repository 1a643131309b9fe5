using System.Collections.Specialized;

namespace HeyGen.Ci.Xunit.Scenarios;

/// <summary>One runnable case: a scenario, or one example row of an outline, with its stable id.</summary>
/// <param name="Id">The id of <c>docs/contracts.md</c>: <c>file:line</c> or <c>file:line:rowLine</c>.</param>
/// <param name="Name">The scenario name with the row's values in place of its placeholders.</param>
/// <param name="Description">The scenario's description.</param>
/// <param name="Line">The line of the result: the example row for an outline, the scenario otherwise.</param>
/// <param name="OwnTags">The scenario's and its examples' own tags, without <c>@</c>.</param>
/// <param name="InheritedTags">Feature and rule tags, without <c>@</c>.</param>
/// <param name="Arguments">The outline row's values by column, empty for a plain scenario.</param>
/// <param name="Steps">Background steps, then the scenario's.</param>
/// <param name="Rule">The rule the scenario belongs to, if any: its name and tags.</param>
internal sealed record ScenarioCase(
    string Id,
    string Name,
    string Description,
    int Line,
    IReadOnlyList<string> OwnTags,
    IReadOnlyList<string> InheritedTags,
    OrderedDictionary Arguments,
    IReadOnlyList<ScenarioStep> Steps,
    (string Name, IReadOnlyList<string> Tags)? Rule)
{
    /// <summary>Whether the case carries <c>@ignore</c>, own or inherited.</summary>
    public bool Ignored => OwnTags.Concat(InheritedTags).Contains("ignore", StringComparer.OrdinalIgnoreCase);
}

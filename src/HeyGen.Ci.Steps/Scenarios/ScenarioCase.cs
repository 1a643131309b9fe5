using System.Collections.Specialized;
using Reqnroll;

namespace HeyGen.Ci.Steps.Scenarios;

/// <summary>
/// One runnable scenario of a <see cref="FeatureDocument"/>: one pickle, so a Scenario Outline gives one case per
/// example row. Everything the runtime needs to start it, and the stable id results are keyed by.
/// </summary>
public sealed record ScenarioCase
{
    /// <summary>
    /// The stable id, <c>&lt;featureFile&gt;:&lt;line&gt;</c> or, for an outline row,
    /// <c>&lt;featureFile&gt;:&lt;line&gt;:&lt;rowLine&gt;</c>; the same for every run of the same file.
    /// </summary>
    public required string Id { get; init; }

    /// <summary>The scenario name as the pickle has it (outline placeholders substituted).</summary>
    public required string Name { get; init; }

    /// <summary>The scenario's description text, empty when it has none.</summary>
    public string Description { get; init; } = string.Empty;

    /// <summary>The one-based line of the <c>Scenario:</c> keyword.</summary>
    public required int Line { get; init; }

    /// <summary>The one-based line of the example row, for an outline; null otherwise.</summary>
    public int? RowLine { get; init; }

    /// <summary>The position of this pickle in <see cref="FeatureDocument.Pickles"/>.</summary>
    public required int PickleIndex { get; init; }

    /// <summary>The scenario's own tags (and its examples' tags), without <c>@</c>, as Reqnroll takes them.</summary>
    public IReadOnlyList<string> OwnTags { get; init; } = [];

    /// <summary>Tags inherited from the feature and the rule, without <c>@</c>.</summary>
    public IReadOnlyList<string> InheritedTags { get; init; } = [];

    /// <summary>Every tag, inherited ones included, with <c>@</c>, as results report them.</summary>
    public IReadOnlyList<string> Tags => [.. InheritedTags.Concat(OwnTags).Distinct().Select(t => "@" + t)];

    /// <summary>The example row's values by column header, for an outline; empty otherwise.</summary>
    public OrderedDictionary Arguments { get; init; } = [];

    /// <summary>The rule the scenario belongs to, when it is inside a <c>Rule:</c>.</summary>
    public RuleInfo? Rule { get; init; }

    /// <summary>Background steps first, then the scenario's own, in order.</summary>
    public IReadOnlyList<ScenarioStep> Steps { get; init; } = [];

    /// <summary>True when the scenario carries <c>@ignore</c> (directly or inherited): the runner skips it.</summary>
    public bool IsIgnored => OwnTags.Concat(InheritedTags)
        .Any(t => string.Equals(t, "ignore", StringComparison.OrdinalIgnoreCase));

    /// <summary>The line results report: the example row's line for an outline, the scenario's otherwise.</summary>
    public int ReportedLine => RowLine ?? Line;
}

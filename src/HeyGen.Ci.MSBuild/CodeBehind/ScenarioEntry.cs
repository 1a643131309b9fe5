namespace HeyGen.Ci.MSBuild.CodeBehind;

/// <summary>One pickle of a feature as the code-behind sees it: a scenario, or one example row of an outline.</summary>
/// <param name="Id">The stable scenario id (<c>docs/contracts.md</c>): <c>file:line</c> or <c>file:line:row</c>.</param>
/// <param name="Name">The display name, with an outline row's values in place of its placeholders.</param>
/// <param name="Line">The line of the <c>Scenario</c> keyword.</param>
/// <param name="RowLine">The line of the example row, for an outline.</param>
/// <param name="Tags">Tags of the scenario, feature and rule tags included, without their <c>@</c>.</param>
internal sealed record ScenarioEntry(string Id, string Name, int Line, int? RowLine, IReadOnlyList<string> Tags)
{
    /// <summary>The line a failure points at: the example row of an outline, the scenario otherwise.</summary>
    public int TargetLine => RowLine ?? Line;

    /// <summary>A method name that stays the same while the scenario stays on its line.</summary>
    public string MethodName => RowLine is { } row ? $"Scenario_{Line}_{row}" : $"Scenario_{Line}";
}

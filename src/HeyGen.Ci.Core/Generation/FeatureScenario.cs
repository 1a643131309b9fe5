namespace HeyGen.Ci.Core.Generation;

/// <summary>A generated scenario, or a Scenario Outline when <see cref="Columns"/> are given.</summary>
internal sealed record FeatureScenario
{
    /// <summary>The scenario name.</summary>
    public required string Name { get; init; }

    /// <summary>Tags without the <c>@</c>, in order.</summary>
    public required IReadOnlyList<string> Tags { get; init; }

    /// <summary>The steps.</summary>
    public required IReadOnlyList<FeatureStep> Steps { get; init; }

    /// <summary>The Examples header of an outline.</summary>
    public IReadOnlyList<string> Columns { get; init; } = [];

    /// <summary>The Examples rows of an outline, cells as substituted into step text.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Rows { get; init; } = [];

    /// <summary>The feature area it belongs to.</summary>
    public required string Area { get; init; }

    /// <summary>The flow rank.</summary>
    public required int Flow { get; init; }
}

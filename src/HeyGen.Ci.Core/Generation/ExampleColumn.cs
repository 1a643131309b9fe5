namespace HeyGen.Ci.Core.Generation;

/// <summary>A Scenario Outline column while steps are built: a stand-in token until its name is
/// final.</summary>
/// <param name="BaseName">The variable name it would like.</param>
/// <param name="Token">The stand-in in step text.</param>
/// <param name="Cells">One cell per example row.</param>
internal sealed record ExampleColumn(string BaseName, string Token, IReadOnlyList<string> Cells);

namespace HeyGen.Ci.Steps.Tests.Runner;

/// <summary>Direct runs take turns in a process anyway; one collection keeps their timings honest.</summary>
[CollectionDefinition(Name)]
public sealed class DirectRunnerCollection
{
    public const string Name = "direct runner";
}

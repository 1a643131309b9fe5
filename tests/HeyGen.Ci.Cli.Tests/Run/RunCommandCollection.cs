namespace HeyGen.Ci.Cli.Tests.Run;

/// <summary>Runs of the command take turns (the runtime runs one test run per process at a time).</summary>
[CollectionDefinition(Name)]
public sealed class RunCommandCollection
{
    public const string Name = "heygen run";
}

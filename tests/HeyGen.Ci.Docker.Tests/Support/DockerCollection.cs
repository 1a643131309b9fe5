namespace HeyGen.Ci.Docker.Tests.Support;

/// <summary>The tests that use the engine; they run one after another and share <see cref="DockerFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class DockerCollection : ICollectionFixture<DockerFixture>
{
    public const string Name = "docker";
}

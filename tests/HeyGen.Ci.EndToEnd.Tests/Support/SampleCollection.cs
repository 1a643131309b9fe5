namespace HeyGen.Ci.EndToEnd.Tests.Support;

/// <summary>
/// Tests that share the sample's images; they run one after another, since each starts several containers.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SampleCollection : ICollectionFixture<SampleImages>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "sample";
}

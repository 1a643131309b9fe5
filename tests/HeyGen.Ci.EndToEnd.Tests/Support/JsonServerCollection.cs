namespace HeyGen.Ci.EndToEnd.Tests.Support;

/// <summary>Tests that share the json-server images; they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class JsonServerCollection : ICollectionFixture<JsonServerImages>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "json-server";
}

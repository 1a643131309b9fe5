using System.Text.Json;
using HeyGen.Ci.Core.Results;
using HeyGen.Ci.Steps.Json;

namespace HeyGen.Ci.Steps.Tests.Json;

public sealed class JsonComparerTests
{
    [Fact]
    public void Compare_ReportsChangedAddedRemovedAndRetypedFields()
    {
        var differences = Compare(
            """{ "name": "Widget", "price": 9.5, "stock": 3, "tags": ["a"] }""",
            """{ "name": "Gadget", "price": "9.5", "tags": ["a"], "colour": "red" }""");

        Assert.Equal(
            [
                new BodyDifference("$.name", DifferenceKind.Changed, "\"Widget\"", "\"Gadget\""),
                new BodyDifference("$.price", DifferenceKind.Retyped, "9.5", "\"9.5\""),
                new BodyDifference("$.stock", DifferenceKind.Removed, "3", null),
                new BodyDifference("$.colour", DifferenceKind.Added, null, "\"red\""),
            ],
            differences);
    }

    [Fact]
    public void Compare_IgnoresFieldOrderAndComparesNumbersByValue()
        => Assert.Empty(Compare("""{ "a": 1.50, "b": [1, 2] }""", """{ "b": [1, 2.0], "a": 1.5 }"""));

    [Fact]
    public void Compare_SameItemsInAnotherOrder_IsOneReorderedDifference()
    {
        var difference = Assert.Single(Compare("""{ "ids": [1, 2, 3] }""", """{ "ids": [3, 1, 2] }"""));

        Assert.Equal(new BodyDifference("$.ids", DifferenceKind.Reordered, "[1,2,3]", "[3,1,2]"), difference);
    }

    [Fact]
    public void Compare_MaskedPaths_CompareOnlyTheirType()
    {
        var masks = new[] { JsonPath.Parse("$.items[*].id"), JsonPath.Parse("$[\"created at\"]") };

        var differences = Compare(
            """{ "items": [{ "id": 1 }, { "id": 2 }], "created at": "2024-01-01" }""",
            """{ "items": [{ "id": 7 }, { "id": "x" }], "created at": "2026-12-04" }""",
            masks);

        Assert.Equal([new BodyDifference("$.items[1].id", DifferenceKind.Retyped, "2", "\"x\"")], differences);
    }

    [Fact]
    public void Compare_ShapeOnly_ChecksFieldsAndTypesOfEveryItem()
    {
        var differences = Compare(
            """[{ "id": 1, "name": "a" }]""",
            """[{ "id": 5, "name": "z" }, { "id": 6 }, { "id": 7, "name": 3 }]""",
            shapeOnly: true);

        Assert.Equal(
            [
                new BodyDifference("$[1].name", DifferenceKind.Removed, "\"a\"", null),
                new BodyDifference("$[2].name", DifferenceKind.Retyped, "\"a\"", "3"),
            ],
            differences);
    }

    [Theory]
    [InlineData("$", 0)]
    [InlineData("$.a.b", 2)]
    [InlineData("$[\"with space\"][3][*]", 3)]
    public void Parse_AcceptsTheVocabularysPaths(string path, int segments)
        => Assert.Equal(segments, JsonPath.Parse(path).Segments.Count);

    [Theory]
    [InlineData("a.b")]
    [InlineData("$[x]")]
    [InlineData("$[1")]
    public void Parse_RejectsMalformedPathsSayingWhy(string path)
        => Assert.Contains(path, Assert.Throws<FormatException>(() => JsonPath.Parse(path)).Message);

    private static IReadOnlyList<BodyDifference> Compare(
        string expected, string actual, IReadOnlyList<JsonPath>? masks = null, bool shapeOnly = false)
    {
        using var e = JsonDocument.Parse(expected);
        using var a = JsonDocument.Parse(actual);

        return JsonComparer.Compare(e.RootElement, a.RootElement, masks ?? [], shapeOnly);
    }
}

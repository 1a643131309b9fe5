using Gherkin;
using Gherkin.Ast;
using HeyGen.Ci.Core.Generation;

namespace HeyGen.Ci.Core.Tests.Generation;

public sealed class FeatureWriterTests
{
    private static Scenario RoundTrip(params FeatureStep[] steps)
    {
        var scenario = new FeatureScenario { Name = "values", Tags = ["flow:1"], Steps = steps, Area = "a", Flow = 1 };
        var text = FeatureWriter.Write(new FeatureDocument("a", "a.feature", ["Round trip."], [scenario]));
        var document = new Parser().Parse(new StringReader(text));

        return Assert.Single(document.Feature.Children.OfType<Scenario>());
    }

    [Theory]
    [InlineData("a | b | c")]
    [InlineData("C:\\app\\logs")]
    [InlineData("first line\nsecond line")]
    [InlineData("\\n is not a newline")]
    [InlineData("ends with a backslash\\")]
    [InlineData("emoji 🙂 and Zoe\u0308")]
    [InlineData("<name> and <script>")]
    [InlineData("")]
    public void TableCell_KeepsTheValue(string value)
    {
        var table = new IReadOnlyList<string>[] { ["name", "value"], ["X-Value", value] };

        var scenario = RoundTrip(new FeatureStep(StepKind.Setup, "the request headers are:", Table: table));
        var step = Assert.Single(scenario.Steps);

        var cell = ((DataTable)step.Argument).Rows.Last().Cells.Last().Value;
        Assert.Equal(value, cell);
    }

    [Theory]
    [InlineData(" leading space")]
    [InlineData("trailing space ")]
    public void FitsCell_EdgeSpaces_DoNotFit(string value) => Assert.False(GherkinEscaping.FitsCell(value));

    [Theory]
    [InlineData("say \"hi\"")]
    [InlineData("back\\slash")]
    [InlineData(" edge spaces ")]
    [InlineData("pipe | and <name>")]
    public void QuotedValue_KeepsTheValueForTheStepLibrary(string value)
    {
        var text = $"the request header \"X\" is \"{GherkinEscaping.Quoted(value)}\"";

        var step = Assert.Single(RoundTrip(new FeatureStep(StepKind.Setup, text)).Steps);

        var quoted = step.Text["the request header \"X\" is \"".Length..^1];
        var unquoted = quoted.Replace("\\\"", "\"", StringComparison.Ordinal)
            .Replace("\\\\", "\\", StringComparison.Ordinal);
        Assert.Equal(value, unquoted);
    }

    [Theory]
    [InlineData("{\n  \"a\": 1\n}")]
    [InlineData("text with \"\"\" inside")]
    [InlineData("\"\"\"\nstarts a line")]
    [InlineData("# not a comment\n@not a tag\n| not a table |")]
    [InlineData("  indented\n    more\nback")]
    [InlineData("line\n\nafter an empty line")]
    public void DocString_KeepsTheContent(string content)
    {
        var doc = new FeatureDocString(content, "text/plain");

        var step = Assert.Single(RoundTrip(new FeatureStep(StepKind.Setup, "the request body is:", doc)).Steps);

        var parsed = (DocString)step.Argument;
        Assert.Equal(content, parsed.Content);
        Assert.Equal("text/plain", parsed.ContentType);
    }

    [Theory]
    [InlineData("a\r\nb")]
    [InlineData("escaped \\\"\\\"\\\" separator")]
    [InlineData("escaped \\`\\`\\` separator")]
    public void DocStringSeparator_TextGherkinWouldChange_HasNone(string content)
        => Assert.Null(GherkinEscaping.DocStringSeparator(content));

    [Fact]
    public void Write_Keywords_FollowSetupActionOutcome()
    {
        var scenario = RoundTrip(
            new FeatureStep(StepKind.Setup, "the variable \"id\" is \"1\""),
            new FeatureStep(StepKind.Setup, "the request header \"A\" is \"b\""),
            new FeatureStep(StepKind.Action, "I send a GET request to \"/x/${id}\""),
            new FeatureStep(StepKind.Outcome, "the response status is 200"),
            new FeatureStep(StepKind.Outcome, "the response header \"Content-Type\" contains \"application/json\""));

        Assert.Equal(["Given ", "And ", "When ", "Then ", "And "], scenario.Steps.Select(s => s.Keyword));
    }

    [Fact]
    public void JsonText_ThreeQuotesInAString_NeverWriteAnEscapedSeparator()
    {
        using var json = System.Text.Json.JsonDocument.Parse("{\"q\":\"say \\\"\\\"\\\" now\",\"t\":\"${x}\"}");

        var text = JsonText.Write(json.RootElement);

        Assert.DoesNotContain("\\\"\\\"\\\"", text, StringComparison.Ordinal);
        Assert.Contains("\"$${x}\"", text, StringComparison.Ordinal);
        using var back = System.Text.Json.JsonDocument.Parse(text.Replace("$${", "${", StringComparison.Ordinal));
        Assert.Equal("say \"\"\" now", back.RootElement.GetProperty("q").GetString());
    }
}

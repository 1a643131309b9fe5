using System.Text.Json;
using System.Text.RegularExpressions;
using HeyGen.Ci.MSBuild.Tests.Harness;
using Xunit.Abstractions;

namespace HeyGen.Ci.MSBuild.Tests.Integration;

/// <summary>
/// The package in a real consumer: packed to a local feed, referenced by a test project in a temporary folder,
/// built and tested with the real <c>dotnet build</c> and <c>dotnet test</c> against a local app. The steps run
/// in sequence on one consumer, because each consumer build costs seconds.
/// </summary>
public sealed partial class ConsumerBuildTests(ITestOutputHelper output)
{
    private const string Feature = """
        @heygen-generated
        Feature: Catalog

          Scenario: List products
            When I send a GET request to "/api/products"
            Then the response status is 200
            And the response JSON at "$[0].name" is "Tea"

          Scenario Outline: Product detail
            Given the variable "productId" is "<id>"
            When I send a GET request to "/api/products/${productId}"
            Then the response status is 200
            And the response JSON at "$.name" is "<name>"

            Examples:
              | id | name   |
              | 1  | Tea    |
              | 2  | Coffee |

          @ignore
          Scenario: Not yet recorded
            When I send a GET request to "/api/orders"
        """;

    [Fact]
    public async Task BuildAndTest_FeatureFiles_GenerateRunIncrementallyAndReportPerScenario()
    {
        var feed = await PackageFeed.GetAsync();
        await using var app = await CatalogApp.StartAsync();
        using var consumer = ConsumerProject.Create(feed, "catalog");
        var target = $"-p:HeyGenCiTarget={app.Address} -p:HeyGenCiGenerateFeatures=false";
        var feature = consumer.Write("Features/Generated/catalog.feature", Feature);

        var first = await Step(consumer.BuildAsync(target));
        Assert.Equal(0, first.ExitCode);
        Assert.DoesNotContain("Skipping target \"HeyGenCiGenerateCodeBehind\"", first.Output, StringComparison.Ordinal);
        var codeBehind = Path.Combine(consumer.CodeBehindFolder, "catalog.feature.cs");
        LinePragmasPointAt(codeBehind, feature);

        var passing = await Step(consumer.TestAsync(target));
        Assert.Equal(0, passing.ExitCode);
        Assert.Matches(Counts(failed: 0, passed: 3, skipped: 1), passing.Output);
        ResultFileHas(consumer, ("catalog.feature:4", "passed"), ("catalog.feature:9:17", "passed"),
            ("catalog.feature:9:18", "passed"), ("catalog.feature:21", "skipped"));

        var noOp = await Step(consumer.BuildAsync(target));
        Assert.Equal(0, noOp.ExitCode);
        Assert.Contains("Skipping target \"HeyGenCiGenerateCodeBehind\"", noOp.Output, StringComparison.Ordinal);
        Assert.Contains("Skipping target \"CoreCompile\"", noOp.Output, StringComparison.Ordinal);

        app.Broken = true;
        var failing = await Step(consumer.TestAsync(target + " --no-build"));
        Assert.NotEqual(0, failing.ExitCode);
        Assert.Matches(Counts(failed: 1, passed: 2, skipped: 1), failing.Output);
        Assert.Contains("catalog.feature:line 18", failing.Output, StringComparison.Ordinal);
        ResultFileHas(consumer, ("catalog.feature:9:18", "failed"), ("catalog.feature:9:17", "passed"));

        File.AppendAllText(feature, "\n  Scenario: Detail of tea\n    When I send a GET request to \"/api/products/1\"\n");
        var changed = await Step(consumer.BuildAsync(target));
        Assert.Equal(0, changed.ExitCode);
        Assert.DoesNotContain("Skipping target \"HeyGenCiGenerateCodeBehind\"", changed.Output, StringComparison.Ordinal);
        Assert.Contains("Scenario_24", File.ReadAllText(codeBehind), StringComparison.Ordinal);

        File.AppendAllText(feature, "\n  Scenario: Broken\n    Given\n  this line is not Gherkin\n");
        var broken = await Step(consumer.BuildAsync(target));
        Assert.NotEqual(0, broken.ExitCode);
        Assert.Matches(new Regex(Regex.Escape(feature) + @"\(\d+,\d+\): error HGCI1001: "), broken.Output);
    }

    private async Task<DotnetResult> Step(Task<DotnetResult> run)
    {
        var result = await run;
        output.WriteLine($"dotnet {result.Command}: exit {result.ExitCode} in {result.Elapsed.TotalSeconds:F1}s");
        if (result.ExitCode != 0)
        {
            output.WriteLine(Tail(result.Output));
        }

        return result;
    }

    private static string Tail(string text) => text.Length > 6000 ? text[^6000..] : text;

    private static Regex Counts(int failed, int passed, int skipped)
        => new($@"Failed:\s+{failed}, Passed:\s+{passed}, Skipped:\s+{skipped}, Total:\s+{failed + passed + skipped}");

    // The compiler resolves a #line path from the generated file's folder; it must land on the feature file.
    private static void LinePragmasPointAt(string codeBehind, string feature)
    {
        var code = File.ReadAllText(codeBehind);
        var pragma = LinePragma().Match(code);
        Assert.True(pragma.Success, "no #line pragma in " + codeBehind);
        var resolved = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(codeBehind)!, pragma.Groups[1].Value));
        Assert.Equal(feature, resolved);
    }

    private static void ResultFileHas(ConsumerProject consumer, params (string Id, string Outcome)[] expected)
    {
        var path = Path.Combine(consumer.RunFolder, "results", "candidate.json");
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        Assert.Equal("heygen.result/v1", json.RootElement.GetProperty("schema").GetString());
        var outcomes = json.RootElement.GetProperty("scenarios").EnumerateArray()
            .ToDictionary(s => s.GetProperty("id").GetString()!, s => s.GetProperty("outcome").GetString());
        foreach (var (id, outcome) in expected)
        {
            Assert.True(outcomes.TryGetValue(id, out var actual), $"{id} is not in {path}");
            Assert.Equal(outcome, actual);
        }
    }

    [GeneratedRegex("#line \\d+ \"([^\"]+)\"")]
    private static partial Regex LinePragma();
}

using System.Text.Json;
using System.Text.RegularExpressions;
using Gherkin.Ast;
using HeyGen.Ci.Core.Diagnostics;
using HeyGen.Ci.Tests;

namespace HeyGen.Ci.Core.Tests.Generation;

public sealed partial class CorpusTests
{
    public static TheoryData<bool> StaticAssetChoices => new() { false, true };

    [Theory]
    [MemberData(nameof(StaticAssetChoices))]
    public async Task WholeCorpus_GeneratesValidFeatures_AndCodesEveryRejection(bool keepStaticAssets)
    {
        using var generated = await GeneratedFeatures.FromAsync(
            [RepositoryPaths.CorpusHar, RepositoryPaths.CorpusCases], keepStaticAssets);

        var known = DiagnosticCodes.All.Select(d => d.Code).ToHashSet(StringComparer.Ordinal);
        Assert.All(generated.Diagnostics.Items, d => Assert.Contains(d.Code, known));
        Assert.All(generated.Diagnostics.Items.Where(d => d.Severity == DiagnosticSeverity.Error),
            d => Assert.False(string.IsNullOrEmpty(d.File)));
        Assert.Contains(generated.Diagnostics.Items, d => d.File!.EndsWith("brokenfile.har", StringComparison.Ordinal));

        var documents = generated.Documents();
        Assert.True(documents.Count >= 10);
        Assert.Equal(generated.Result.Scenarios, documents.Sum(d => d.Feature.Children.OfType<Scenario>().Count()));
        foreach (var step in documents.SelectMany(d => d.Feature.Children.OfType<Scenario>()).SelectMany(s => s.Steps))
        {
            AssertStepIsInTheVocabulary(step);
        }
    }

    private static void AssertStepIsInTheVocabulary(Step step)
    {
        Assert.True(Vocabulary().IsMatch(step.Text), step.Text);
        if (step.Text.StartsWith("the response JSON", StringComparison.Ordinal) && step.Argument is DocString doc)
        {
            // References are substituted before the JSON is read; any value stands in for them here.
            using var json = JsonDocument.Parse(References().Replace(doc.Content, "0"));
        }
    }

    [GeneratedRegex("""^(the variable "(?:[^"\\]|\\.)*" is "(?:[^"\\]|\\.)*"|the request header "(?:[^"\\]|\\.)*" is "(?:[^"\\]|\\.)*"|the request headers are:|the request body is:|I send a [A-Z]+ request to "(?:[^"\\]|\\.)*"|the response status is \d+|the response header "(?:[^"\\]|\\.)*" contains "(?:[^"\\]|\\.)*"|the response JSON matches:|the response JSON matches, ignoring "(?:[^"\\]|\\.)*"(?:, "(?:[^"\\]|\\.)*")*:|I capture "(?:[^"\\]|\\.)*" from the (?:JSON at|response header|cookie) "(?:[^"\\]|\\.)*")$""")]
    private static partial Regex Vocabulary();

    [GeneratedRegex(@"""?(?<!\$)\$\{[^}]+\}""?")]
    private static partial Regex References();
}

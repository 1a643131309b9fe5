using System.Collections.Specialized;
using Gherkin;
using Gherkin.Ast;

namespace HeyGen.Ci.Xunit.Scenarios;

/// <summary>
/// A parsed feature file: its name, tags and every runnable case by id.
/// Not yet: the direct runner's shared scenario model (HeyGen.Ci.Steps) replaces this once it is published,
/// because generated tests and the direct runner must run scenarios the same way.
/// </summary>
internal sealed class FeatureModel
{
    private FeatureModel(Feature feature, string featureFile, IReadOnlyList<ScenarioCase> cases)
    {
        Name = feature.Name;
        Description = feature.Description ?? string.Empty;
        Language = string.IsNullOrEmpty(feature.Language) ? "en" : feature.Language;
        Tags = [.. feature.Tags.Select(t => t.Name.TrimStart('@'))];
        FeatureFile = featureFile;
        Cases = cases.ToDictionary(c => c.Id, StringComparer.Ordinal);
    }

    public string Name { get; }

    public string Description { get; }

    public string Language { get; }

    public IReadOnlyList<string> Tags { get; }

    public string FeatureFile { get; }

    public IReadOnlyDictionary<string, ScenarioCase> Cases { get; }

    public static FeatureModel Parse(string text, string featureFile)
    {
        var document = new Parser().Parse(new StringReader(text));
        var feature = document.Feature
            ?? throw new InvalidOperationException($"The feature file '{featureFile}' holds no Feature.");
        var cases = new List<ScenarioCase>();
        var tags = Names(feature.Tags);
        var background = feature.Children.OfType<Background>().FirstOrDefault();
        Collect(feature.Children, featureFile, tags, background, null, cases);

        return new FeatureModel(feature, featureFile, cases);
    }

    private static void Collect(
        IEnumerable<IHasLocation> children,
        string file,
        IReadOnlyList<string> inherited,
        Background? background,
        Rule? rule,
        List<ScenarioCase> into)
    {
        foreach (var child in children)
        {
            if (child is Rule inner)
            {
                var ruleBackground = inner.Children.OfType<Background>().FirstOrDefault();
                var steps = Combine(background, ruleBackground);
                Collect(inner.Children, file, [.. inherited, .. Names(inner.Tags)], steps, inner, into);
            }
            else if (child is Scenario scenario)
            {
                into.AddRange(CasesOf(scenario, file, inherited, background, rule));
            }
        }
    }

    private static Background? Combine(Background? outer, Background? inner)
    {
        if (outer is null || inner is null)
        {
            return inner ?? outer;
        }

        return new Background(inner.Location, inner.Keyword, inner.Name, inner.Description,
            [.. outer.Steps, .. inner.Steps]);
    }

    private static IEnumerable<ScenarioCase> CasesOf(
        Scenario scenario, string file, IReadOnlyList<string> inherited, Background? background, Rule? rule)
    {
        var line = scenario.Location.Line;
        var own = Names(scenario.Tags);
        var ruleInfo = rule is null ? ((string, IReadOnlyList<string>)?)null : (rule.Name, Names(rule.Tags));
        var prefix = background?.Steps ?? [];
        if (!scenario.Examples.Any())
        {
            var steps = prefix.Concat(scenario.Steps).Select(s => Step(s, [], [])).ToArray();
            yield return new ScenarioCase($"{file}:{line}", scenario.Name, scenario.Description ?? string.Empty,
                line, own, inherited, new OrderedDictionary(), steps, ruleInfo);
            yield break;
        }

        foreach (var examples in scenario.Examples)
        {
            var header = examples.TableHeader?.Cells.Select(c => c.Value).ToArray() ?? [];
            foreach (var row in examples.TableBody ?? [])
            {
                var values = row.Cells.Select(c => c.Value).ToArray();
                var arguments = new OrderedDictionary();
                for (var i = 0; i < header.Length && i < values.Length; i++)
                {
                    arguments[header[i]] = values[i];
                }

                var steps = prefix.Select(s => Step(s, [], []))
                    .Concat(scenario.Steps.Select(s => Step(s, header, values))).ToArray();
                yield return new ScenarioCase($"{file}:{line}:{row.Location.Line}",
                    Substitute(scenario.Name, header, values), scenario.Description ?? string.Empty,
                    row.Location.Line, [.. own, .. Names(examples.Tags)], inherited, arguments, steps, ruleInfo);
            }
        }
    }

    private static ScenarioStep Step(Step step, string[] header, string[] values)
    {
        var docString = step.Argument is DocString doc ? Substitute(doc.Content, header, values) : null;
        var table = step.Argument is DataTable data
            ? data.Rows.Select(r => (IReadOnlyList<string>)[.. r.Cells.Select(c => Substitute(c.Value, header, values))])
                .ToArray()
            : null;

        return new ScenarioStep(step.Keyword, step.KeywordType, Substitute(step.Text, header, values), docString,
            table, step.Location.Line);
    }

    private static string Substitute(string text, string[] header, string[] values)
    {
        for (var i = 0; i < header.Length && i < values.Length; i++)
        {
            text = text.Replace("<" + header[i] + ">", values[i], StringComparison.Ordinal);
        }

        return text;
    }

    private static string[] Names(IEnumerable<Tag>? tags) => tags?.Select(t => t.Name.TrimStart('@')).ToArray() ?? [];
}

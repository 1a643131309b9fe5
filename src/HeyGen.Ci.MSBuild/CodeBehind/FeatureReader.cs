using Gherkin;
using Gherkin.Ast;
using HeyGen.Ci.Core.Diagnostics;

namespace HeyGen.Ci.MSBuild.CodeBehind;

/// <summary>Reads a feature file with the official Gherkin parser into the outline of its code-behind.</summary>
internal static class FeatureReader
{
    /// <summary>
    /// Parses <paramref name="text"/>. A syntax error is reported with its line and column as
    /// <see cref="DiagnosticCodes.FeatureNotParsed"/>, and null is returned.
    /// </summary>
    public static FeatureOutline? Read(string text, string path, string featureFile, IDiagnosticSink sink)
    {
        GherkinDocument document;
        try
        {
            document = new Parser().Parse(new StringReader(text));
        }
        catch (CompositeParserException ex)
        {
            foreach (var error in ex.Errors)
            {
                Report(sink, path, error);
            }

            return null;
        }
        catch (ParserException ex)
        {
            Report(sink, path, ex);
            return null;
        }

        if (document.Feature is null)
        {
            return new FeatureOutline(Path.GetFileNameWithoutExtension(path), featureFile, []);
        }

        var scenarios = new List<ScenarioEntry>();
        var featureTags = TagNames(document.Feature.Tags);
        Collect(document.Feature.Children, featureTags, featureFile, scenarios);

        return new FeatureOutline(document.Feature.Name, featureFile, scenarios);
    }

    private static void Collect(
        IEnumerable<IHasLocation> children, IReadOnlyList<string> inherited, string file, List<ScenarioEntry> into)
    {
        foreach (var child in children)
        {
            if (child is Rule rule)
            {
                Collect(rule.Children, [.. inherited, .. TagNames(rule.Tags)], file, into);
            }
            else if (child is Scenario scenario)
            {
                AddScenario(scenario, inherited, file, into);
            }
        }
    }

    private static void AddScenario(
        Scenario scenario, IReadOnlyList<string> inherited, string file, List<ScenarioEntry> into)
    {
        var line = (int)scenario.Location.Line;
        var tags = (IReadOnlyList<string>)[.. inherited, .. TagNames(scenario.Tags)];
        if (!scenario.Examples.Any())
        {
            into.Add(new ScenarioEntry($"{file}:{line}", scenario.Name, line, null, tags));
            return;
        }

        foreach (var examples in scenario.Examples)
        {
            var header = examples.TableHeader?.Cells.Select(c => c.Value).ToArray() ?? [];
            var exampleTags = (IReadOnlyList<string>)[.. tags, .. TagNames(examples.Tags)];
            foreach (var row in examples.TableBody ?? [])
            {
                var rowLine = (int)row.Location.Line;
                var values = row.Cells.Select(c => c.Value).ToArray();
                var name = Substitute(scenario.Name, header, values) + " [" + string.Join(", ", values) + "]";
                into.Add(new ScenarioEntry($"{file}:{line}:{rowLine}", name, line, rowLine, exampleTags));
            }
        }
    }

    private static string Substitute(string name, string[] header, string[] values)
    {
        for (var i = 0; i < header.Length && i < values.Length; i++)
        {
            name = name.Replace("<" + header[i] + ">", values[i], StringComparison.Ordinal);
        }

        return name;
    }

    private static string[] TagNames(IEnumerable<Tag>? tags)
        => tags?.Select(t => t.Name.TrimStart('@')).ToArray() ?? [];

    private static void Report(IDiagnosticSink sink, string path, ParserException error)
    {
        var line = error.Location is { } at ? (int)at.Line : (int?)null;
        var column = error.Location is { } c && c.Column > 0 ? (int)c.Column : (int?)null;
        sink.Report(DiagnosticCodes.FeatureNotParsed.Create(
            $"The feature file is not valid Gherkin: {error.Message}. Fix the file, or regenerate it from the " +
            "recordings by deleting it; no tests are generated for it until it parses.",
            path, line, column: column));
    }
}

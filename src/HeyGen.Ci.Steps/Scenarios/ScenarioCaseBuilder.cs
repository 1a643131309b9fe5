using System.Collections.Specialized;
using Io.Cucumber.Messages.Types;
using Reqnroll;

namespace HeyGen.Ci.Steps.Scenarios;

/// <summary>
/// Turns a document's pickles into <see cref="ScenarioCase"/>s, with lines and keywords from the AST.
/// </summary>
internal sealed class ScenarioCaseBuilder
{
    private readonly FeatureDocument _feature;
    private readonly List<Pickle> _pickles;
    private readonly Dictionary<string, (Scenario Scenario, Rule? Rule)> _scenarios = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (TableRow Row, TableRow Header)> _rows = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Step> _steps = new(StringComparer.Ordinal);
    private readonly string[] _featureTags;

    public ScenarioCaseBuilder(FeatureDocument feature, GherkinDocument document, List<Pickle> pickles)
    {
        _feature = feature;
        _pickles = pickles;
        _featureTags = document.Feature?.Tags.Select(t => t.Name.TrimStart('@')).ToArray() ?? [];
        foreach (var child in document.Feature?.Children ?? [])
        {
            Index(child.Background, child.Scenario, null);
            foreach (var ruleChild in child.Rule?.Children ?? [])
            {
                Index(ruleChild.Background, ruleChild.Scenario, child.Rule);
            }
        }
    }

    public IReadOnlyList<ScenarioCase> Build() => [.. _pickles.Select(Build)];

    private void Index(Background? background, Scenario? scenario, Rule? rule)
    {
        foreach (var step in background?.Steps ?? [])
        {
            _steps[step.Id] = step;
        }

        if (scenario is null)
        {
            return;
        }

        _scenarios[scenario.Id] = (scenario, rule);
        foreach (var step in scenario.Steps)
        {
            _steps[step.Id] = step;
        }

        foreach (var examples in scenario.Examples)
        {
            foreach (var row in examples.TableBody)
            {
                _rows[row.Id] = (row, examples.TableHeader);
            }
        }
    }

    private ScenarioCase Build(Pickle pickle, int index)
    {
        var (scenario, rule) = _scenarios[pickle.AstNodeIds[0]];
        var row = pickle.AstNodeIds.Count > 1 && _rows.TryGetValue(pickle.AstNodeIds[^1], out var r) ? r : default;
        var line = (int)scenario.Location.Line;
        int? rowLine = row.Row is null ? null : (int)row.Row.Location.Line;
        var inherited = _featureTags.Concat(rule?.Tags.Select(t => t.Name.TrimStart('@')) ?? []).ToArray();
        var own = pickle.Tags.Select(t => t.Name.TrimStart('@')).Where(t => !inherited.Contains(t)).ToArray();

        return new ScenarioCase
        {
            Id = rowLine is null ? $"{_feature.RelativePath}:{line}" : $"{_feature.RelativePath}:{line}:{rowLine}",
            Name = pickle.Name,
            Description = scenario.Description?.Trim() ?? string.Empty,
            Line = line,
            RowLine = rowLine,
            PickleIndex = index,
            OwnTags = own,
            InheritedTags = inherited,
            Arguments = Arguments(row.Header, row.Row),
            Rule = rule is null
                ? null
                : new RuleInfo(rule.Name, rule.Description?.Trim() ?? string.Empty, ToTags(rule.Tags)),
            Steps = [.. pickle.Steps.Select(ToStep)],
        };
    }

    private static string[] ToTags(IEnumerable<Tag> tags) => [.. tags.Select(t => t.Name.TrimStart('@'))];

    private static OrderedDictionary Arguments(TableRow? header, TableRow? row)
    {
        var arguments = new OrderedDictionary();
        if (header is null || row is null)
        {
            return arguments;
        }

        for (var i = 0; i < header.Cells.Count && i < row.Cells.Count; i++)
        {
            arguments[header.Cells[i].Value] = row.Cells[i].Value;
        }

        return arguments;
    }

    private ScenarioStep ToStep(PickleStep step)
    {
        var ast = _steps[step.AstNodeIds[0]];
        var docString = step.Argument?.DocString;

        return new ScenarioStep(
            ast.Keyword,
            KindOf(ast),
            step.Text,
            (int)ast.Location.Line,
            docString?.Content,
            string.IsNullOrEmpty(docString?.MediaType) ? null : docString.MediaType,
            ToTable(step.Argument?.DataTable));
    }

    private static StepKind KindOf(Step step) => step.KeywordType switch
    {
        StepKeywordType.CONTEXT => StepKind.Given,
        StepKeywordType.ACTION => StepKind.When,
        StepKeywordType.OUTCOME => StepKind.Then,
        _ when step.Keyword.Trim().Equals("But", StringComparison.OrdinalIgnoreCase) => StepKind.But,
        _ => StepKind.And,
    };

    private static Table? ToTable(PickleTable? table)
    {
        if (table is null || table.Rows.Count == 0)
        {
            return null;
        }

        var result = new Table([.. table.Rows[0].Cells.Select(c => c.Value)]);
        foreach (var row in table.Rows.Skip(1))
        {
            result.AddRow([.. row.Cells.Select(c => c.Value)]);
        }

        return result;
    }
}

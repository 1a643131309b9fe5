using System.Text.Json;
using HeyGen.Ci.Core.Analysis;
using HeyGen.Ci.Core.Diagnostics;
using HeyGen.Ci.Core.Model;

namespace HeyGen.Ci.Core.Generation;

/// <summary>The expectations and captures after each request, and the scenario's name, tags and
/// examples.</summary>
internal sealed partial class ScenarioBuilder
{
    private const string Placeholder = "***";

    private void AddOutcome(int index, Dictionary<int, List<(IssuedValue Value, bool Secret)>> captures)
    {
        var step = _rows[0][index];
        var response = step.Exchange.Response;
        _steps.Add(new FeatureStep(StepKind.Outcome, "the response status is " + response.Status));

        var type = ExchangeClassifier.ContentType(response.Headers);
        if (type is not null && MediaTypes.Essence(type) is { Length: > 0 } e)
        {
            var essence = GherkinEscaping.Quoted(e.ToString());
            var text = $"the response header \"Content-Type\" contains \"{essence}\"";
            _steps.Add(new FeatureStep(StepKind.Outcome, text));
        }

        var issued = captures.GetValueOrDefault(index) ?? [];
        AddJson(index, step, issued);

        foreach (var (value, _) in issued.OrderBy(c => c.Value.Variable, StringComparer.Ordinal))
        {
            _steps.Add(new FeatureStep(StepKind.Outcome, CaptureText(value)));
            _known[value.Value] = (value.Variable, true);
        }
    }

    private void AddJson(int index, PreparedStep step, List<(IssuedValue Value, bool Secret)> issued)
    {
        var body = step.Exchange.Response.Body;
        if (step.Json is not { } root)
        {
            if (body is { IsJson: true, IsLossy: false } && !body.Content.IsEmpty)
            {
                var where = step.Exchange.Location;
                _diagnostics.Report(DiagnosticCodes.InvalidJsonResponse.Create(
                    $"The response of {step.Request.Endpoint} says it is JSON but does not parse; the scenario "
                    + "checks its status and content type only.", where.File, where.Line, where.Entry));
            }

            return;
        }

        var hidden = issued.Where(c => c.Secret && c.Value.Origin == ValueOrigin.Json)
            .Select(c => c.Value.Location).ToHashSet(StringComparer.Ordinal);
        var references = References(step);
        var doc = JsonText.Write(
            root, (path, name, _) => Hide(path, name, hidden) ?? references.GetValueOrDefault(path));
        var masks = Masks(index, step, issued, references);
        var text = masks.Count == 0
            ? "the response JSON matches:"
            : "the response JSON matches, ignoring "
                + string.Join(", ", masks.Select(m => $"\"{GherkinEscaping.Quoted(m)}\"")) + ":";

        _steps.Add(new FeatureStep(StepKind.Outcome, text, new FeatureDocString(doc, null)));
    }

    private static string? Hide(string path, string? name, HashSet<string> hidden)
    {
        var secret = hidden.Contains(path) || (name is not null && SecretRules.IsSecretField(name));

        return secret ? JsonText.Quote(Placeholder) : null;
    }

    // Values the scenario already holds in a variable are expected as that variable, so they match on replay.
    private Dictionary<string, string> References(PreparedStep step)
    {
        var references = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var leaf in step.Leaves.Values)
        {
            if (leaf.Value.ValueKind is not (JsonValueKind.String or JsonValueKind.Number)
                || !_known.TryGetValue(leaf.Text, out var known)
                || !(known.Captured || IsIdFor(leaf.Name, known.Variable)))
            {
                continue;
            }

            var reference = ReferenceText.Variable(known.Variable);
            references[leaf.Path] = leaf.Value.ValueKind == JsonValueKind.String ? "\"" + reference + "\"" : reference;
        }

        return references;
    }

    private static bool IsIdFor(string? field, string variable)
        => field is not null && (field.Equals("id", StringComparison.OrdinalIgnoreCase)
            || field.Equals(variable, StringComparison.OrdinalIgnoreCase)
            || ParameterNames.CamelCase(field).Equals(variable, StringComparison.Ordinal));

    private List<string> Masks(
        int index,
        PreparedStep step,
        List<(IssuedValue Value, bool Secret)> issued,
        Dictionary<string, string> references)
    {
        var present = step.Leaves.Values.Select(l => l.Pattern).ToHashSet(StringComparer.Ordinal);
        var masks = new SortedSet<string>(_noise.JsonPathsOf(step.Request.Endpoint), StringComparer.Ordinal);
        masks.UnionWith(issued.Where(c => c.Value.Origin == ValueOrigin.Json).Select(c => c.Value.Pattern));
        masks.UnionWith(step.Leaves.Values
            .Where(l => l.Name is { } n && SecretRules.IsSecretField(n))
            .Select(l => l.Pattern));

        foreach (var row in _rows.Skip(1))
        {
            var other = row[index].Leaves;
            foreach (var leaf in step.Leaves.Values.Where(l => !references.ContainsKey(l.Path)))
            {
                var same = other.TryGetValue(leaf.Path, out var theirs)
                    && theirs.Value.GetRawText() == leaf.Value.GetRawText();
                if (!same)
                {
                    masks.Add(leaf.Pattern);
                }
            }
        }

        return masks.Where(present.Contains).ToList();
    }

    private static string CaptureText(IssuedValue value)
    {
        var name = GherkinEscaping.Quoted(value.Variable);
        var location = GherkinEscaping.Quoted(value.Location);

        return value.Origin switch
        {
            ValueOrigin.Json => $"I capture \"{name}\" from the JSON at \"{location}\"",
            ValueOrigin.Header => $"I capture \"{name}\" from the response header \"{location}\"",
            _ => $"I capture \"{name}\" from the cookie \"{location}\"",
        };
    }

    private FeatureScenario Finish(FlowGroup flow)
    {
        var endpoints = _rows[0].Select(s => s.Request.Endpoint).ToList();
        var name = ScenarioName(flow.Rank, endpoints);
        var texts = _steps.SelectMany(StepTexts).Append(name).ToList();
        var names = new HashSet<string>(StringComparer.Ordinal);
        var columns = new List<string>();

        foreach (var column in _columns)
        {
            var final = column.BaseName;
            for (var n = 2; names.Contains(final) || texts.Any(t => t.Contains($"<{final}>", StringComparison.Ordinal));
                n++)
            {
                final = column.BaseName + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            names.Add(final);
            columns.Add(final);
        }

        var steps = _steps.Select(s => s with { Text = Resolve(s.Text, columns) }).ToList();
        var tags = flow.Sessions.Take(_rows.Count).Select(s => "session:" + TagText.Escape(s))
            .Concat(endpoints.Distinct(StringComparer.Ordinal)
                .Select(e => "endpoint:" + TagText.Escape(e.Replace(' ', ':'))))
            .Append("flow:" + flow.Rank.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Concat(_ignore ? ["ignore"] : Array.Empty<string>())
            .ToList();

        return new FeatureScenario
        {
            Name = name,
            Tags = tags,
            Steps = steps,
            Columns = columns,
            Rows = columns.Count == 0 ? [] : Enumerable.Range(0, _rows.Count)
                .Select(r => (IReadOnlyList<string>)_columns.Select(c => c.Cells[r]).ToList()).ToList(),
            Area = FeatureAreas.Of(endpoints[0]),
            Flow = flow.Rank,
        };
    }

    private string Resolve(string text, List<string> columns)
    {
        for (var i = 0; i < _columns.Count; i++)
        {
            text = text.Replace(_columns[i].Token, "<" + columns[i] + ">", StringComparison.Ordinal);
        }

        return text;
    }

    private static IEnumerable<string> StepTexts(FeatureStep step)
    {
        yield return step.Text;
        if (step.DocString is { } doc)
        {
            yield return doc.Content;
        }

        foreach (var cell in step.Table?.SelectMany(r => r) ?? [])
        {
            yield return cell;
        }
    }

    private static string ScenarioName(int rank, List<string> endpoints)
    {
        const int Shown = 4;
        var shown = endpoints.Count <= Shown ? endpoints : endpoints.Take(Shown - 1).ToList();
        var more = endpoints.Count - shown.Count;
        var path = string.Join(" → ", shown) + (more > 0 ? $" → … ({more} more)" : string.Empty);

        return $"Flow {rank}: {path}";
    }
}

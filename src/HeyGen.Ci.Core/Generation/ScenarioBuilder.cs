using System.Globalization;
using System.Text.Json;
using HeyGen.Ci.Core.Analysis;
using HeyGen.Ci.Core.Diagnostics;
using HeyGen.Ci.Core.Model;

namespace HeyGen.Ci.Core.Generation;

/// <summary>
/// Builds the scenario of one recorded flow: one request and its expectations per recorded call, in order,
/// values reused from earlier responses captured by name, and a Scenario Outline when the flow's sessions
/// differ only in route parameter values.
/// </summary>
internal sealed partial class ScenarioBuilder
{
    private readonly RouteTable _routes;
    private readonly SecretNames _secrets;
    private readonly NoiseDetector _noise;
    private readonly IDiagnosticSink _diagnostics;
    private readonly List<FeatureStep> _steps = [];
    private readonly List<ExampleColumn> _columns = [];
    private readonly Dictionary<string, string> _lastSet = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Variable, bool Captured)> _known = new(StringComparer.Ordinal);
    private List<List<PreparedStep>> _rows = [];
    private bool _ignore;

    private ScenarioBuilder(RouteTable routes, NoiseDetector noise, SecretNames secrets, IDiagnosticSink diagnostics)
    {
        _routes = routes;
        _secrets = secrets;
        _noise = noise;
        _diagnostics = diagnostics;
    }

    /// <summary>The scenario of <paramref name="flow"/>, from the behaviour exchanges of its first
    /// sessions.</summary>
    public static FeatureScenario Build(
        FlowGroup flow, IReadOnlyList<IReadOnlyList<Exchange>> sessions, RouteTable routes, NoiseDetector noise,
        SecretNames secrets, IDiagnosticSink diagnostics)
        => new ScenarioBuilder(routes, noise, secrets, diagnostics).Run(flow, sessions);

    private FeatureScenario Run(FlowGroup flow, IReadOnlyList<IReadOnlyList<Exchange>> sessions)
    {
        _rows = sessions.Select(Prepare).ToList();
        var template = _rows[0];
        var captures = Captures(template);

        for (var i = 0; i < template.Count; i++)
        {
            AddRequest(i);
            AddOutcome(i, captures);
        }

        return Finish(flow);
    }

    private List<PreparedStep> Prepare(IReadOnlyList<Exchange> exchanges)
    {
        var tracker = new CorrelationTracker();
        var steps = new List<PreparedStep>(exchanges.Count);
        foreach (var exchange in exchanges)
        {
            var request = RequestRewriter.Rewrite(exchange.Request, _routes, tracker, _secrets);
            using var document = BehaviourAnalyser.ResponseJson(exchange.Response);
            var root = document?.RootElement.Clone();
            var leaves = root is { } r
                ? JsonPaths.Leaves(r).GroupBy(l => l.Path, StringComparer.Ordinal)
                    .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal)
                : new Dictionary<string, JsonLeaf>(StringComparer.Ordinal);

            tracker.ObserveRequest(exchange.Request);
            tracker.ObserveResponse(steps.Count, request.Endpoint, request.Route.Template, exchange.Response, root);
            steps.Add(new PreparedStep(exchange, request, root, leaves));
        }

        return steps;
    }

    // The values each step's response issued that a later request of the template session uses.
    private static Dictionary<int, List<(IssuedValue Value, bool Secret)>> Captures(List<PreparedStep> template)
    {
        var captures = new Dictionary<int, List<(IssuedValue, bool)>>();
        var seen = new HashSet<(int, string)>();
        foreach (var use in template.SelectMany(s => s.Request.Uses))
        {
            var source = use.Source;
            if (!seen.Add((source.ExchangeIndex, source.Variable)))
            {
                continue;
            }

            if (!captures.TryGetValue(source.ExchangeIndex, out var list))
            {
                list = [];
                captures[source.ExchangeIndex] = list;
            }

            list.Add((source, use.TargetKind is "header" or "cookie"));
        }

        return captures;
    }

    private void AddRequest(int index)
    {
        var step = _rows[0][index];
        AddRouteVariables(index, step.Request);
        AddHeaders(step.Request);
        AddBody(step);

        var target = GherkinEscaping.Quoted(step.Request.Target);
        _steps.Add(new FeatureStep(StepKind.Action, $"I send a {step.Request.Method} request to \"{target}\""));
    }

    private void AddRouteVariables(int index, RewrittenRequest request)
    {
        for (var j = 0; j < request.RouteVariables.Count; j++)
        {
            var (name, value) = request.RouteVariables[j];
            var cells = _rows.Select(r => Cell(r[index].Request.RouteVariables, j, value)).ToList();
            var shown = cells.Distinct(StringComparer.Ordinal).Count() == 1 ? cells[0] : Column(name, cells);
            var text = $"the variable \"{GherkinEscaping.Quoted(name)}\" is \"{shown}\"";

            if (shown != cells[0])
            {
                // Only an outline's route values vary by row; a fixed value is expected as the recorded literal.
                _known[value] = (name, false);
            }

            if (_lastSet.GetValueOrDefault(name) != text)
            {
                _lastSet[name] = text;
                _steps.Add(new FeatureStep(StepKind.Setup, text));
            }
        }
    }

    private static string Cell(IReadOnlyList<KeyValuePair<string, string>> variables, int j, string fallback)
    {
        var value = j < variables.Count ? variables[j].Value : fallback;

        return GherkinEscaping.Quoted(ReferenceText.EscapeLiteral(value));
    }

    private string Column(string name, List<string> cells)
    {
        var token = "\u0001" + _columns.Count.ToString(CultureInfo.InvariantCulture) + "\u0001";
        _columns.Add(new ExampleColumn(name, token, cells));

        return token;
    }

    private void AddHeaders(RewrittenRequest request)
    {
        var headers = request.Headers.Where(h => GherkinEscaping.FitsLine(h.Value)).ToList();
        var fit = headers.All(h => GherkinEscaping.FitsCell(h.Value) && GherkinEscaping.FitsCell(h.Name));
        if (headers.Count >= 2 && fit)
        {
            var table = new List<IReadOnlyList<string>> { new[] { "name", "value" } };
            table.AddRange(headers.Select(h => (IReadOnlyList<string>)[h.Name, h.Value]));
            _steps.Add(new FeatureStep(StepKind.Setup, "the request headers are:", Table: table));
            return;
        }

        foreach (var header in headers)
        {
            var name = GherkinEscaping.Quoted(header.Name);
            var value = GherkinEscaping.Quoted(header.Value);
            _steps.Add(new FeatureStep(StepKind.Setup, $"the request header \"{name}\" is \"{value}\""));
        }
    }

    private void AddBody(PreparedStep step)
    {
        var request = step.Request;
        if (request.Body is not { } body)
        {
            return;
        }

        var where = step.Exchange.Location;
        if (request.BodyIsLossy)
        {
            Report(DiagnosticCodes.LossyRequestBody, where,
                $"The request body of {request.Endpoint} was not recorded exactly (binary or truncated), so its "
                + "scenario is tagged @ignore; record the session again with bodies kept (base64) to replay it.");
        }
        else if (GherkinEscaping.DocStringSeparator(body) is null)
        {
            Report(DiagnosticCodes.UnwritableRequestBody, where,
                $"The request body of {request.Endpoint} holds carriage returns or both doc string separators, "
                + "which a feature cannot keep, so its scenario is tagged @ignore.");
        }

        var mediaType = request.BodyMediaType is { } type && !type.Any(char.IsWhiteSpace) ? type : null;
        _steps.Add(new FeatureStep(StepKind.Setup, "the request body is:", new FeatureDocString(body, mediaType)));
    }

    private void Report(DiagnosticDescriptor descriptor, SourceLocation where, string message)
    {
        _ignore |= descriptor.Severity >= DiagnosticSeverity.Warning
            && descriptor != DiagnosticCodes.InvalidJsonResponse;
        _diagnostics.Report(descriptor.Create(message, where.File, where.Line, where.Entry));
    }
}

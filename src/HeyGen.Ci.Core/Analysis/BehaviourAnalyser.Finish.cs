using HeyGen.Ci.Core.Diagnostics;

namespace HeyGen.Ci.Core.Analysis;

/// <summary>Aggregation and the end of the analysis: the flow graph, flow selection and the file's
/// records.</summary>
internal sealed partial class BehaviourAnalyser
{
    private void Aggregate(RewrittenRequest request)
    {
        if (!_routes.TryGetValue(request.Endpoint, out var route))
        {
            route = new RouteAggregate(request.Method, request.Route);
            _routes[request.Endpoint] = route;
        }

        route.Calls++;
        foreach (var use in request.Uses)
        {
            AggregateUse(request.Endpoint, use);
        }

        foreach (var secret in request.Secrets)
        {
            var known = _secrets.GetValueOrDefault(secret.Name);
            _secrets[secret.Name] = known is null ? secret : known with { Occurrences = known.Occurrences + 1 };
        }
    }

    private void AggregateUse(string endpoint, ValueUse use)
    {
        var source = use.Source;
        var fromKind = source.Origin.ToString().ToLowerInvariant();
        var key = string.Join('\n', source.Endpoint, fromKind, source.Pattern, endpoint, use.TargetKind, use.Target);
        var known = _correlations.GetValueOrDefault(key);
        _correlations[key] = known is not null ? known with { Count = known.Count + 1 } : new CorrelationSummary
        {
            Variable = source.Variable,
            FromEndpoint = source.Endpoint,
            FromKind = fromKind,
            From = source.Pattern,
            ToEndpoint = endpoint,
            ToKind = use.TargetKind,
            To = use.Target,
            Count = 1,
        };

        if (source.Origin == ValueOrigin.Json)
        {
            _noise.Mask(source.Endpoint, "json", source.Pattern, "captured");
        }
    }

    private AnalysisOutcome Finish(IReadOnlyList<string> inputs, IReadOnlyList<Diagnostic> diagnostics)
    {
        var graph = new FlowGraphBuilder();
        var shapes = new Dictionary<string, List<SessionTrace>>(StringComparer.Ordinal);
        foreach (var trace in _sessions.Values.Where(t => t.Endpoints.Count > 0))
        {
            graph.AddSession(trace.Endpoints);
            var shape = trace.Shape();
            if (!shapes.TryGetValue(shape, out var members))
            {
                members = [];
                shapes[shape] = members;
            }

            members.Add(trace);
        }

        var flows = FlowSelection.Select(shapes.Values);
        var analysis = new BehaviourAnalysis
        {
            Inputs = inputs,
            Sessions = Summaries(flows),
            Routes = _routes.Select(r => Summary(r.Key, r.Value)).OrderBy(r => r.Template, StringComparer.Ordinal)
                .ThenBy(r => r.Method, StringComparer.Ordinal).ToList(),
            Flows = graph.Build(),
            Correlations = [.. _correlations.Values],
            MaskedFields = _noise.Masked,
            Secrets = [.. _secrets.Values],
            LeftOut = _leftOut.ToCounts(),
            Diagnostics = diagnostics.Select(DiagnosticRecord.From).ToList(),
        };
        var hosts = _sessions.ToDictionary(s => s.Key, s => s.Value.Host, StringComparer.Ordinal);

        foreach (var trace in _sessions.Values)
        {
            trace.Dispose();
        }

        return new AnalysisOutcome(analysis, _table!, _noise, flows, hosts, _secretNames);
    }

    private List<SessionSummary> Summaries(IReadOnlyList<FlowGroup> flows)
    {
        var rank = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var flow in flows.Where(f => f.Selected))
        {
            foreach (var session in flow.Sessions)
            {
                rank[session] = flow.Rank;
            }
        }

        return _sessions.Values.Select(t => new SessionSummary
        {
            Id = t.Id,
            Source = t.Source,
            Exchanges = t.Exchanges,
            Steps = t.Endpoints.Count,
            Host = t.Host,
            Flow = rank.TryGetValue(t.Id, out var r) ? r : null,
        }).ToList();
    }

    private static RouteSummary Summary(string endpoint, RouteAggregate route) => new()
    {
        Endpoint = endpoint,
        Method = route.Method,
        Template = route.First.Template,
        Parameters = route.First.Parameters.Select(p => p.Name).ToList(),
        Calls = route.Calls,
        Example = "/" + string.Join('/', route.First.Segments),
    };
}

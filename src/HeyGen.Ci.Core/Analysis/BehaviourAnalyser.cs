using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using HeyGen.Ci.Core.Diagnostics;
using HeyGen.Ci.Core.Model;

namespace HeyGen.Ci.Core.Analysis;

/// <summary>
/// Finds the behaviour in recorded sessions in two streaming passes: the first learns route templates and
/// each session's host, the second follows every session's calls, reused values, secrets and noise.
/// Neither pass keeps exchanges; state grows with routes, sessions and distinct values.
/// </summary>
internal sealed partial class BehaviourAnalyser
{
    private readonly AnalysisOptions _options;
    private readonly SortedDictionary<string, SessionTrace> _sessions = new(StringComparer.Ordinal);
    private readonly RouteTemplateLearner _learner = new();
    private readonly NoiseDetector _noise;
    private readonly SortedDictionary<string, RouteAggregate> _routes = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, CorrelationSummary> _correlations = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, SecretParameter> _secrets = new(StringComparer.Ordinal);
    private readonly LeftOutTally _leftOut = new();
    private readonly SecretNames _secretNames = new();
    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private RouteTable? _table;

    private BehaviourAnalyser(AnalysisOptions options)
    {
        _options = options;
        _noise = new NoiseDetector(Intern);
    }

    /// <summary>Analyses every exchange <paramref name="source"/> yields.</summary>
    public static async Task<AnalysisOutcome> AnalyseAsync(
        RecordingSource source, IReadOnlyList<string> inputs, AnalysisOptions options, IDiagnosticSink diagnostics,
        CancellationToken cancellationToken)
    {
        var analyser = new BehaviourAnalyser(options);
        var reported = new ForwardingSink(diagnostics);

        await foreach (var exchange in source(reported, cancellationToken).ConfigureAwait(false))
        {
            analyser.Learn(exchange);
        }

        analyser.EndLearning();
        await foreach (var exchange in source(ForwardingSink.Silent, cancellationToken).ConfigureAwait(false))
        {
            analyser.Follow(exchange);
        }

        return analyser.Finish(inputs, reported.Kept);
    }

    /// <summary>The kind of an exchange of a session, once the hosts are known.</summary>
    public static ExchangeKind KindOf(Exchange exchange, string? host, bool keepStaticAssets)
    {
        var kind = ExchangeClassifier.Classify(exchange, keepStaticAssets);
        var otherHost = host is not null
            && !string.Equals(exchange.Request.Url.Authority, host, StringComparison.OrdinalIgnoreCase);

        return kind == ExchangeKind.Behaviour && otherHost ? ExchangeKind.OtherOrigin : kind;
    }

    /// <summary>Parses a response body as JSON when it is JSON (or untyped and parses); the caller disposes
    /// it.</summary>
    public static JsonDocument? ResponseJson(RecordedResponse response)
    {
        var body = response.Body;
        if (body is null || body.IsLossy || (body.MediaType is not null && !body.IsJson))
        {
            return null;
        }

        return JsonPaths.TryParse(body.Content);
    }

    /// <summary>The key of one exact request: method, URL and a digest of the body.</summary>
    public static string RequestKey(RecordedRequest request)
        => request.Method + " " + request.Url.OriginalString + " "
            + Digest(request.Body is { } body ? body.Content.Span : []);

    /// <summary>A short, stable digest of some bytes.</summary>
    public static string Digest(ReadOnlySpan<byte> bytes) => Convert.ToHexString(SHA256.HashData(bytes))[..16];

    private void Learn(Exchange exchange)
    {
        var trace = Trace(exchange);
        trace.Exchanges++;
        if (ExchangeClassifier.Classify(exchange, _options.KeepStaticAssets) != ExchangeKind.Behaviour)
        {
            return;
        }

        var host = exchange.Request.Url.Authority;
        trace.HostCounts[host] = trace.HostCounts.GetValueOrDefault(host) + 1;
        _learner.Observe(exchange.Request.Url.AbsolutePath);
    }

    private void EndLearning()
    {
        _table = _learner.Build();
        foreach (var trace in _sessions.Values)
        {
            trace.Host = trace.HostCounts
                .OrderByDescending(h => h.Value)
                .ThenBy(h => h.Key, StringComparer.OrdinalIgnoreCase)
                .Select(h => h.Key)
                .FirstOrDefault();
            trace.HostCounts.Clear();
        }
    }

    private void Follow(Exchange exchange)
    {
        var trace = Trace(exchange);
        var kind = KindOf(exchange, trace.Host, _options.KeepStaticAssets);
        _leftOut.Count(kind);
        if (kind != ExchangeKind.Behaviour)
        {
            return;
        }

        var request = RequestRewriter.Rewrite(exchange.Request, _table!, trace.Tracker, _secretNames);
        using var body = ResponseJson(exchange.Response);
        var root = body?.RootElement;
        var index = trace.Endpoints.Count;

        trace.Endpoints.Add(Intern(request.Endpoint));
        trace.AddStep(StepKey(request, exchange.Response));
        Aggregate(request);

        var key = RequestKey(exchange.Request);
        var occurrence = trace.Occurrences[key] = trace.Occurrences.GetValueOrDefault(key) + 1;
        _noise.Observe(request.Endpoint, key + "#" + occurrence, trace.Id, exchange.Response, root);
        trace.Tracker.ObserveRequest(exchange.Request);
        trace.Tracker.ObserveResponse(index, request.Endpoint, request.Route.Template, exchange.Response, root);
    }

    /// <summary>One call as the session's shape counts it: the rewritten request and the status.</summary>
    public static string StepKey(RewrittenRequest request, RecordedResponse response)
    {
        var body = request.Body is null ? string.Empty : Digest(Encoding.UTF8.GetBytes(request.Body));
        var headers = string.Join('\u001f', request.Headers.Select(h => h.Name + ":" + h.Value));

        return $"{request.Method} {request.Target} {response.Status} {body} {headers}";
    }

    // Endpoints and JSON paths repeat across exchanges and sessions; one copy of each is enough.
    private string Intern(string text)
    {
        if (_strings.TryGetValue(text, out var known))
        {
            return known;
        }

        _strings[text] = text;

        return text;
    }

    private SessionTrace Trace(Exchange exchange)
    {
        if (!_sessions.TryGetValue(exchange.SessionId, out var trace))
        {
            trace = new SessionTrace(exchange.SessionId, exchange.Location.File, Intern);
            _sessions[exchange.SessionId] = trace;
        }

        return trace;
    }
}

using System.Net;
using HeyGen.Ci.Core.Results;
using Reqnroll;
using Reqnroll.BoDi;

namespace HeyGen.Ci.Steps.Http;

/// <summary>
/// The HTTP state of one scenario: its variables, the request being prepared, its cookie jar, the last response
/// and every exchange observed. One instance per scenario (the runtime injects it), so scenarios run in parallel.
/// </summary>
public sealed class HttpScenarioState
{
    private readonly Dictionary<string, string> _variables = new(StringComparer.Ordinal);
    private readonly List<ExchangeObservation> _exchanges = [];
    private readonly Lazy<StepTarget?> _target;
    private readonly Lazy<IReadOnlyList<string>> _endpoints;

    /// <summary>Created by the runtime for each scenario.</summary>
    /// <param name="container">The scenario's container, where the run's <see cref="StepTarget"/> is found.</param>
    public HttpScenarioState(IObjectContainer container)
    {
        ArgumentNullException.ThrowIfNull(container);
        _target = new Lazy<StepTarget?>(() => container.IsRegistered<StepTarget>()
            ? container.Resolve<StepTarget>()
            : FallbackTarget.Value);
        _endpoints = new Lazy<IReadOnlyList<string>>(() => container.IsRegistered<ScenarioContext>()
            ? EndpointTags.Of(container.Resolve<ScenarioContext>().ScenarioInfo.CombinedTags)
            : []);
    }

    /// <summary>
    /// The endpoints the scenario's <c>@endpoint:</c> tags declare, as <c>GET /products/{productId}</c>.
    /// </summary>
    internal IReadOnlyList<string> DeclaredEndpoints => _endpoints.Value;

    // Hosts that register no target share one built from HEYGEN_TARGET, so they still share one client.
    private static Lazy<StepTarget?> FallbackTarget { get; } = new(StepTarget.FromEnvironment);

    /// <summary>Every exchange so far, in order.</summary>
    public IReadOnlyList<ExchangeObservation> Exchanges => _exchanges;

    /// <summary>The scenario's variables (set by steps and captures).</summary>
    public IReadOnlyDictionary<string, string> Variables => _variables;

    /// <summary>The state of the scenario whose context this is.</summary>
    public static HttpScenarioState Of(ScenarioContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        return context.ScenarioContainer.Resolve<HttpScenarioState>();
    }

    internal StepTarget Target => _target.Value ?? throw new Scenarios.StepOutcomeException(
        $"no target is set: run the features with 'heygen run --target <url>', or set {StepTarget.TargetVariable}");

    internal List<(string Name, string Value)> PendingHeaders { get; } = [];

    internal string? PendingBody { get; set; }

    internal string? PendingBodyMediaType { get; set; }

    /// <summary>The media type of the doc string of the step being run, which Reqnroll does not pass on.</summary>
    internal string? StepDocStringMediaType { get; private set; }

    internal CookieContainer Cookies { get; } = new();

    private readonly List<Scenarios.StepOutcomeException> _softFailures = [];

    internal ResponseSnapshot? LastResponse { get; set; }

    /// <summary>The exchange the current step sent or checked.</summary>
    internal int? StepExchangeIndex { get; set; }

    /// <summary>The body expectation of the current step that did not hold, if any.</summary>
    internal Scenarios.StepOutcomeException? StepSoftFailure { get; private set; }

    /// <summary>Every body expectation of the scenario that did not hold, in order.</summary>
    internal IReadOnlyList<Scenarios.StepOutcomeException> SoftFailures => _softFailures;

    internal void BeginStep(string? docStringMediaType = null)
    {
        StepExchangeIndex = null;
        StepDocStringMediaType = docStringMediaType;
        StepSoftFailure = null;
    }

    /// <summary>
    /// Records a body expectation that did not hold without stopping the scenario: the step fails, the later
    /// requests are still sent and measured, and the scenario fails when it ends.
    /// </summary>
    internal void FailSoftly(Scenarios.StepOutcomeException failure)
    {
        StepSoftFailure = failure;
        _softFailures.Add(failure);
    }

    internal void SetVariable(string name, string value) => _variables[name] = value;

    internal (string Value, string Display) Expand(string text)
        => References.Expand(text, n => _variables.GetValueOrDefault(n), n => Target.ReadEnvironment(n));

    internal int Record(ExchangeObservation exchange)
    {
        _exchanges.Add(exchange);
        StepExchangeIndex = _exchanges.Count - 1;

        return _exchanges.Count - 1;
    }

    /// <summary>Replaces the last exchange with an updated copy (expectations add what they compared).</summary>
    internal void UpdateLast(Func<ExchangeObservation, ExchangeObservation> update)
    {
        if (_exchanges.Count == 0)
        {
            return;
        }

        _exchanges[^1] = update(_exchanges[^1]);
        StepExchangeIndex = _exchanges.Count - 1;
    }
}

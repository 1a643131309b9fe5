using HeyGen.Ci.Core.Results;
using HeyGen.Ci.Core.Verdicts;

namespace HeyGen.Ci.GitHub.Tests.Fakes;

/// <summary>Verdicts and results built in code, as the gate and the runner write them.</summary>
internal static class ReportFixtures
{
    public static readonly DateTimeOffset Start = new(2026, 12, 4, 10, 0, 0, TimeSpan.Zero);

    public static Verdict FailingVerdict(int extraScenarios = 0) => new()
    {
        RunId = "20261204-100000-abcdef",
        Decision = Decision.Fail,
        Score = 0.91,
        FailThreshold = 0.8,
        WarnThreshold = 0.5,
        Headline = "Checkout regressed: 1 scenario failed and GET /products/{productId} is 3x slower",
        Reasons =
        [
            new VerdictReason
            {
                Severity = Decision.Fail, Kind = "scenario-failed", Message = "Checkout failed: status 500, expected 200",
                Scenario = "checkout.feature:12", Endpoint = "POST /cart/{cartId}/checkout", Measure = "status",
                Observed = "500", Allowed = "200", WhereToLook = "logs/candidate.stderr.log around 10:00:03",
            },
            new VerdictReason
            {
                Severity = Decision.Warn, Kind = "anomaly", Message = "Latency of product pages moved",
                Endpoint = "GET /products/{productId}", Measure = "latency", Observed = "120 ms", Allowed = "40 ms",
            },
        ],
        Baseline = new BaselineInfo("run", ["results/baseline.json"], true),
        Endpoints =
        [
            new EndpointVerdict
            {
                Endpoint = "GET /products/{productId}", Decision = Decision.Warn, ModelScore = 0.62, Samples = 40,
                BaselineSamples = 40,
                Contributors = [new ScoreContributor("latency_ratio", 3.1, 1.0, 0.7)],
                Tests = [new JudgeTest { Measure = "latency", Test = "mann-whitney", PValue = 0.001, Effect = 80 }],
            },
            new EndpointVerdict
            {
                Endpoint = "POST /cart/{cartId}/checkout", Decision = Decision.Fail, ModelScore = 0.91, Samples = 10,
                BaselineSamples = 10, Contributors = [new ScoreContributor("status_class", 5, 2, 0.9)],
            },
        ],
        Model = new ModelInfo("model.onnx", "default", "CPU", "1"),
        MaskedFields = ["$.createdAt", "$.items[*].id"],
        SecretParameters = ["HEYGEN_SECRET_AUTHORIZATION"],
    };

    public static RunResult Candidate(int extraFailures = 0, string? name = null, string? actual = null)
    {
        var scenarios = new List<ScenarioResult>
        {
            Passed("browse.feature:3", "Browse the catalogue"),
            Failed("checkout.feature:12", name ?? "Check out a cart", actual ?? "500"),
        };
        for (var i = 0; i < extraFailures; i++)
        {
            scenarios.Add(Failed($"bulk.feature:{i + 10}", $"Bulk scenario {i}", new string('x', 2000)));
        }

        return new RunResult
        {
            RunId = "20261204-100000-abcdef",
            Label = "candidate",
            Target = "http://127.0.0.1:8080",
            StartedAt = Start,
            FinishedAt = Start.AddMinutes(1),
            Scenarios = scenarios,
            SystemUnderTest = new SystemUnderTestInfo
            {
                Kind = "docker", Image = "shop:pr",
                Logs = new LogSummary { StdoutLines = 10, StderrLines = 2, ErrorLines = 1, LastLines = ["boom"] },
            },
        };
    }

    private static ScenarioResult Passed(string id, string name) => new()
    {
        Id = id, Feature = "Catalogue", FeatureFile = id.Split(':')[0], Line = 3, Name = name,
        Outcome = Outcome.Passed, DurationMs = 120,
        Exchanges = [Exchange("GET /products/{productId}", "/products/42", 200, 200)],
    };

    private static ScenarioResult Failed(string id, string name, string actual) => new()
    {
        Id = id, Feature = "Checkout", FeatureFile = id.Split(':')[0], Line = int.Parse(id.Split(':')[1],
            System.Globalization.CultureInfo.InvariantCulture), Name = name,
        Outcome = Outcome.Failed, DurationMs = 340, Error = "Expected status 200 but was " + actual,
        Steps =
        [
            new StepResult { Keyword = "When ", Text = "I send a POST request to \"/cart/${cartId}/checkout\"", Line = 14,
                Outcome = Outcome.Passed, ExchangeIndex = 0 },
            new StepResult { Keyword = "Then ", Text = "the response status is 200", Line = 15, Outcome = Outcome.Failed,
                Expected = "200", Actual = actual, ExchangeIndex = 0,
                Error = "Expected status 200 but was " + actual },
        ],
        Exchanges =
        [
            Exchange("POST /cart/{cartId}/checkout", "/cart/7/checkout", 500, 200) with
            {
                Differences = [new BodyDifference("$.total", Core.Results.DifferenceKind.Changed, "42.5", actual)],
            },
        ],
    };

    private static ExchangeObservation Exchange(string endpoint, string url, int status, int expected) => new()
    {
        Endpoint = endpoint, Method = endpoint.Split(' ')[0], Url = url, Status = status, ExpectedStatus = expected,
        LatencyMs = 12, ResponseBytes = 100,
    };
}

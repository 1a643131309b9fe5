using HeyGen.Ci.Core.Results;

namespace HeyGen.Ci.Scoring.Tests.Fakes;

/// <summary>
/// Result files shaped like a small shop's: a catalogue, product pages, a cart, checkout, search and an account,
/// with log-normal latency noise, a per-run drift, rare slow outliers, CPU and memory samples, and a seeded change.
/// </summary>
internal sealed class ShopRuns(int seed)
{
    public const string Product = "GET /api/products/{productId}";
    public const string Catalogue = "GET /api/products";
    public const string AddItem = "POST /api/cart/items";
    public const string Cart = "GET /api/cart";
    public const string Checkout = "POST /api/checkout";

    private readonly Random _random = new(seed);

    public RunResult Run(string label, Regression regression = Regression.None)
    {
        var drift = Math.Exp(Gaussian() * 0.05);
        var scenarios = Scenarios().Select(s => Scenario(s, drift, regression)).ToList();
        var errors = _random.Next(0, 2) + (regression == Regression.ServerError ? 6 : 0);

        return new RunResult
        {
            RunId = "20261204-150000-abcdef",
            Label = label,
            Target = "http://127.0.0.1:5080",
            StartedAt = new DateTimeOffset(2026, 12, 4, 15, 0, 0, TimeSpan.Zero),
            FinishedAt = new DateTimeOffset(2026, 12, 4, 15, 0, 9, TimeSpan.Zero),
            Scenarios = scenarios,
            SystemUnderTest = new SystemUnderTestInfo
            {
                Kind = "docker",
                Image = "shop:" + label,
                Logs = new LogSummary
                {
                    StdoutLines = 120 + _random.Next(20),
                    ErrorLines = errors,
                    LastLines = regression == Regression.ServerError
                        ? ["fail: Shop.Checkout[0] Unhandled exception. System.NullReferenceException at Checkout"]
                        : ["info: Microsoft.Hosting.Lifetime[0] Application started."],
                },
                Resources = new ResourceUsage
                {
                    Samples = 9,
                    CpuPercentMean = 12 * Math.Exp(Gaussian() * 0.08),
                    MemoryMiBMean = 85 * Math.Exp(Gaussian() * 0.02),
                },
            },
        };
    }

    private static IEnumerable<(string Id, string Name, (string Endpoint, int Status, long Bytes)[] Calls)> Scenarios()
    {
        yield return ("browse.feature:5", "Browse the catalogue",
            [(Catalogue, 200, 2400), (Product, 200, 410), (Product, 200, 388)]);
        for (var row = 0; row < 6; row++)
        {
            yield return ($"product.feature:8:{14 + row}", $"View a product (row {row + 1})", [(Product, 200, 300
                + (row * 17))]);
        }

        yield return ("cart.feature:6", "Add to cart", [(AddItem, 201, 180), (Cart, 200, 520)]);
        yield return ("cart.feature:20", "Remove from cart",
            [(AddItem, 201, 180), ("DELETE /api/cart/items/{itemId}", 204, 0), (Cart, 200, 96)]);
        yield return ("checkout.feature:4", "Check out",
            [(AddItem, 201, 180), (Checkout, 200, 350), ("GET /api/orders/{orderId}", 200, 610)]);
        for (var row = 0; row < 3; row++)
        {
            yield return ($"search.feature:3:{9 + row}", $"Search (row {row + 1})", [("GET /api/search", 200, 900
                + (row * 40))]);
        }

        yield return ("account.feature:3", "Sign in", [("POST /api/login", 200, 120), ("GET /api/account", 200, 400)]);
    }

    private ScenarioResult Scenario(
        (string Id, string Name, (string Endpoint, int Status, long Bytes)[] Calls) scenario, double drift,
            Regression regression)
    {
        var exchanges = new List<ExchangeObservation>();
        string? error = null;
        foreach (var (endpoint, status, bytes) in scenario.Calls)
        {
            var exchange = Seed(Exchange(endpoint, status, bytes, drift), regression);
            exchanges.Add(exchange);
            if (exchange.Status != status || exchange.Differences.Count > 0)
            {
                error = exchange.Status != status
                    ? $"Then the response status is {status}: expected {status}, got {exchange.Status}"
                    : $"Then the response JSON matches: {exchange.Differences[0].Path} {exchange.Differences[0].Kind}";
                break;
            }
        }

        var file = scenario.Id.Split(':')[0];

        return new ScenarioResult
        {
            Id = scenario.Id,
            Feature = file.Replace(".feature", string.Empty, StringComparison.Ordinal),
            FeatureFile = file,
            Line = int.Parse(scenario.Id.Split(':')[1], System.Globalization.CultureInfo.InvariantCulture),
            Name = scenario.Name,
            Outcome = error is null ? Outcome.Passed : Outcome.Failed,
            Error = error,
            DurationMs = exchanges.Sum(e => e.LatencyMs) + 3,
            Exchanges = exchanges,
        };
    }

    private ExchangeObservation Exchange(string endpoint, int status, long bytes, double drift)
    {
        var latency = Median(endpoint) * drift * Math.Exp(Gaussian() * 0.25);
        if (_random.NextDouble() < 0.01)
        {
            latency += 20 + (_random.NextDouble() * 40);
        }

        return new ExchangeObservation
        {
            Endpoint = endpoint,
            Method = endpoint.Split(' ')[0],
            Url = "http://127.0.0.1:5080" + endpoint.Split(' ')[1].Replace("{", string.Empty, StringComparison.Ordinal)
                .Replace("}", string.Empty, StringComparison.Ordinal),
            Status = status,
            ExpectedStatus = status,
            LatencyMs = latency,
            TimeToHeadersMs = latency * 0.8,
            ResponseBytes = bytes,
            RecordedResponseBytes = bytes,
            ContentType = bytes > 0 ? "application/json" : null,
        };
    }

    private static ExchangeObservation Seed(ExchangeObservation e, Regression regression) => (regression,
        e.Endpoint) switch
    {
        (Regression.RenamedField, Product) => e with
        {
            Differences = [new("$.price", DifferenceKind.Removed, "12.5", null), new("$.unitPrice",
                DifferenceKind.Added, null, "12.5")],
        },
        (Regression.ChangedType, Product) => e with
        {
            Differences = [new("$.price", DifferenceKind.Retyped, "number", "string")],
            ResponseBytes = e.ResponseBytes + 2,
        },
        (Regression.ChangedStatus, AddItem) => e with { Status = 200 },
        (Regression.SlowRoute, Product) => e with { LatencyMs = e.LatencyMs + 150,
            TimeToHeadersMs = e.TimeToHeadersMs + 150 },
        (Regression.ServerError, Checkout) => e with { Status = 500, ResponseBytes = 120 },
        (Regression.MissingItem, Catalogue) => e with
        {
            Differences = [new("$.items[11]", DifferenceKind.Removed, "{\"id\":12}", null)],
            ResponseBytes = e.ResponseBytes - 200,
        },
        (Regression.ReorderedList, Catalogue) => e with { Differences = [new("$.items", DifferenceKind.Reordered,
            null, null)] },
        (Regression.LargerResponse, Cart) => e with { ResponseBytes = e.ResponseBytes * 3 },
        _ => e,
    };

    private static double Median(string endpoint) => endpoint switch
    {
        Catalogue => 14,
        Product => 12,
        AddItem => 18,
        Cart => 9,
        Checkout => 45,
        "GET /api/search" => 30,
        "POST /api/login" => 60,
        _ => 10,
    };

    private double Gaussian()
    {
        var u1 = 1 - _random.NextDouble();
        var u2 = _random.NextDouble();

        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}

using System.Net;

namespace HeyGen.Ci.Steps.Http;

/// <summary>
/// Where the steps send requests and how: the base address, the one shared <see cref="HttpClient"/>, the request
/// timeout and environment overrides for <c>${env:NAME}</c>. The runner registers one per run in the runtime's
/// global container; test code that hosts the steps itself registers its own with <see cref="StepLibrary"/>.
/// </summary>
public sealed class StepTarget : IDisposable
{
    /// <summary>The environment variable a host without a registered target reads the base address from.</summary>
    public const string TargetVariable = "HEYGEN_TARGET";

    private readonly bool _ownsClient;

    /// <summary>Creates a target with its own client (cookies off: each scenario keeps its own jar).</summary>
    /// <param name="baseAddress">The base address; request paths are appended to it.</param>
    /// <param name="timeout">How long one request may take before it counts as unanswered.</param>
    /// <param name="environment">Values for <c>${env:NAME}</c> that win over the process environment.</param>
    /// <param name="runCancellation">Cancels requests when the run is cancelled.</param>
    public StepTarget(
        Uri baseAddress,
        TimeSpan timeout,
        IReadOnlyDictionary<string, string>? environment = null,
        CancellationToken runCancellation = default)
        : this(baseAddress, timeout, CreateClient(), environment, runCancellation)
    {
        _ownsClient = true;
    }

    /// <summary>Creates a target around a client the caller owns.</summary>
    /// <param name="baseAddress">The base address; request paths are appended to it.</param>
    /// <param name="timeout">How long one request may take before it counts as unanswered.</param>
    /// <param name="client">The client to send with; it must not share cookies across scenarios.</param>
    /// <param name="environment">Values for <c>${env:NAME}</c> that win over the process environment.</param>
    /// <param name="runCancellation">Cancels requests when the run is cancelled.</param>
    public StepTarget(
        Uri baseAddress,
        TimeSpan timeout,
        HttpClient client,
        IReadOnlyDictionary<string, string>? environment,
        CancellationToken runCancellation)
    {
        BaseAddress = baseAddress;
        Timeout = timeout;
        Client = client;
        Environment = environment ?? new Dictionary<string, string>();
        RunCancellation = runCancellation;
    }

    /// <summary>The default request timeout: 30 seconds.</summary>
    public static TimeSpan DefaultTimeout { get; } = TimeSpan.FromSeconds(30);

    /// <summary>The base address requests go to.</summary>
    public Uri BaseAddress { get; }

    /// <summary>How long one request may take.</summary>
    public TimeSpan Timeout { get; }

    /// <summary>The shared client.</summary>
    public HttpClient Client { get; }

    /// <summary>Values for <c>${env:NAME}</c> that win over the process environment.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; }

    /// <summary>Cancels requests when the run is cancelled.</summary>
    public CancellationToken RunCancellation { get; }

    /// <summary>Reads an environment parameter: an override first, then the process environment.</summary>
    public string? ReadEnvironment(string name)
        => Environment.TryGetValue(name, out var value) ? value : System.Environment.GetEnvironmentVariable(name);

    /// <summary>A target from <see cref="TargetVariable"/>, for hosts that register none; null when unset.</summary>
    public static StepTarget? FromEnvironment()
    {
        var address = System.Environment.GetEnvironmentVariable(TargetVariable);

        return Uri.TryCreate(address, UriKind.Absolute, out var uri) ? new StepTarget(uri, DefaultTimeout) : null;
    }

    /// <summary>A client for steps: pooled connections, decompression, no shared cookies, no redirects.</summary>
    public static HttpClient CreateClient()
    {
        var handler = new SocketsHttpHandler
        {
            UseCookies = false,
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            MaxConnectionsPerServer = 256,
            UseProxy = false,
        };

        // The per-request timeout is the target's; the client's own would only get in its way.
        return new HttpClient(handler) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_ownsClient)
        {
            Client.Dispose();
        }
    }
}

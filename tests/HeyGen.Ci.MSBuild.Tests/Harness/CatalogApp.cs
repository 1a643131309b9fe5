using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace HeyGen.Ci.MSBuild.Tests.Harness;

/// <summary>
/// A tiny catalogue API on 127.0.0.1 (a free port) for the consumer's generated tests to run against.
/// <see cref="Broken"/> changes one product's answer, so scenarios that read it fail on purpose.
/// </summary>
internal sealed class CatalogApp : IAsyncDisposable
{
    private readonly WebApplication _app;

    private CatalogApp(WebApplication app) => _app = app;

    /// <summary>When true, product 1 answers with a changed name.</summary>
    public bool Broken { get; set; }

    public string Address { get; private set; } = string.Empty;

    public static async Task<CatalogApp> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var catalog = new CatalogApp(app);
        app.MapGet("/api/products", () => Results.Json(new[] { Product(1, "Tea", 3.5), Product(2, "Coffee", 4.0) }));
        app.MapGet("/api/health", () => Results.Json(new { status = "ok" }));
        app.MapGet("/api/products/{id:int}", (int id) => id switch
        {
            1 => Results.Json(Product(1, catalog.Broken ? "Decaf" : "Tea", 3.5)),
            2 => Results.Json(Product(2, "Coffee", 4.0)),
            _ => Results.NotFound(),
        });
        await app.StartAsync().ConfigureAwait(false);
        catalog.Address = app.Urls.First().Replace("[::1]", "127.0.0.1", StringComparison.Ordinal);

        return catalog;
    }

    private static object Product(int id, string name, double price) => new { id, name, price };

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}

using HeyGen.Ci.Sample.Auth;
using HeyGen.Ci.Sample.Cart;
using HeyGen.Ci.Sample.Catalog;
using HeyGen.Ci.Sample.Orders;
using HeyGen.Ci.Sample.Seeds;

// The content root is the app's own folder, so that the pages are found whichever folder it starts from.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    ContentRootPath = AppContext.BaseDirectory,
});

var seed = SampleSeed.Parse(builder.Configuration[SampleSeed.ConfigurationKey], out var unknownSeeds);
if (unknownSeeds.Count > 0)
{
    Console.Error.WriteLine(
        $"{SampleSeed.ConfigurationKey} has unknown seeds: {string.Join(", ", unknownSeeds)}. "
        + $"Known: {string.Join(", ", SampleSeed.KnownNames)} (comma-separated to combine).");
    return 2;
}

builder.Services.AddSingleton(seed);
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton(new ProductCatalog(seed.Has(SeededRegression.MissingItem)));
builder.Services.AddSingleton<ProductRepresentation>();
builder.Services.AddSingleton<TokenStore>();
builder.Services.AddSingleton<CartStore>();
builder.Services.AddSingleton<OrderStore>();
builder.Services.AddSingleton<LinePricing>();
builder.Services.AddProblemDetails();
builder.Services.AddHealthChecks();

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseDefaultFiles();
app.UseStaticFiles(new StaticFileOptions
{
    // Pages are fetched anew on every visit, so that recorded sessions hold the same requests each time.
    OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = "no-store",
});

app.MapHealthChecks("/health");
app.MapProductEndpoints();
app.MapAuthEndpoints();
app.MapCartEndpoints();
app.MapOrderEndpoints();

app.Logger.LogInformation("HeyGen CI sample shop starting with seeds: {Seeds}", seed);
await app.RunAsync();
return 0;

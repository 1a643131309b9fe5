using System.Text.Json.Nodes;
using HeyGen.Ci.Sample.Seeds;

namespace HeyGen.Ci.Sample.Catalog;

/// <summary>The catalogue routes: the product list, one product, and search.</summary>
internal static class ProductEndpoints
{
    public static void MapProductEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/products", ListProducts);
        app.MapGet("/api/products/{productId:int}", GetProductAsync);
        app.MapGet("/api/search", SearchProducts);
    }

    private static IResult ListProducts(
        HttpContext context, ProductCatalog catalog, ProductRepresentation representation, SampleSeed seed,
        int? page, int? pageSize, string? sort)
    {
        var query = ProductListQuery.Read(page, pageSize, sort, out var errors);
        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors);
        }

        var items = query.Order(catalog.All).Skip((query.Page - 1) * query.PageSize).Take(query.PageSize);
        if (seed.Has(SeededRegression.ReorderedList))
        {
            items = items.Reverse();
        }

        var body = new JsonObject
        {
            ["items"] = representation.WriteAll(items),
            ["page"] = query.Page,
            ["pageSize"] = query.PageSize,
            ["sort"] = query.Sort,
            ["total"] = catalog.All.Count,
        };
        return JsonResponses.WithEntityTag(context, body, padded: seed.Has(SeededRegression.LargerResponse));
    }

    private static async Task<IResult> GetProductAsync(
        HttpContext context, ProductCatalog catalog, ProductRepresentation representation, SampleSeed seed,
        TimeProvider time, int productId)
    {
        if (seed.Has(SeededRegression.SlowRoute))
        {
            await Task.Delay(SampleSeed.SlowRouteDelay, time, context.RequestAborted);
        }

        var product = catalog.Find(productId);
        if (product is null)
        {
            return Results.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "Product not found",
                detail: $"There is no product {productId}. GET /api/products lists the products.");
        }

        return JsonResponses.WithEntityTag(context, representation.Write(product));
    }

    private static IResult SearchProducts(
        ProductCatalog catalog, ProductRepresentation representation, SampleSeed seed, string? q)
    {
        if (seed.Has(SeededRegression.ErrorRoute))
        {
            return Results.Problem(
                statusCode: StatusCodes.Status500InternalServerError,
                title: "Search index unavailable",
                detail: "The search index could not be read.");
        }

        if (string.IsNullOrWhiteSpace(q))
        {
            return Results.ValidationProblem(new Dictionary<string, string[]>
            {
                ["q"] = ["q is the text to search for, e.g. /api/search?q=mug."],
            });
        }

        var items = catalog.Search(q.Trim());
        var body = new JsonObject
        {
            ["query"] = q.Trim(),
            ["items"] = representation.WriteAll(items),
            ["total"] = items.Count,
        };
        return JsonResponses.Plain(body);
    }
}

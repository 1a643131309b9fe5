using HeyGen.Ci.Sample.Auth;
using HeyGen.Ci.Sample.Catalog;
using HeyGen.Ci.Sample.Seeds;

namespace HeyGen.Ci.Sample.Cart;

/// <summary>The signed-in user's cart: list it, add an item, remove an item.</summary>
internal static class CartEndpoints
{
    public const int MaxQuantity = 10;

    public static void MapCartEndpoints(this IEndpointRouteBuilder app)
    {
        var cart = app.MapGroup("/api/cart").RequireSignedInUser();
        cart.MapGet("", GetCart);
        cart.MapPost("/items", AddItem);
        cart.MapDelete("/items/{productId:int}", RemoveItem);
    }

    private static IResult GetCart(HttpContext context, CartStore carts, LinePricing pricing)
    {
        var cart = carts.For(BearerTokenFilter.SignedInToken(context));
        return JsonResponses.Plain(pricing.WriteCart(cart.Lines));
    }

    private static IResult AddItem(
        HttpContext context, AddCartItemRequest? request, CartStore carts, ProductCatalog catalog,
        LinePricing pricing, SampleSeed seed)
    {
        var quantity = request?.Quantity ?? 1;
        if (request?.ProductId is not { } productId || quantity is < 1 or > MaxQuantity)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]>
            {
                ["item"] = [$"Send {{\"productId\": 1, \"quantity\": 1}}; quantity is 1 to {MaxQuantity}."],
            });
        }

        if (catalog.Find(productId) is null)
        {
            return Results.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "Product not found",
                detail: $"There is no product {productId} to add to the cart.");
        }

        var cart = carts.For(BearerTokenFilter.SignedInToken(context));
        cart.Add(productId, quantity);

        var status = seed.Has(SeededRegression.ChangedStatus)
            ? StatusCodes.Status202Accepted
            : StatusCodes.Status200OK;
        return JsonResponses.Plain(pricing.WriteCart(cart.Lines), status);
    }

    private static IResult RemoveItem(HttpContext context, int productId, CartStore carts, LinePricing pricing)
    {
        var cart = carts.For(BearerTokenFilter.SignedInToken(context));
        if (!cart.Remove(productId))
        {
            return Results.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "Not in the cart",
                detail: $"Product {productId} is not in the cart. GET /api/cart lists what is.");
        }

        return JsonResponses.Plain(pricing.WriteCart(cart.Lines));
    }
}

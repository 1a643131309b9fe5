using System.Text.Json.Nodes;
using HeyGen.Ci.Sample.Auth;
using HeyGen.Ci.Sample.Cart;
using HeyGen.Ci.Sample.Catalog;

namespace HeyGen.Ci.Sample.Orders;

/// <summary>Checking out the cart into an order, and reading an order back.</summary>
internal static class OrderEndpoints
{
    public static void MapOrderEndpoints(this IEndpointRouteBuilder app)
    {
        var orders = app.MapGroup("/api/orders").RequireSignedInUser();
        orders.MapPost("", PlaceOrder);
        orders.MapGet("/{orderId:guid}", GetOrder);
    }

    private static IResult PlaceOrder(
        HttpContext context, PlaceOrderRequest? request, CartStore carts, OrderStore orders,
        LinePricing pricing, TimeProvider time)
    {
        if (string.IsNullOrWhiteSpace(request?.DeliveryName) || string.IsNullOrWhiteSpace(request.DeliveryAddress))
        {
            return Results.ValidationProblem(new Dictionary<string, string[]>
            {
                ["delivery"] = ["Send {\"deliveryName\": \"…\", \"deliveryAddress\": \"…\"}."],
            });
        }

        var user = BearerTokenFilter.SignedInUser(context);
        var lines = carts.For(BearerTokenFilter.SignedInToken(context)).TakeAll();
        if (lines.Count == 0)
        {
            return Results.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "The cart is empty",
                detail: "Add an item with POST /api/cart/items before placing an order.");
        }

        var order = new Order(
            Guid.NewGuid(), user.Email, time.GetUtcNow(),
            request.DeliveryName.Trim(), request.DeliveryAddress.Trim(), lines);
        orders.Add(order);

        context.Response.Headers.Location = $"/api/orders/{order.Id}";
        return JsonResponses.Plain(Write(order, pricing), StatusCodes.Status201Created);
    }

    private static IResult GetOrder(HttpContext context, Guid orderId, OrderStore orders, LinePricing pricing)
    {
        var order = orders.Find(orderId, BearerTokenFilter.SignedInUser(context).Email);
        if (order is null)
        {
            return Results.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "Order not found",
                detail: $"There is no order {orderId} for the signed-in user.");
        }

        return JsonResponses.Plain(Write(order, pricing));
    }

    private static JsonObject Write(Order order, LinePricing pricing)
    {
        var (items, total) = pricing.Price(order.Lines);
        return new JsonObject
        {
            ["id"] = order.Id,
            ["status"] = "placed",
            ["createdAt"] = order.CreatedAt,
            ["deliveryName"] = order.DeliveryName,
            ["deliveryAddress"] = order.DeliveryAddress,
            ["items"] = items,
            ["total"] = total,
            ["currency"] = ProductRepresentation.Currency,
        };
    }
}

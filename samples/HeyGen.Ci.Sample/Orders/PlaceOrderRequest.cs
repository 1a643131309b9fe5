namespace HeyGen.Ci.Sample.Orders;

/// <summary>The body of <c>POST /api/orders</c>: where the cart's contents go.</summary>
internal sealed record PlaceOrderRequest(string? DeliveryName, string? DeliveryAddress);

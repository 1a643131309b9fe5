using HeyGen.Ci.Sample.Cart;

namespace HeyGen.Ci.Sample.Orders;

/// <summary>A placed order. Its id and time differ on every run: they are the sample's volatile fields.</summary>
internal sealed record Order(
    Guid Id,
    string Email,
    DateTimeOffset CreatedAt,
    string DeliveryName,
    string DeliveryAddress,
    IReadOnlyList<CartLine> Lines);

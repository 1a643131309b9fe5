namespace HeyGen.Ci.Sample.Cart;

/// <summary>The body of <c>POST /api/cart/items</c>.</summary>
internal sealed record AddCartItemRequest(int? ProductId, int? Quantity);

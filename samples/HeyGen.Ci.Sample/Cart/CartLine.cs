namespace HeyGen.Ci.Sample.Cart;

/// <summary>A product and how many of it are in a cart.</summary>
internal sealed record CartLine(int ProductId, int Quantity);

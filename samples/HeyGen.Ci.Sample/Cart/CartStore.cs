using System.Collections.Concurrent;

namespace HeyGen.Ci.Sample.Cart;

/// <summary>Every user's cart, in memory, by email.</summary>
internal sealed class CartStore
{
    private readonly ConcurrentDictionary<string, ShoppingCart> _carts = new(StringComparer.OrdinalIgnoreCase);

    public ShoppingCart For(string email) => _carts.GetOrAdd(email, _ => new ShoppingCart());
}

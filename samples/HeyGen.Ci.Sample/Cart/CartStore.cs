using System.Collections.Concurrent;

namespace HeyGen.Ci.Sample.Cart;

/// <summary>
/// Every cart, in memory, by sign-in: each sign-in starts with an empty cart, as a shop's basket belongs to a
/// session, so replaying one recorded visit never sees the items another visit added.
/// </summary>
internal sealed class CartStore
{
    private readonly ConcurrentDictionary<string, ShoppingCart> _carts = new(StringComparer.Ordinal);

    public ShoppingCart For(string token) => _carts.GetOrAdd(token, _ => new ShoppingCart());
}

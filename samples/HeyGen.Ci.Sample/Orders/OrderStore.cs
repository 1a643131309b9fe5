using System.Collections.Concurrent;

namespace HeyGen.Ci.Sample.Orders;

/// <summary>Placed orders, in memory, by id.</summary>
internal sealed class OrderStore
{
    private readonly ConcurrentDictionary<Guid, Order> _orders = new();

    public void Add(Order order) => _orders[order.Id] = order;

    /// <summary>The order, when it exists and belongs to this user; someone else's order is not found.</summary>
    public Order? Find(Guid id, string email) =>
        _orders.TryGetValue(id, out var order)
        && string.Equals(order.Email, email, StringComparison.OrdinalIgnoreCase)
            ? order
            : null;
}

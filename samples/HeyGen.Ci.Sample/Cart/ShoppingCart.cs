namespace HeyGen.Ci.Sample.Cart;

/// <summary>One user's cart. Lines keep the order they were first added in.</summary>
internal sealed class ShoppingCart
{
    private readonly Lock _gate = new();
    private readonly List<CartLine> _lines = [];

    public IReadOnlyList<CartLine> Lines
    {
        get
        {
            lock (_gate)
            {
                return [.. _lines];
            }
        }
    }

    /// <summary>Adds to the line of this product, or starts one.</summary>
    public void Add(int productId, int quantity)
    {
        lock (_gate)
        {
            var index = _lines.FindIndex(line => line.ProductId == productId);
            if (index < 0)
            {
                _lines.Add(new CartLine(productId, quantity));
            }
            else
            {
                _lines[index] = _lines[index] with { Quantity = _lines[index].Quantity + quantity };
            }
        }
    }

    /// <summary>Removes the line of this product; false when there was none.</summary>
    public bool Remove(int productId)
    {
        lock (_gate)
        {
            return _lines.RemoveAll(line => line.ProductId == productId) > 0;
        }
    }

    /// <summary>Empties the cart and returns what was in it, as one step, so an order takes each line once.</summary>
    public IReadOnlyList<CartLine> TakeAll()
    {
        lock (_gate)
        {
            var lines = _lines.ToArray();
            _lines.Clear();
            return lines;
        }
    }
}

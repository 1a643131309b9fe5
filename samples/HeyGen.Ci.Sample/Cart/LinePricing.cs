using System.Text.Json.Nodes;
using HeyGen.Ci.Sample.Catalog;

namespace HeyGen.Ci.Sample.Cart;

/// <summary>Prices cart lines against the catalogue, for the cart and for orders alike.</summary>
internal sealed class LinePricing(ProductCatalog catalog)
{
    /// <summary>The lines as JSON items with their prices, and the total of them.</summary>
    public (JsonArray Items, decimal Total) Price(IEnumerable<CartLine> lines)
    {
        var items = new JsonArray();
        var total = 0m;

        foreach (var line in lines)
        {
            // A product can only be missing here when the catalogue changed under a running cart.
            if (catalog.Find(line.ProductId) is not { } product)
            {
                continue;
            }

            var lineTotal = product.Price * line.Quantity;
            total += lineTotal;
            items.Add(new JsonObject
            {
                ["productId"] = product.Id,
                ["sku"] = product.Sku,
                ["name"] = product.Name,
                ["price"] = product.Price,
                ["quantity"] = line.Quantity,
                ["lineTotal"] = lineTotal,
            });
        }

        return (items, total);
    }

    public JsonObject WriteCart(IReadOnlyList<CartLine> lines)
    {
        var (items, total) = Price(lines);
        return new JsonObject
        {
            ["items"] = items,
            ["itemCount"] = lines.Sum(line => line.Quantity),
            ["total"] = total,
            ["currency"] = ProductRepresentation.Currency,
        };
    }
}

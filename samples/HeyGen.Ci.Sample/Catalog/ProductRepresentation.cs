using System.Globalization;
using System.Text.Json.Nodes;
using HeyGen.Ci.Sample.Seeds;

namespace HeyGen.Ci.Sample.Catalog;

/// <summary>
/// How a product looks on the wire. The seeds that change a product's fields do it here, in one place:
/// <c>renamed-field</c> writes <c>price</c> as <c>unitPrice</c>, <c>changed-type</c> writes it as a string.
/// </summary>
internal sealed class ProductRepresentation(SampleSeed seed)
{
    public const string Currency = "EUR";

    public JsonObject Write(Product product)
    {
        var priceName = seed.Has(SeededRegression.RenamedField) ? "unitPrice" : "price";
        JsonNode price = seed.Has(SeededRegression.ChangedType)
            ? JsonValue.Create(product.Price.ToString("0.00", CultureInfo.InvariantCulture))
            : JsonValue.Create(product.Price);

        return new JsonObject
        {
            ["id"] = product.Id,
            ["sku"] = product.Sku,
            ["name"] = product.Name,
            ["category"] = product.Category,
            [priceName] = price,
            ["currency"] = Currency,
            ["description"] = product.Description,
            ["rating"] = product.Rating,
            ["stock"] = product.Stock,
        };
    }

    public JsonArray WriteAll(IEnumerable<Product> products) => [.. products.Select(p => (JsonNode)Write(p))];
}

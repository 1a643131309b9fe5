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

    /// <summary>How many times the <c>larger-response</c> seed repeats a description in the product list.</summary>
    public const int LargerDescriptionRepeats = 8;

    public JsonObject Write(Product product, bool enlarged = false)
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
            ["description"] = enlarged ? Repeat(product.Description) : product.Description,
            ["rating"] = product.Rating,
            ["stock"] = product.Stock,
        };
    }

    public JsonArray WriteAll(IEnumerable<Product> products, bool enlarged = false) =>
        [.. products.Select(product => (JsonNode)Write(product, enlarged))];

    private static string Repeat(string description) =>
        string.Join(" ", Enumerable.Repeat(description, LargerDescriptionRepeats));
}

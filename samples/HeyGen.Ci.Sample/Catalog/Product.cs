namespace HeyGen.Ci.Sample.Catalog;

/// <summary>One product of the shop's catalogue.</summary>
internal sealed record Product(
    int Id,
    string Sku,
    string Name,
    string Category,
    decimal Price,
    string Description,
    double Rating,
    int Stock);

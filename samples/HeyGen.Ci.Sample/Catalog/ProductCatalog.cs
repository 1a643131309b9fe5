namespace HeyGen.Ci.Sample.Catalog;

/// <summary>
/// The catalogue: the same twelve products on every start, so that recorded sessions replay with the same
/// values. A <c>missing-item</c> seed hides one of them everywhere. Ids start at 101, so that an id is never
/// mistaken for a quantity or a page number in a recording.
/// </summary>
internal sealed class ProductCatalog
{
    /// <summary>The product the <c>missing-item</c> seed hides: it appears in the recorded sessions.</summary>
    public const int MissingProductId = 103;

    private readonly IReadOnlyList<Product> _products;

    public ProductCatalog(bool hideMissingProduct)
    {
        _products = hideMissingProduct
            ? [.. SeedProducts.Where(product => product.Id != MissingProductId)]
            : SeedProducts;
    }

    /// <summary>All products, by id.</summary>
    public IReadOnlyList<Product> All => _products;

    public Product? Find(int id) => _products.FirstOrDefault(product => product.Id == id);

    /// <summary>Products whose name, category or description contains every word of the query.</summary>
    public IReadOnlyList<Product> Search(string query)
    {
        var words = query.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return
        [
            .. _products.Where(product => words.All(word => Matches(product, word))),
        ];
    }

    private static bool Matches(Product product, string word) =>
        product.Name.Contains(word, StringComparison.OrdinalIgnoreCase)
        || product.Category.Contains(word, StringComparison.OrdinalIgnoreCase)
        || product.Description.Contains(word, StringComparison.OrdinalIgnoreCase);

    private static readonly Product[] SeedProducts =
    [
        new(101, "MUG-001", "Enamel camping mug", "kitchen", 12.50m,
            "A light steel mug with a white enamel coat and a rolled blue rim.", 4.6, 42),
        new(102, "KET-002", "Stovetop kettle", "kitchen", 34.90m,
            "A one-litre kettle with a folding handle that whistles when the water boils.", 4.3, 17),
        new(103, "LAM-003", "Folding desk lamp", "office", 48.00m,
            "A warm LED lamp that folds flat and dims with a touch on its base.", 4.8, 9),
        new(104, "NOT-004", "Dotted notebook A5", "office", 9.95m,
            "Ninety-six sheets of dotted paper in a linen cover that lies flat when open.", 4.7, 120),
        new(105, "PEN-005", "Brass fountain pen", "office", 56.00m,
            "A solid brass pen with a fine steel nib that darkens with use.", 4.4, 14),
        new(106, "BAG-006", "Waxed canvas tote", "outdoor", 39.00m,
            "A roomy tote of waxed cotton canvas with leather handles and an inner pocket.", 4.5, 33),
        new(107, "BOT-007", "Insulated water bottle", "outdoor", 24.00m,
            "A double-walled bottle that keeps water cold for a day and tea hot for hours.", 4.2, 58),
        new(108, "TEN-008", "Two-person tent", "outdoor", 189.00m,
            "A freestanding tent for two with a vestibule on each side and a light frame.", 4.1, 5),
        new(109, "TEA-009", "Loose leaf green tea", "pantry", 8.40m,
            "A hundred grams of first flush green tea with a mild grassy taste.", 4.9, 75),
        new(110, "HON-010", "Wildflower honey", "pantry", 11.20m,
            "A jar of raw honey from meadows in bloom, thick and lightly floral.", 4.6, 40),
        new(111, "COF-011", "Coffee grinder", "kitchen", 64.00m,
            "A hand grinder with ceramic burrs and twelve settings from fine to coarse.", 4.0, 21),
        new(112, "BLA-012", "Wool picnic blanket", "outdoor", 72.00m,
            "A checked blanket of thick wool with a waterproof backing and a carry strap.", 4.7, 12),
    ];
}

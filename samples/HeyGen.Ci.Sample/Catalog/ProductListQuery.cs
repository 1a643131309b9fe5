namespace HeyGen.Ci.Sample.Catalog;

/// <summary>A page of the product list: <c>?page=1&amp;pageSize=6&amp;sort=price</c>.</summary>
internal sealed record ProductListQuery(int Page, int PageSize, string Sort)
{
    public const int DefaultPageSize = 6;

    public const int MaxPageSize = 50;

    private static readonly string[] SortOrders = ["id", "name", "price", "-price", "rating"];

    /// <summary>Reads the query, or says which parameters are wrong and why.</summary>
    public static ProductListQuery Read(
        int? page, int? pageSize, string? sort, out Dictionary<string, string[]> errors)
    {
        errors = [];
        var query = new ProductListQuery(page ?? 1, pageSize ?? DefaultPageSize, sort ?? "id");

        if (query.Page < 1)
        {
            errors["page"] = ["page starts at 1."];
        }

        if (query.PageSize is < 1 or > MaxPageSize)
        {
            errors["pageSize"] = [$"pageSize is between 1 and {MaxPageSize}."];
        }

        if (!SortOrders.Contains(query.Sort, StringComparer.Ordinal))
        {
            errors["sort"] = ["sort is one of " + string.Join(", ", SortOrders) + "."];
        }

        return query;
    }

    /// <summary>The whole list in this query's order, before paging.</summary>
    public IEnumerable<Product> Order(IEnumerable<Product> products) => Sort switch
    {
        "name" => products.OrderBy(product => product.Name, StringComparer.Ordinal),
        "price" => products.OrderBy(product => product.Price).ThenBy(product => product.Id),
        "-price" => products.OrderByDescending(product => product.Price).ThenBy(product => product.Id),
        "rating" => products.OrderByDescending(product => product.Rating).ThenBy(product => product.Id),
        _ => products.OrderBy(product => product.Id),
    };
}

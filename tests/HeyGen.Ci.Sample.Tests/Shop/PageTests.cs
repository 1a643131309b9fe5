using System.Text.RegularExpressions;
using HeyGen.Ci.Tests;

namespace HeyGen.Ci.Sample.Tests.Shop;

public sealed partial class PageTests
{
    private static string PagesFolder => Path.Combine(RepositoryPaths.Samples, "HeyGen.Ci.Sample", "wwwroot");

    public static TheoryData<string> Pages =>
        [.. Directory.EnumerateFiles(PagesFolder).Select(path => Path.GetFileName(path)).Order()];

    [Theory]
    [MemberData(nameof(Pages))]
    public void Page_NamesNoOtherHost(string page)
    {
        var text = File.ReadAllText(Path.Combine(PagesFolder, page));

        Assert.Empty(ExternalReference().Matches(text).Select(match => match.Value));
    }

    [Theory]
    [InlineData("index.html", "catalog")]
    [InlineData("search.html", "search")]
    [InlineData("product.html", "product")]
    [InlineData("signin.html", "sign-in")]
    [InlineData("cart.html", "cart")]
    [InlineData("order.html", "order")]
    public void Page_IsRenderedByTheSharedScript(string page, string name)
    {
        var html = File.ReadAllText(Path.Combine(PagesFolder, page));
        var script = File.ReadAllText(Path.Combine(PagesFolder, "app.js"));

        Assert.Contains($"<body data-page=\"{name}\">", html, StringComparison.Ordinal);
        Assert.Contains("<script src=\"/app.js\" defer></script>", html, StringComparison.Ordinal);
        Assert.Matches($"\\n  '?{Regex.Escape(name)}'?: \\w+Page,", script);
    }

    [GeneratedRegex(@"(https?:)?//[a-z0-9.-]+\.[a-z]{2,}", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();
}

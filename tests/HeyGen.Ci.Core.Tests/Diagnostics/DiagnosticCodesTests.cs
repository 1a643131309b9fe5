using System.Text.RegularExpressions;
using HeyGen.Ci.Core.Diagnostics;
using HeyGen.Ci.Tests;

namespace HeyGen.Ci.Core.Tests;

public sealed partial class DiagnosticCodesTests
{
    public static TheoryData<string> Codes => [.. DiagnosticCodes.All.Select(d => d.Code)];

    [Fact]
    public void All_HasNoDuplicateCodes()
    {
        var duplicates = DiagnosticCodes.All.GroupBy(d => d.Code).Where(g => g.Count() > 1).Select(g => g.Key);

        Assert.Empty(duplicates);
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Code_IsHgciAndFourDigits(string code)
    {
        Assert.Matches(CodeShape(), code);
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Code_HasADocumentationPageWithItsTitle(string code)
    {
        var descriptor = DiagnosticCodes.All.Single(d => d.Code == code);
        var page = Path.Combine(RepositoryPaths.Root, descriptor.HelpPath);

        Assert.True(File.Exists(page), $"{descriptor.HelpPath} is missing");
        Assert.StartsWith($"# {code}: {descriptor.Title}", File.ReadAllText(page), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Code_IsListedInTheDiagnosticsIndex(string code)
    {
        var index = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "diagnostics", "README.md"));

        Assert.Contains($"[{code}]({code}.md)", index, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_UsesTheCompilerShape()
    {
        var diagnostic = DiagnosticCodes.InvalidConfiguration.Create("bad key", "heygen.json", line: 7, column: 3);

        Assert.Equal("heygen.json(7,3): error HGCI2003: bad key", diagnostic.ToString());
    }

    [Fact]
    public void ToString_NamesTheHarEntryWhenThereIsNoLine()
    {
        var diagnostic = DiagnosticCodes.InvalidRunFile.Create("bad", "a.har", entry: 4);

        Assert.Equal("a.har(entry 4): error HGCI2004: bad", diagnostic.ToString());
    }

    [GeneratedRegex("^HGCI[0-7][0-9]{3}$")]
    private static partial Regex CodeShape();
}

using HeyGen.Ci.Core.Diagnostics;
using HeyGen.Ci.Tests;

namespace HeyGen.Ci.MSBuild.Tests;

public sealed class DiagnosticPagesTests
{
    [Fact]
    public void EveryMSBuildCode_HasAPageWithItsTitle()
    {
        var codes = DiagnosticCodes.All.Where(d => d.Code.StartsWith("HGCI1", StringComparison.Ordinal)).ToArray();
        Assert.NotEmpty(codes);

        foreach (var descriptor in codes)
        {
            var page = Path.Combine(RepositoryPaths.Root, descriptor.HelpPath);
            Assert.True(File.Exists(page), $"{descriptor.Code} has no page at {descriptor.HelpPath}");
            var heading = $"# {descriptor.Code}: {descriptor.Title}";
            Assert.StartsWith(heading, File.ReadAllText(page), StringComparison.Ordinal);
        }
    }
}

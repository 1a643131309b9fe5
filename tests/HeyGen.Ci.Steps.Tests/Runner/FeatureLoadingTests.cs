using HeyGen.Ci.Core.Diagnostics;
using HeyGen.Ci.Core.Results;
using HeyGen.Ci.Steps.Runner;
using HeyGen.Ci.Steps.Tests.Support;

namespace HeyGen.Ci.Steps.Tests.Runner;

[Collection(DirectRunnerCollection.Name)]
public sealed class FeatureLoadingTests
{
    [Fact]
    public async Task RunAsync_BrokenFeatureFile_IsReportedAsHGCI7501AndTheRestStillRuns()
    {
        using var echo = new EchoServer();
        using var sandbox = new RunSandbox()
            .Feature("broken.feature", "Feature: Broken\n  Scenario: A\n    When x\n  Examples oops\n")
            .Feature("good.feature", "Feature: Good\n  Scenario: B\n    When I send a GET request to \"/\"\n");

        var result = await sandbox.RunAsync(echo.Address);

        var diagnostic = Assert.Single(sandbox.Diagnostics.Items);
        Assert.Equal("HGCI7501", diagnostic.Code);
        Assert.EndsWith("broken.feature", diagnostic.File);
        Assert.Equal(4, diagnostic.Line);
        Assert.Equal(Outcome.Passed, Assert.Single(result.Scenarios).Outcome);
    }

    [Fact]
    public async Task RunAsync_FolderWithoutFeatures_IsHGCI7502()
    {
        using var sandbox = new RunSandbox();

        var error = await Assert.ThrowsAsync<HeyGenException>(
            () => DirectRunner.RunAsync(sandbox.Request(new Uri("http://127.0.0.1:9")), CancellationToken.None));

        Assert.Equal("HGCI7502", error.Diagnostic.Code);
    }

    [Fact]
    public void RunCodes_EachHaveAHelpPage()
    {
        foreach (var code in DiagnosticCodes.All.Where(d => d.Code.StartsWith("HGCI75", StringComparison.Ordinal)))
        {
            Assert.True(File.Exists(Path.Combine(HeyGen.Ci.Tests.RepositoryPaths.Root, code.HelpPath)), code.HelpPath);
        }
    }
}

using HeyGen.Ci.Tests;

namespace HeyGen.Ci.Cli.Tests.Commands;

public sealed class GenerateCommandTests : IDisposable
{
    private readonly string _out = Path.Combine(Path.GetTempPath(), "heygen-cli-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_out))
        {
            Directory.Delete(_out, recursive: true);
        }
    }

    [Fact]
    public async Task Generate_GoodRecordings_WritesFeaturesAndAnalysis_ExitsZero()
    {
        var code = await HeyGenApp.RunAsync(
            ["generate", "--sessions", RepositoryPaths.Case("B12-token-correlation.har"),
             "--sessions", RepositoryPaths.Case("B10-repeated-call-changing-state.har"), "--out", _out],
            CancellationToken.None);

        Assert.Equal(0, code);
        Assert.True(File.Exists(Path.Combine(_out, "login.feature")));
        Assert.True(File.Exists(Path.Combine(_out, "tasks.feature")));
        Assert.True(File.Exists(Path.Combine(_out, "analysis.json")));
    }

    [Fact]
    public async Task Generate_RejectedInput_ExitsOne_AndStillWritesTheRest()
    {
        var analysis = Path.Combine(_out, "run", "analysis.json");
        var code = await HeyGenApp.RunAsync(
            ["generate", "--sessions", RepositoryPaths.CorpusCases, "--sessions", Path.Combine(_out, "missing.har"),
             "--out", Path.Combine(_out, "features"), "--analysis", analysis],
            CancellationToken.None);

        Assert.Equal(1, code);
        Assert.True(File.Exists(Path.Combine(_out, "features", "login.feature")));
        Assert.True(File.Exists(analysis));
    }

    [Fact]
    public async Task Generate_UnknownOption_IsAUsageError()
    {
        var code = await HeyGenApp.RunAsync(
            ["generate", "--sessions", "x.har", "--frobnicate"], CancellationToken.None);

        Assert.Equal(2, code);
    }

    [Fact]
    public async Task Generate_Cancelled_Exits130()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var code = await HeyGenApp.RunAsync(
            ["generate", "--sessions", RepositoryPaths.CorpusCases, "--out", _out], cancelled.Token);

        Assert.Equal(130, code);
    }
}

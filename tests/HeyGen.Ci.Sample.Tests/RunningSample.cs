namespace HeyGen.Ci.Sample.Tests;

/// <summary>One unseeded sample shared by the tests of a class that only read from it.</summary>
public sealed class RunningSample : IAsyncLifetime
{
    private SampleApp? _app;

    internal SampleApp App => _app ?? throw new InvalidOperationException("The sample has not started.");

    public async Task InitializeAsync() => _app = await SampleApp.StartAsync();

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}

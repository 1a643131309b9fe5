using HeyGen.Ci.Docker.Tests.Support;

namespace HeyGen.Ci.Docker.Tests;

[Collection(DockerCollection.Name)]
public sealed class ConnectTests(DockerFixture docker)
{
    [Fact]
    public void ConnectAsync_Default_PinsTheLowerOfTheEnginesAndOurApiVersion()
    {
        Assert.True(docker.Engine.ApiVersion <= new Version(1, 41), $"pinned {docker.Engine.ApiVersion}");
        Assert.False(string.IsNullOrEmpty(docker.Engine.EngineVersion));
    }

    [Fact]
    public async Task ConnectAsync_LowerCeiling_RequestsGoOutAtThatVersion()
    {
        await using var engine = await DockerEngine.ConnectAsync(
            new DockerEngineOptions { MaximumApiVersion = new Version(1, 40) }, default);

        Assert.Equal(new Version(1, 40), engine.ApiVersion);
        var report = await engine.SweepAsync(RunIds.New("pinned"), default);
        Assert.Empty(report.Removed);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("", null)]
    [InlineData("unix:///run/user/1000/docker.sock", "unix:///run/user/1000/docker.sock")]
    [InlineData(" tcp://127.0.0.1:2375 ", "tcp://127.0.0.1:2375/")]
    public void EndpointFromEnvironment_DockerHost_UsedAsTheCliDoes(string? dockerHost, string? expected)
    {
        var endpoint = DockerEngineOptions.EndpointFromEnvironment(
            name => name == "DOCKER_HOST" ? dockerHost : "unix:///wrong");

        Assert.Equal(expected, endpoint?.ToString());
    }
}

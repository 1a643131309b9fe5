using HeyGen.Ci.Core;
using HeyGen.Ci.Core.Diagnostics;
using HeyGen.Ci.Docker.Tests.Support;

namespace HeyGen.Ci.Docker.Tests;

[Collection(DockerCollection.Name)]
public sealed class FailureTests(DockerFixture docker)
{
    [Fact]
    public async Task StartAsync_ExitsAtStart_Hgci4006WithExitCodeAndLastLines()
    {
        var runId = RunIds.New("exits");

        var error = await StartFailingAsync(docker.Httpd(("EXIT_AT_START", "3")), runId);

        Assert.Equal("HGCI4006", error.Diagnostic.Code);
        Assert.Equal(ExitCodes.Findings, error.ExitCode);
        Assert.Contains("exited with code 3", error.Message);
        Assert.Contains("fatal: told to exit with 3", error.Message);
        await Leftovers.AssertNoneAsync(docker.Client, runId);
    }

    [Fact]
    public async Task StartAsync_NeverReady_Hgci4007AfterTheDeadlineWithLastLines()
    {
        var runId = RunIds.New("neverready");
        var spec = docker.Httpd(("NEVER_READY", "1")) with { ReadyTimeout = TimeSpan.FromSeconds(2) };

        var error = await StartFailingAsync(spec, runId);

        Assert.Equal("HGCI4007", error.Diagnostic.Code);
        Assert.Contains("not ready within 2 s", error.Message);
        Assert.Contains("still warming up", error.Message);
        Assert.Contains("GET /health failed", error.Message);
        await Leftovers.AssertNoneAsync(docker.Client, runId);
    }

    [Fact]
    public async Task EnsureRunningAsync_KilledMidRun_Hgci4008WithExitCodeAndLogs()
    {
        var runId = RunIds.New("killed");

        var spec = docker.Httpd();
        await using (var target = await docker.Engine.StartAsync(spec, runId, TargetLabels.Candidate, default))
        {
            await target.EnsureRunningAsync(default);

            await DockerCli.RunAsync("kill", target.ContainerId);

            var error = await Assert.ThrowsAsync<HeyGenException>(() => target.EnsureRunningAsync(default).AsTask());
            Assert.Equal("HGCI4008", error.Diagnostic.Code);
            Assert.Contains("exited with code 137", error.Message);
            Assert.Contains("listening on 8080", error.Message);
            Assert.Equal(137, target.Describe().ExitCode);
        }

        await Leftovers.AssertNoneAsync(docker.Client, runId);
        var filter = $"label={ResourceLabels.RunId}={runId}";
        Assert.Equal(string.Empty, await DockerCli.RunAsync("ps", "-aq", "--filter", filter));
        Assert.Equal(string.Empty, await DockerCli.RunAsync("images", "-aq", "--filter", filter));
        Assert.Equal(string.Empty, await DockerCli.RunAsync("network", "ls", "-q", "--filter", filter));
    }

    [Fact]
    public async Task StartAsync_CancelledWhileWaitingForReadiness_EverythingRemoved()
    {
        var runId = RunIds.New("cancelwait");
        using var cancellation = new CancellationTokenSource(TimeSpan.FromSeconds(1.5));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => docker.Engine.StartAsync(
            docker.Httpd(("NEVER_READY", "1")), runId, TargetLabels.Candidate, cancellation.Token));

        await Leftovers.AssertNoneAsync(docker.Client, runId);
    }

    [Fact]
    public async Task StartAsync_CancelledDuringBuild_BuildAbortedAndIntermediateImagesRemoved()
    {
        var runId = RunIds.New("cancelbuild");
        var spec = new ContainerSpec
        {
            Dockerfile = Path.Combine(DockerFixture.Images, "slow", "Dockerfile"),
            BuildArgs = DockerFixture.BuildArgs,
        };
        using var cancellation = new CancellationTokenSource(TimeSpan.FromSeconds(3));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => docker.Engine.StartAsync(spec, runId, TargetLabels.Candidate, cancellation.Token));

        await Leftovers.AssertNoneAsync(docker.Client, runId);
    }

    [Fact]
    public async Task StartAsync_CancelledWhileRunning_DisposeStillRemovesEverything()
    {
        var runId = RunIds.New("cancelrun");
        using var cancellation = new CancellationTokenSource();
        var target = await docker.Engine.StartAsync(docker.Httpd(), runId, TargetLabels.Candidate, cancellation.Token);

        await cancellation.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => target.EnsureRunningAsync(cancellation.Token).AsTask());
        await target.DisposeAsync();

        Assert.Empty(target.CleanupProblems);
        await Leftovers.AssertNoneAsync(docker.Client, runId);
    }

    [Fact]
    public async Task StartAsync_BuildFails_Hgci4003WithBuildOutputAndNoIntermediateImagesLeft()
    {
        var runId = RunIds.New("buildfails");
        var dockerfile = Path.Combine(DockerFixture.Images, "broken", "Dockerfile");
        var spec = new ContainerSpec { Dockerfile = dockerfile, BuildArgs = DockerFixture.BuildArgs };

        var error = await StartFailingAsync(spec, runId);

        Assert.Equal("HGCI4003", error.Diagnostic.Code);
        Assert.Equal(dockerfile, error.Diagnostic.File);
        Assert.Contains("compile error: missing semicolon", error.Message);
        Assert.Contains("non-zero code: 3", error.Message);
        await Leftovers.AssertNoneAsync(docker.Client, runId);
    }

    [Fact]
    public async Task StartAsync_ImageMissing_Hgci4002ExitCode4SayingHowToGetIt()
    {
        var runId = RunIds.New("noimage");
        var spec = docker.Httpd() with { Image = "heygen-ci-test/absent:never" };

        var error = await StartFailingAsync(spec, runId);

        Assert.Equal("HGCI4002", error.Diagnostic.Code);
        Assert.Equal(ExitCodes.EnvironmentMissing, error.ExitCode);
        Assert.Contains("docker pull heygen-ci-test/absent:never", error.Message);
        Assert.Contains("--allow-pull", error.Message);
        await Leftovers.AssertNoneAsync(docker.Client, runId);
    }

    [Fact]
    public async Task StartAsync_BaseImageOfDockerfileMissing_Hgci4002NamingTheDockerfileAndNothingBuilt()
    {
        var runId = RunIds.New("nobase");
        var dockerfile = Path.Combine(DockerFixture.Images, "httpd", "Dockerfile");
        var spec = new ContainerSpec
        {
            Dockerfile = dockerfile,
            BuildArgs = new Dictionary<string, string> { ["BASE_IMAGE"] = "heygen-local/absent:1" },
        };

        var error = await StartFailingAsync(spec, runId);

        Assert.Equal("HGCI4002", error.Diagnostic.Code);
        Assert.Equal(ExitCodes.EnvironmentMissing, error.ExitCode);
        Assert.Equal(dockerfile, error.Diagnostic.File);
        Assert.Contains("'heygen-local/absent:1'", error.Message);
        await Leftovers.AssertNoneAsync(docker.Client, runId);
    }

    [Fact]
    public async Task StartAsync_PullAllowedButRegistryRefuses_Hgci4009()
    {
        // The registry is a closed port on loopback, so the pull fails without traffic leaving the machine.
        var runId = RunIds.New("pullfails");
        var spec = docker.Httpd() with { Image = "127.0.0.1:9/heygen-ci-test/absent:1", AllowPull = true };

        var error = await StartFailingAsync(spec, runId);

        Assert.Equal("HGCI4009", error.Diagnostic.Code);
        Assert.Contains("127.0.0.1:9", error.Message);
        await Leftovers.AssertNoneAsync(docker.Client, runId);
    }

    [Fact]
    public async Task StartAsync_DockerfileMissing_Hgci4004Usage()
    {
        var spec = new ContainerSpec { Dockerfile = Path.Combine(DockerFixture.Images, "none", "Dockerfile") };

        var error = await StartFailingAsync(spec, RunIds.New("nofile"));

        Assert.Equal("HGCI4004", error.Diagnostic.Code);
        Assert.Equal(ExitCodes.Usage, error.ExitCode);
    }

    [Fact]
    public async Task StartAsync_NeitherImageNorDockerfile_Hgci4013Usage()
    {
        var error = await StartFailingAsync(new ContainerSpec(), RunIds.New("nospec"));

        Assert.Equal("HGCI4013", error.Diagnostic.Code);
        Assert.Equal(ExitCodes.Usage, error.ExitCode);
        Assert.Contains("neither an image nor a Dockerfile", error.Message);
    }

    [Fact]
    public async Task StartAsync_EngineRefusesTheLimits_Hgci4005WithTheEnginesReason()
    {
        var runId = RunIds.New("refused");
        var spec = docker.Httpd() with { MemoryBytes = 1024 * 1024 };

        var error = await StartFailingAsync(spec, runId);

        Assert.Equal("HGCI4005", error.Diagnostic.Code);
        Assert.Contains("Minimum memory limit", error.Message);
        await Leftovers.AssertNoneAsync(docker.Client, runId);
    }

    [Fact]
    public async Task StartAsync_CommandNotFound_ExitsBeforeReadyWithCode127()
    {
        // With an init process the container starts, and the init reports the failed exec as exit code 127.
        var runId = RunIds.New("nocmd");
        var spec = docker.Httpd() with { Command = ["/no/such/program"] };

        var error = await StartFailingAsync(spec, runId);

        Assert.Equal("HGCI4006", error.Diagnostic.Code);
        Assert.Contains("exited with code 127", error.Message);
        await Leftovers.AssertNoneAsync(docker.Client, runId);
    }

    [Fact]
    public async Task StartAsync_HealthcheckAskedButImageHasNone_Hgci4011()
    {
        var runId = RunIds.New("nohealth");

        var error = await StartFailingAsync(docker.Httpd() with { Readiness = ReadinessCheck.Healthcheck() }, runId);

        Assert.Equal("HGCI4011", error.Diagnostic.Code);
        await Leftovers.AssertNoneAsync(docker.Client, runId);
    }

    [Fact]
    public async Task StartAsync_HealthcheckFails_Hgci4012WithItsOutput()
    {
        var runId = RunIds.New("unhealthy");
        var spec = docker.Httpd() with
        {
            Readiness = ReadinessCheck.Healthcheck("echo database not reachable; exit 1", TimeSpan.Zero),
        };

        var error = await StartFailingAsync(spec, runId);

        Assert.Equal("HGCI4012", error.Diagnostic.Code);
        Assert.Contains("database not reachable", error.Message);
        await Leftovers.AssertNoneAsync(docker.Client, runId);
    }

    [Fact]
    public async Task ConnectAsync_NoEngineAtEndpoint_Hgci4001ExitCode4NamingTheEndpoint()
    {
        var socket = Path.Combine(Path.GetTempPath(), $"heygen-no-engine-{Guid.NewGuid():N}.sock");
        var options = new DockerEngineOptions { Endpoint = new Uri("unix://" + socket) };

        var error = await Assert.ThrowsAsync<HeyGenException>(() => DockerEngine.ConnectAsync(options, default));

        Assert.Equal("HGCI4001", error.Diagnostic.Code);
        Assert.Equal(ExitCodes.EnvironmentMissing, error.ExitCode);
        Assert.Contains(socket, error.Message);
        Assert.Contains("DOCKER_HOST", error.Message);
    }

    private async Task<HeyGenException> StartFailingAsync(ContainerSpec spec, string runId)
        => await Assert.ThrowsAsync<HeyGenException>(
            () => docker.Engine.StartAsync(spec, runId, TargetLabels.Candidate, CancellationToken.None));
}

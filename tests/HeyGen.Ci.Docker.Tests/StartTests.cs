using Docker.DotNet.Models;
using HeyGen.Ci.Docker.Tests.Support;
using Xunit.Abstractions;

namespace HeyGen.Ci.Docker.Tests;

[Collection(DockerCollection.Name)]
public sealed class StartTests(DockerFixture docker, ITestOutputHelper output)
{
    [Fact]
    public async Task StartAsync_Image_ReadyByHttpProbeOnLoopbackWithLogsInFiles()
    {
        var runId = RunIds.New("image");
        var logs = Directory.CreateTempSubdirectory("heygen-docker-logs-").FullName;

        await using (var target = await docker.Engine.StartAsync(
            docker.Httpd() with { LogFolder = logs }, runId, TargetLabels.Candidate, CancellationToken.None))
        {
            Assert.Equal("127.0.0.1", target.BaseAddress.Host);
            Assert.NotEqual(8080, target.HostPort);

            using var http = new HttpClient { BaseAddress = target.BaseAddress };
            Assert.Contains("heygen test target", await http.GetStringAsync("/"));
            await target.EnsureRunningAsync(CancellationToken.None);

            var info = target.Describe();
            Assert.Equal("docker", info.Kind);
            Assert.Equal(docker.HttpdImage, info.Image);
            Assert.Null(info.BuildMs);
            Assert.True(info.ReadyMs > 0);
            Assert.Null(info.ExitCode);
            Assert.Contains("listening on 8080", info.Logs.LastLines);
            Assert.Contains("[stderr] error: a line that looks like an error", info.Logs.LastLines);
            Assert.True(info.Logs.ErrorLines >= 1);
            Assert.True(info.Logs.StderrLines >= 1);
            output.WriteLine($"image timings: {target.Timings}");
        }

        Assert.Contains("listening on 8080", await File.ReadAllTextAsync(Path.Combine(logs, "candidate.stdout.log")));
        var stderr = await File.ReadAllTextAsync(Path.Combine(logs, "candidate.stderr.log"));
        Assert.Equal("error: a line that looks like an error\n", stderr);
        await Leftovers.AssertNoneAsync(docker.Client, runId);
    }

    [Fact]
    public async Task StartAsync_Dockerfile_BuiltLabelledWithoutIgnoredFilesAndReadyByImageHealthcheck()
    {
        var runId = RunIds.New("dockerfile");
        var spec = new ContainerSpec
        {
            Dockerfile = Path.Combine(DockerFixture.Images, "httpd", "Healthy.Dockerfile"),
            BuildArgs = DockerFixture.BuildArgs,
            Readiness = ReadinessCheck.Healthcheck(),
            ReadyTimeout = TimeSpan.FromSeconds(20),
            StopTimeout = TimeSpan.FromSeconds(2),
        };

        await using (var target = await docker.Engine.StartAsync(spec, runId, TargetLabels.Candidate, default))
        {
            var image = await docker.Client.Images.InspectImageAsync(target.Image);
            Assert.Equal(runId, image.Config!.Labels![ResourceLabels.RunId]);
            Assert.Equal("true", image.Config.Labels[ResourceLabels.Product]);

            var inspect = await docker.Client.Containers.InspectContainerAsync(target.ContainerId);
            Assert.Equal("healthy", inspect.State!.Health!.Status);

            using var http = new HttpClient { BaseAddress = target.BaseAddress };
            Assert.Equal("ok\n", await http.GetStringAsync("/context/www/health"));
            var ignored = await http.GetAsync("/context/ignored/secret.txt");
            Assert.Equal(System.Net.HttpStatusCode.NotFound, ignored.StatusCode);
            Assert.Equal(System.Net.HttpStatusCode.NotFound, (await http.GetAsync("/context/scratch.tmp")).StatusCode);
            Assert.True(target.Describe().BuildMs > 0);
            output.WriteLine($"dockerfile timings: {target.Timings}");
        }

        await Leftovers.AssertNoneAsync(docker.Client, runId);
    }

    [Fact]
    public async Task StartAsync_LogLineReadiness_WaitsForTheLine()
    {
        var runId = RunIds.New("logline");
        var spec = docker.Httpd(("START_DELAY", "1")) with
        {
            Readiness = ReadinessCheck.LogLine(@"^listening on \d+$"),
        };

        await using (var target = await docker.Engine.StartAsync(spec, runId, TargetLabels.Candidate, default))
        {
            Assert.Contains("listening on 8080", target.Describe().Logs.LastLines);
            Assert.True(target.Timings.ReadyMs >= 900, $"ready after {target.Timings.ReadyMs} ms, before the line");
        }

        await Leftovers.AssertNoneAsync(docker.Client, runId);
    }

    [Fact]
    public async Task StartAsync_HealthcheckCommandGiven_ReplacesTheImagesAndIsReady()
    {
        var runId = RunIds.New("healthcmd");
        var spec = docker.Httpd() with
        {
            Readiness = ReadinessCheck.Healthcheck("wget -q -O /dev/null http://127.0.0.1:8080/health"),
        };

        await using (var target = await docker.Engine.StartAsync(spec, runId, TargetLabels.Candidate, default))
        {
            var inspect = await docker.Client.Containers.InspectContainerAsync(target.ContainerId);
            Assert.Equal("healthy", inspect.State!.Health!.Status);
        }

        await Leftovers.AssertNoneAsync(docker.Client, runId);
    }

    [Fact]
    public async Task StartAsync_Limits_AppliedWithInitAndLoopbackOnlyAndResourcesSampled()
    {
        var runId = RunIds.New("limits");
        var spec = docker.Httpd() with
        {
            MemoryBytes = 64L * 1024 * 1024,
            Cpus = 0.5,
            StatsInterval = TimeSpan.FromMilliseconds(200),
        };

        await using (var target = await docker.Engine.StartAsync(spec, runId, TargetLabels.Candidate, default))
        {
            var inspect = await docker.Client.Containers.InspectContainerAsync(target.ContainerId);
            Assert.Equal(64L * 1024 * 1024, inspect.HostConfig!.Memory);
            Assert.Equal(500_000_000, inspect.HostConfig.NanoCPUs);
            Assert.True(inspect.HostConfig.Init);
            var binding = Assert.Single(inspect.HostConfig.PortBindings!["8080/tcp"]);
            Assert.Equal("127.0.0.1", binding.HostIP);
            Assert.Equal(TargetLabels.Candidate, inspect.Config!.Labels![ResourceLabels.Target]);

            var usage = await WaitForSamplesAsync(target, 3);
            Assert.InRange(usage.MemoryMiBMax, 0.01, 64);
            Assert.True(usage.CpuPercentMax >= 0);
            output.WriteLine($"resources: {usage}");
        }

        await Leftovers.AssertNoneAsync(docker.Client, runId);
    }

    [Fact]
    public async Task TargetLauncher_CandidateAndBaselineWithNoiseRun_SideBySideWithOwnLabelsAndPorts()
    {
        var runId = RunIds.New("sidebyside");
        var plan = new LaunchPlan { Candidate = docker.Httpd(), Baseline = docker.Httpd(), NoiseRun = true };

        await using (var targets = await new TargetLauncher(docker.Engine).StartAsync(plan, runId, default))
        {
            Assert.Equal(["candidate", "baseline", "baseline-2"], targets.All.Select(t => t.Label));
            Assert.Equal(3, targets.All.Select(t => t.HostPort).Distinct().Count());
            Assert.Same(targets.Baseline, targets.ByLabel("baseline"));
            Assert.NotNull(targets.SecondBaseline);

            using var http = new HttpClient();
            foreach (var target in targets.All)
            {
                Assert.Equal("ok\n", await http.GetStringAsync(new Uri(target.BaseAddress, "/health")));
                var inspect = await docker.Client.Containers.InspectContainerAsync(target.ContainerId);
                Assert.Equal(target.Label, inspect.Config!.Labels![ResourceLabels.Target]);
            }
        }

        await Leftovers.AssertNoneAsync(docker.Client, runId);
    }

    [Fact]
    public async Task TargetLauncher_BaselineFails_CandidateStopsWaitingIsRemovedAndBaselineErrorReported()
    {
        // The candidate would wait a minute for readiness; the baseline's failure ends that wait.
        var runId = RunIds.New("sidefail");
        var plan = new LaunchPlan
        {
            Candidate = docker.Httpd(("NEVER_READY", "1")) with { ReadyTimeout = TimeSpan.FromSeconds(60) },
            Baseline = docker.Httpd(("EXIT_AT_START", "5")),
        };

        var error = await Assert.ThrowsAsync<Core.Diagnostics.HeyGenException>(
            () => new TargetLauncher(docker.Engine).StartAsync(plan, runId, default));

        Assert.Equal("HGCI4006", error.Diagnostic.Code);
        Assert.Contains("baseline", error.Message);
        await Leftovers.AssertNoneAsync(docker.Client, runId);
    }

    private static async Task<Core.Results.ResourceUsage> WaitForSamplesAsync(DockerSystemUnderTest target, int count)
    {
        for (var i = 0; i < 100; i++)
        {
            if (target.Describe().Resources is { } usage && usage.Samples >= count)
            {
                return usage;
            }

            await Task.Delay(100);
        }

        throw new Xunit.Sdk.XunitException($"fewer than {count} resource samples after 10 s");
    }
}

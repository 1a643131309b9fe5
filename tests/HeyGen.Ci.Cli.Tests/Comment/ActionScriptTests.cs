using HeyGen.Ci.GitHub.Tests.Fakes;
using HeyGen.Ci.Tests;

namespace HeyGen.Ci.Cli.Tests.Comment;

/// <summary>The action's scripts, run by bash as the runner runs them, with a fake runner environment.</summary>
public sealed class ActionScriptTests : IAsyncLifetime
{
    private const string Hostile = "x\"; touch \"$RUNNER_TEMP/pwned\"; echo \"$(touch \"$RUNNER_TEMP/pwned2\")`id`";

    private FakeGitHubApi _api = null!;
    private RunFolderFixture _run = null!;

    private string Bin => _run.File("bin");

    public async Task InitializeAsync()
    {
        _api = await FakeGitHubApi.StartAsync();
        _run = await RunFolderFixture.CreateAsync();
        Directory.CreateDirectory(Bin);
        File.WriteAllText(_run.File("output"), string.Empty);
    }

    public async Task DisposeAsync()
    {
        await _api.DisposeAsync();
        _run.Dispose();
    }

    [Fact]
    public async Task ReportScript_InAFakeRunner_PostsTheCommentAndWritesOutputsAndSummary()
    {
        WriteHeyGenWrapper();
        File.WriteAllText(_run.File("event.json"),
            EventPayloads.PullRequest(21, "feedbeef00", "octo/shop", "octo/shop", title: Hostile));

        var (code, stdout, stderr) = await Script("report.sh", Runner(new()
        {
            ["RUN_FOLDER"] = _run.Run.Root, ["COMMENT"] = "true", ["REPORT_NAME"] = "heygen-ci",
            ["AUTHOR"] = "github-actions[bot]", ["HEYGEN_GITHUB_TOKEN"] = _api.WriteToken,
        }));

        Assert.True(code == 0, stdout + stderr);
        Assert.Single(_api.Comments(21));
        var outputs = File.ReadAllText(_run.File("output"));
        Assert.Contains("verdict<<ghadelimiter_", outputs);
        Assert.Contains("\nfail\n", outputs);
        Assert.Contains("## ❌ HeyGen CI: fail", File.ReadAllText(_run.File("summary.md")));
        AssertNothingRan();
    }

    [Fact]
    public async Task ReportScript_HostileReportName_CannotRunAnythingAndDoesNotFailTheStep()
    {
        WriteHeyGenWrapper();
        File.WriteAllText(
            _run.File("event.json"), EventPayloads.PullRequest(21, "feedbeef00", "octo/shop", "octo/shop"));

        var (code, stdout, _) = await Script("report.sh", Runner(new()
        {
            ["RUN_FOLDER"] = _run.Run.Root, ["REPORT_NAME"] = Hostile, ["HEYGEN_GITHUB_TOKEN"] = _api.WriteToken,
        }));

        Assert.Equal(0, code);
        Assert.Contains("heygen comment exited 2", stdout);
        Assert.Empty(_api.Comments(21));
        AssertNothingRan();
    }

    [Fact]
    public async Task CiScript_PassesInputsAsLiteralArgumentsAndRecordsTheExitCode()
    {
        var argsFile = _run.File("args");
        WriteStub($"printf '%s\\n' \"$@\" > '{argsFile}'\nexit 1");

        var (code, stdout, stderr) = await Script("ci.sh", Runner(new()
        {
            ["SESSIONS"] = Hostile, ["IMAGE"] = "shop:pr", ["BASELINE_IMAGE"] = "shop:main",
            ["FAIL_THRESHOLD"] = "0.9", ["WARN_THRESHOLD"] = "0.4", ["FAIL_ON"] = "warn",
            ["REPORT_NAME"] = "api", ["RUN_FOLDER"] = _run.Run.Root,
        }));

        Assert.True(code == 0, stdout + stderr);
        Assert.Equal(
            ["ci", "--run", _run.Run.Root, "--sessions", Hostile, "--no-comment", "--image", "shop:pr",
                "--baseline-image", "shop:main", "--fail-threshold", "0.9", "--warn-threshold", "0.4",
                "--fail-on", "warn", "--report-name", "api"],
            File.ReadAllText(argsFile).TrimEnd('\n').Split('\n'));
        var outputs = File.ReadAllText(_run.File("output"));
        Assert.Contains($"run-folder={_run.Run.Root}\n", outputs);
        Assert.Contains("exit-code=1\n", outputs);
        AssertNothingRan();
    }

    [Theory]
    [InlineData("IMAGE", "DOCKERFILE", "either image or dockerfile")]
    [InlineData("FAIL_THRESHOLD", "IMAGE", "fail-threshold must be a number")]
    public async Task CiScript_BadInputs_AreHGCI3010AndExitCode2(string first, string second, string message)
    {
        WriteStub("exit 0");

        var (code, stdout, _) = await Script("ci.sh", Runner(new()
        {
            [first] = first == "FAIL_THRESHOLD" ? "high" : "shop:pr", [second] = "Dockerfile",
            ["RUN_FOLDER"] = _run.Run.Root,
        }));

        Assert.Equal(0, code);
        Assert.Contains("::error title=HGCI3010%3A Invalid action input::", stdout);
        Assert.Contains(message, stdout);
        Assert.Contains("exit-code=2\n", File.ReadAllText(_run.File("output")));
    }

    [Fact]
    public async Task ReportScript_NoVerdict_IsHGCI3012AndDoesNotFailTheStep()
    {
        File.Delete(_run.Run.VerdictFile);

        var (code, stdout, _) = await Script("report.sh", Runner(new() { ["RUN_FOLDER"] = _run.Run.Root }));

        Assert.Equal(0, code);
        Assert.Contains("::warning title=HGCI3012%3A No pipeline result::", stdout);
    }

    [Theory]
    [InlineData("0", 0)]
    [InlineData("1", 1)]
    [InlineData("3", 3)]
    [InlineData("", 1)]
    public async Task GateScript_FailsTheJobWithTheRecordedCode(string recorded, int expected)
    {
        var (code, stdout, _) = await Script(
            "gate.sh", Runner(new() { ["EXIT_CODE"] = recorded, ["VERDICT"] = "fail" }));

        Assert.Equal(expected, code);
        Assert.Equal(expected != 0, stdout.Contains("::error ", StringComparison.Ordinal));
        Assert.Equal(recorded.Length == 0, stdout.Contains("title=HGCI3012", StringComparison.Ordinal));
    }

    [Fact]
    public async Task InstallScript_WithoutDotnet_IsHGCI3011()
    {
        var (code, stdout, _) = await Script("install.sh", Runner(new() { ["TOOL_VERSION"] = "0.1.0" }), path: Bin);

        Assert.Equal(4, code);
        Assert.Contains("::error title=HGCI3011", stdout);
    }

    [Fact]
    public async Task InstallScript_BadVersion_IsHGCI3010()
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "/usr/bin/dotnet";
        var dotnet = Path.GetDirectoryName(host)!;

        var (code, stdout, _) = await Script(
            "install.sh", Runner(new() { ["TOOL_VERSION"] = "1.0; rm -rf /" }), path: dotnet + ":/usr/bin:/bin");

        Assert.Equal(2, code);
        Assert.Contains("::error title=HGCI3010", stdout);
    }

    private void AssertNothingRan()
    {
        Assert.False(File.Exists(_run.File("pwned")));
        Assert.False(File.Exists(_run.File("pwned2")));
    }

    private void WriteHeyGenWrapper()
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
        WriteStub($"exec '{dotnet}' '{HeyGenProcess.ToolPath}' \"$@\"");
    }

    private void WriteStub(string body)
    {
        var path = Path.Combine(Bin, "heygen");
        File.WriteAllText(path, "#!/usr/bin/env bash\n" + body + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private Dictionary<string, string> Runner(Dictionary<string, string> inputs)
    {
        var environment = new Dictionary<string, string>(inputs)
        {
            ["GITHUB_ACTIONS"] = "true",
            ["GITHUB_EVENT_NAME"] = "pull_request",
            ["GITHUB_EVENT_PATH"] = _run.File("event.json"),
            ["GITHUB_OUTPUT"] = _run.File("output"),
            ["GITHUB_STEP_SUMMARY"] = _run.File("summary.md"),
            ["GITHUB_PATH"] = _run.File("path"),
            ["GITHUB_REPOSITORY"] = "octo/shop",
            ["GITHUB_API_URL"] = _api.ApiUrl.ToString(),
            ["GITHUB_WORKSPACE"] = _run.Root,
            ["RUNNER_TEMP"] = _run.Root,
        };

        return environment;
    }

    private Task<(int Code, string Stdout, string Stderr)> Script(
        string name, Dictionary<string, string> environment, string? path = null)
    {
        environment["PATH"] = path ?? Bin + ":" + Environment.GetEnvironmentVariable("PATH");

        // The runner's own shell line for composite run steps.
        return HeyGenProcess.StartAsync(
            "/bin/bash",
            ["--noprofile", "--norc", "-e", "-o", "pipefail", Path.Combine(RepositoryPaths.Root, "action", name)],
            environment);
    }
}

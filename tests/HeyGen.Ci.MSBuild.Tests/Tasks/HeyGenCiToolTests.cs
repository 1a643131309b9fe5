using HeyGen.Ci.MSBuild.Tasks;
using HeyGen.Ci.MSBuild.Tests.Harness;

namespace HeyGen.Ci.MSBuild.Tests.Tasks;

/// <summary>
/// The gate task around the out-of-process <c>heygen</c> command. The command here is a small script standing in
/// for the tool, so each verdict and exit code the real tool documents can be produced on purpose.
/// </summary>
public sealed class HeyGenCiToolTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "heygen-gate-" + Guid.NewGuid().ToString("N"));

    private string RunFolder => Path.Combine(_folder, "runs", "r1");

    [Fact]
    public void Gate_FailVerdict_IsErrorHGCI1004OnTheVerdictFile()
    {
        var (task, engine) = Gate(Tool("fail", exitCode: 1));

        Assert.False(task.Execute());

        var error = Assert.Single(engine.Errors, e => e.Code == "HGCI1004");
        Assert.Equal(Path.Combine(RunFolder, "verdict.json"), error.File);
        Assert.Contains("p95 latency of GET /api/products rose", error.Message, StringComparison.Ordinal);
        Assert.Equal("fail", task.Decision);
    }

    [Fact]
    public void Gate_FailVerdictNotFailingTheBuild_IsWarningHGCI1004()
    {
        var (task, engine) = Gate(Tool("fail", exitCode: 1));
        task.FailOnVerdict = false;

        Assert.True(task.Execute());

        Assert.Contains(engine.Warnings, w => w.Code == "HGCI1004");
        Assert.Empty(engine.Errors);
    }

    [Fact]
    public void Gate_WarnVerdict_IsWarningHGCI1005AndPasses()
    {
        var (task, engine) = Gate(Tool("warn", exitCode: 0));

        Assert.True(task.Execute());

        Assert.Contains(engine.Warnings, w => w.Code == "HGCI1005");
    }

    [Fact]
    public void Gate_Inconclusive_IsWarningHGCI1006()
    {
        var (task, engine) = Gate(Tool("inconclusive", exitCode: 3));

        Assert.True(task.Execute());

        Assert.Contains(engine.Warnings, w => w.Code == "HGCI1006");
    }

    [Fact]
    public void Gate_PassVerdict_LogsNoWarningOrError()
    {
        var (task, engine) = Gate(Tool("pass", exitCode: 0));

        Assert.True(task.Execute());

        Assert.Empty(engine.Errors);
        Assert.Empty(engine.Warnings);
        Assert.Equal("pass", task.Decision);
    }

    [Fact]
    public void Score_ToolFailsWithoutVerdict_IsErrorHGCI1009()
    {
        var (task, engine) = Gate(Tool(decision: null, exitCode: 2));
        task.Command = "score";

        Assert.False(task.Execute());

        Assert.Contains(engine.Errors, e => e.Code == "HGCI1009");
    }

    [Fact]
    public void Gate_ToolPathMissing_IsErrorHGCI1003()
    {
        var (task, engine) = Gate(Path.Combine(_folder, "no-such-heygen"));

        Assert.False(task.Execute());

        Assert.Equal("HGCI1003", Assert.Single(engine.Errors).Code);
    }

    [Fact]
    public void Gate_NoLocalToolManifest_IsErrorHGCI1003()
    {
        var (task, engine) = Gate(string.Empty);

        Assert.False(task.Execute());

        var error = Assert.Single(engine.Errors);
        Assert.Equal("HGCI1003", error.Code);
        Assert.Contains("dotnet new tool-manifest", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Gate_NoResultFile_IsErrorHGCI1007()
    {
        var (task, engine) = Gate(Tool("pass", exitCode: 0));
        File.Delete(Path.Combine(RunFolder, "results", "candidate.json"));

        Assert.False(task.Execute());

        var error = Assert.Single(engine.Errors);
        Assert.Equal("HGCI1007", error.Code);
        Assert.Equal(Path.Combine(RunFolder, "results", "candidate.json"), error.File);
    }

    private (HeyGenCiTool Task, RecordingBuildEngine Engine) Gate(string toolPath)
    {
        Directory.CreateDirectory(Path.Combine(RunFolder, "results"));
        File.WriteAllText(Path.Combine(RunFolder, "results", "candidate.json"), "{\"schema\":\"heygen.result/v1\"}");
        var engine = new RecordingBuildEngine();
        var task = new HeyGenCiTool
        {
            BuildEngine = engine,
            Command = "gate",
            RunFolder = RunFolder,
            HeyGenToolPath = toolPath,
            WorkingDirectory = _folder,
        };

        return (task, engine);
    }

    // Stands in for `heygen gate --run <dir>`: writes the verdict the real tool would and exits as it would.
    private string Tool(string? decision, int exitCode)
    {
        Directory.CreateDirectory(_folder);
        var path = Path.Combine(_folder, "heygen");
        var verdict = decision is null
            ? string.Empty
            : $$"""
              cat > "$3/verdict.json" <<'JSON'
              {"schema":"heygen.verdict/v1","decision":"{{decision}}","headline":"1 endpoint moved.",
               "reasons":[{"message":"p95 latency of GET /api/products rose from 12 ms to 480 ms."}]}
              JSON
              """;
        File.WriteAllText(path, $"#!/bin/sh\n{verdict}\nexit {exitCode}\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return path;
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}

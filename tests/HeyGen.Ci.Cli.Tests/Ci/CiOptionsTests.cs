using HeyGen.Ci.Cli.Ci;
using HeyGen.Ci.Cli.Commands;
using HeyGen.Ci.Core;
using HeyGen.Ci.Core.Diagnostics;

namespace HeyGen.Ci.Cli.Tests.Ci;

public sealed class CiOptionsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("heygen-ci-options-").FullName;

    [Fact]
    public void From_ConfigurationFile_ResolvesPathsFromItsFolder()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "recordings"));
        Write("""
            {
              // comments and trailing commas are allowed
              "sessions": ["recordings"],
              "candidate": { "dockerfile": "app/Dockerfile", "buildArgs": { "BASE_IMAGE": "local/aspnet" } },
              "baseline": { "image": "shop:main" },
            }
            """);

        var options = CiOptions.From(new CiSettings(), _folder);

        Assert.Equal([Path.Combine(_folder, "recordings")], options.Configuration.Sessions);
        Assert.Equal(Path.Combine(_folder, "app", "Dockerfile"), options.Configuration.Candidate.Dockerfile);
        Assert.Equal(Path.Combine(_folder, "app"), options.Configuration.Candidate.Context);
        Assert.Equal("shop:main", options.Configuration.Baseline!.Image);
    }

    [Fact]
    public void From_CommandLine_OverridesTheFile()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "recordings"));
        Write("""
            {
              "sessions": ["recordings"],
              "candidate": { "image": "shop:pr", "buildArgs": { "A": "1" } },
              "baseline": { "image": "shop:main" },
              "gate": { "failOn": "warn" }
            }
            """);
        var settings = new CiSettings
        {
            Image = "shop:pr-2",
            CandidateBuildArgs = ["SEED=regression"],
            CandidateEnvironment = ["FEATURE_FLAG=on"],
            FailOn = "never",
            NoBaseline = true,
            Parallel = 2,
        };

        var options = CiOptions.From(settings, _folder).Configuration;

        Assert.Equal("shop:pr-2", options.Candidate.Image);
        Assert.Equal("regression", options.Candidate.BuildArgs["SEED"]);
        Assert.Equal("1", options.Candidate.BuildArgs["A"]);
        Assert.Equal("on", options.Candidate.Environment["FEATURE_FLAG"]);
        Assert.Null(options.Baseline);
        Assert.Equal("never", options.Gate.FailOn);
        Assert.Equal(2, options.Run.Parallel);
    }

    [Fact]
    public void From_UnknownKey_IsHGCI2003WithTheLineAndExitCode2()
    {
        Write("{\n  \"sessions\": [],\n  \"paralel\": 4\n}");

        var error = Assert.Throws<HeyGenException>(() => CiOptions.From(new CiSettings(), _folder));

        Assert.Equal(DiagnosticCodes.InvalidConfiguration, error.Diagnostic.Descriptor);
        Assert.Equal(ExitCodes.Usage, error.ExitCode);
        Assert.Equal(Path.Combine(_folder, "heygen.json"), error.Diagnostic.File);
        Assert.Contains("paralel", error.Diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(3, error.Diagnostic.Line);
    }

    [Fact]
    public void From_ValueOfTheWrongType_NamesTheKeyNotTheDotNetType()
    {
        Write("{\n  \"sessions\": \"recordings\"\n}");

        var error = Assert.Throws<HeyGenException>(() => CiOptions.From(new CiSettings(), _folder));

        Assert.Contains("the value of 'sessions' has the wrong type", error.Diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", error.Diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--fail-on")]
    [InlineData("--parallel")]
    [InlineData("--candidate-build-arg")]
    public void From_BadValue_IsAUsageError(string option)
    {
        Directory.CreateDirectory(Path.Combine(_folder, "recordings"));
        var settings = option switch
        {
            "--fail-on" => new CiSettings { Sessions = ["recordings"], FailOn = "sometimes" },
            "--parallel" => new CiSettings { Sessions = ["recordings"], Parallel = 0 },
            _ => new CiSettings { Sessions = ["recordings"], CandidateBuildArgs = ["NOEQUALS"] },
        };

        var error = Assert.Throws<HeyGenException>(() => CiOptions.From(settings, _folder));

        Assert.Equal(DiagnosticCodes.InvalidArgument, error.Diagnostic.Descriptor);
        Assert.Equal(ExitCodes.Usage, error.ExitCode);
    }

    [Fact]
    public void From_MissingSessionsPath_IsHGCI2002()
    {
        var settings = new CiSettings { Sessions = [Path.Combine(_folder, "nowhere")] };

        var error = Assert.Throws<HeyGenException>(() => CiOptions.From(settings, _folder));

        Assert.Equal(DiagnosticCodes.PathNotFound, error.Diagnostic.Descriptor);
        Assert.Contains("nowhere", error.Diagnostic.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private void Write(string json) => File.WriteAllText(Path.Combine(_folder, "heygen.json"), json);
}

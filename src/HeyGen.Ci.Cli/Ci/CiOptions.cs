using HeyGen.Ci.Cli.Commands;
using HeyGen.Ci.Cli.Configuration;
using HeyGen.Ci.Core;
using HeyGen.Ci.Core.Diagnostics;

namespace HeyGen.Ci.Cli.Ci;

/// <summary>
/// The configuration <c>heygen ci</c> runs with: <c>heygen.json</c> with the command line laid over it.
/// </summary>
/// <param name="Configuration">The effective configuration, paths already resolved.</param>
/// <param name="NoDocker">Run the system under test as a local process.</param>
/// <param name="RunFolder">A run folder to use instead of a new one.</param>
/// <param name="BaseDirectory">The folder relative paths were resolved from.</param>
internal sealed record CiOptions(CiConfiguration Configuration, bool NoDocker, string? RunFolder, string BaseDirectory)
{
    /// <summary>Loads the configuration and applies <paramref name="settings"/> over it.</summary>
    public static CiOptions From(CiSettings settings, string workingDirectory)
    {
        var (file, baseDirectory) = ConfigurationLoader.Load(settings.Config, workingDirectory);
        var resolved = Resolve(file, baseDirectory);
        var configuration = resolved with
        {
            Sessions = settings.Sessions.Length > 0 ? [.. settings.Sessions.Select(Full)] : resolved.Sessions,
            Candidate = Override(resolved.Candidate, settings.Image, settings.Dockerfile, settings.Context,
                settings.CandidateBuildArgs, settings.Target, workingDirectory) with
            {
                Environment = Merge(resolved.Candidate.Environment, settings.CandidateEnvironment, "--candidate-env"),
            },
            Baseline = settings.NoBaseline
                ? null
                : OverrideBaseline(resolved.Baseline, settings, workingDirectory),
            NoiseRun = settings.NoiseRun ?? resolved.NoiseRun,
            Run = resolved.Run with
            {
                Parallel = settings.Parallel ?? resolved.Run.Parallel,
                Retries = settings.Retries ?? resolved.Run.Retries,
                Features = settings.Features is { } features ? Full(features) : resolved.Run.Features,
            },
            Gate = resolved.Gate with
            {
                FailThreshold = settings.FailThreshold ?? resolved.Gate.FailThreshold,
                WarnThreshold = settings.WarnThreshold ?? resolved.Gate.WarnThreshold,
                FailOn = settings.FailOn ?? resolved.Gate.FailOn,
                Model = settings.Model is { } model ? Full(model) : resolved.Gate.Model,
            },
            Report = resolved.Report with
            {
                Name = settings.ReportName ?? resolved.Report.Name,
                Comment = !settings.NoComment && resolved.Report.Comment,
            },
        };
        Validate(configuration);

        var runFolder = settings.Run is { } run ? Full(run) : null;

        return new CiOptions(configuration, settings.NoDocker, runFolder, baseDirectory);

        string Full(string path) => Path.GetFullPath(path, workingDirectory);
    }

    private static TargetConfiguration? OverrideBaseline(
        TargetConfiguration? baseline, CiSettings settings, string workingDirectory)
    {
        var named = settings.BaselineImage ?? settings.BaselineDockerfile ?? settings.BaselineTarget;
        if (baseline is null && named is null)
        {
            return null;
        }

        var overridden = Override(baseline ?? new TargetConfiguration(), settings.BaselineImage,
            settings.BaselineDockerfile, null, settings.BaselineBuildArgs, settings.BaselineTarget, workingDirectory);

        return overridden with
        {
            Environment = Merge(overridden.Environment, settings.BaselineEnvironment, "--baseline-env"),
        };
    }

    private static TargetConfiguration Override(
        TargetConfiguration target, string? image, string? dockerfile, string? context, string[] buildArgs,
        string? url, string cwd)
    {
        var overridden = target;
        if (image is not null)
        {
            overridden = overridden with { Image = image, Dockerfile = null, Publish = null };
        }

        if (dockerfile is not null)
        {
            var full = Path.GetFullPath(dockerfile, cwd);
            overridden = overridden with
            {
                Image = null,
                Dockerfile = full,
                Context = context is null ? Path.GetDirectoryName(full) : Path.GetFullPath(context, cwd),
            };
        }

        if (url is not null)
        {
            overridden = overridden with { Url = url };
        }

        return overridden with { BuildArgs = Merge(overridden.BuildArgs, buildArgs, "--*-build-arg") };
    }

    private static IReadOnlyDictionary<string, string> Merge(
        IReadOnlyDictionary<string, string> configured, string[] pairs, string option)
    {
        if (pairs.Length == 0)
        {
            return configured;
        }

        var merged = new Dictionary<string, string>(configured, StringComparer.Ordinal);
        foreach (var pair in pairs)
        {
            var (name, value) = SplitPair(pair, option);
            merged[name] = value;
        }

        return merged;
    }

    private static CiConfiguration Resolve(CiConfiguration configuration, string baseDirectory) => configuration with
    {
        Sessions = [.. configuration.Sessions.Select(s => Path.GetFullPath(s, baseDirectory))],
        RunsFolder = configuration.RunsFolder is { } runs ? Path.GetFullPath(runs, baseDirectory) : null,
        Candidate = Resolve(configuration.Candidate, baseDirectory),
        Baseline = configuration.Baseline is { } baseline ? Resolve(baseline, baseDirectory) : null,
        Run = configuration.Run with
        {
            Features = configuration.Run.Features is { } f ? Path.GetFullPath(f, baseDirectory) : null,
        },
        Gate = configuration.Gate with
        {
            Model = configuration.Gate.Model is { } m ? Path.GetFullPath(m, baseDirectory) : null,
        },
    };

    private static TargetConfiguration Resolve(TargetConfiguration target, string baseDirectory)
    {
        var dockerfile = target.Dockerfile is { } d ? Path.GetFullPath(d, baseDirectory) : null;

        return target with
        {
            Dockerfile = dockerfile,
            Context = target.Context is { } c ? Path.GetFullPath(c, baseDirectory) : Path.GetDirectoryName(dockerfile),
            Publish = target.Publish is { } p ? Path.GetFullPath(p, baseDirectory) : null,
            LocalCommand = target.LocalCommand?.Select(a => ResolveArgument(a, baseDirectory)).ToArray(),
        };
    }

    // Arguments that name an existing file or folder under the configuration's folder are made absolute, so the
    // local command runs the same from any working directory.
    private static string ResolveArgument(string argument, string baseDirectory)
    {
        if (argument.StartsWith('-') || Path.IsPathRooted(argument) || argument.Contains('{', StringComparison.Ordinal))
        {
            return argument;
        }

        var full = Path.GetFullPath(argument, baseDirectory);

        return File.Exists(full) || Directory.Exists(full) || argument.Contains('/', StringComparison.Ordinal)
            ? full
            : argument;
    }

    private static void Validate(CiConfiguration configuration)
    {
        if (configuration.Sessions.Count == 0 && configuration.Run.Features is null)
        {
            throw Usage("no sessions to learn from: give --sessions <path> or \"sessions\" in heygen.json");
        }

        foreach (var path in configuration.Sessions.Where(p => !File.Exists(p) && !Directory.Exists(p)))
        {
            throw new HeyGenException(
                DiagnosticCodes.PathNotFound.Create($"The sessions path '{path}' does not exist."),
                exitCode: ExitCodes.Usage);
        }

        if (configuration.Run.Parallel < 1 || configuration.Run.Retries < 0)
        {
            throw Usage("--parallel must be at least 1 and --retries at least 0");
        }

        if (configuration.Gate.FailOn is not ("fail" or "warn" or "inconclusive" or "never"))
        {
            throw Usage($"--fail-on is '{configuration.Gate.FailOn}'; use fail, warn, inconclusive or never");
        }

        if (configuration.Gate.InconclusiveExit is not (0 or 1 or 3))
        {
            throw Usage("gate.inconclusiveExit must be 0, 1 or 3");
        }
    }

    /// <summary>Splits <c>NAME=VALUE</c>.</summary>
    public static (string Name, string Value) SplitPair(string pair, string option)
    {
        var equals = pair.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
        {
            throw Usage($"{option} takes NAME=VALUE, got '{pair}'");
        }

        return (pair[..equals], pair[(equals + 1)..]);
    }

    private static HeyGenException Usage(string message)
        => new(DiagnosticCodes.InvalidArgument.Create(message), exitCode: ExitCodes.Usage);
}

using System.Text.Json;

namespace HeyGen.Ci.Xunit;

/// <summary>
/// Where generated tests run and write: the target address, the run folder and the result label. The build
/// writes them to <c>heygen-ci.runtime.json</c> beside the test assembly (from <c>HeyGenCiTarget</c>,
/// <c>HeyGenCiRunFolder</c>, <c>HeyGenCiLabel</c>); the environment variables <c>HEYGEN_CI_TARGET</c>,
/// <c>HEYGEN_CI_RUN_FOLDER</c> and <c>HEYGEN_CI_LABEL</c> override them at run time.
/// </summary>
/// <param name="Target">The base address of the system under test; empty when none was given.</param>
/// <param name="RunFolder">The run folder; empty when no result file is to be written.</param>
/// <param name="Label">The result label, <c>candidate</c> by default.</param>
public sealed record HeyGenRuntimeSettings(string Target, string RunFolder, string Label)
{
    /// <summary>The settings file's name, beside the test assembly.</summary>
    public const string FileName = "heygen-ci.runtime.json";

    private static readonly Lazy<HeyGenRuntimeSettings> Loaded = new(() => Load(AppContext.BaseDirectory));

    /// <summary>The settings of this test process.</summary>
    public static HeyGenRuntimeSettings Current => Loaded.Value;

    /// <summary>Reads the settings file in <paramref name="folder"/> and applies the environment overrides.</summary>
    public static HeyGenRuntimeSettings Load(string folder)
    {
        var target = string.Empty;
        var runFolder = string.Empty;
        var label = "candidate";
        var path = Path.Combine(folder, FileName);
        if (File.Exists(path))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(path));
            target = Read(json, "target") ?? target;
            runFolder = Read(json, "runFolder") ?? runFolder;
            label = Read(json, "label") is { Length: > 0 } l ? l : label;
        }

        return new HeyGenRuntimeSettings(
            Environment.GetEnvironmentVariable("HEYGEN_CI_TARGET") is { Length: > 0 } t ? t : target,
            Environment.GetEnvironmentVariable("HEYGEN_CI_RUN_FOLDER") is { Length: > 0 } r ? r : runFolder,
            Environment.GetEnvironmentVariable("HEYGEN_CI_LABEL") is { Length: > 0 } b ? b : label);
    }

    private static string? Read(JsonDocument json, string name)
        => json.RootElement.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}

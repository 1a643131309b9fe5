using System.Text.Json;
using System.Text.RegularExpressions;
using System.Text.Json.Serialization;
using HeyGen.Ci.Core;
using HeyGen.Ci.Core.Diagnostics;

namespace HeyGen.Ci.Cli.Configuration;

/// <summary>Reads <c>heygen.json</c>: comments and trailing commas allowed, unknown keys refused by name.</summary>
internal static partial class ConfigurationLoader
{
    /// <summary>The file name looked for in the working directory.</summary>
    public const string FileName = "heygen.json";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>
    /// Loads <paramref name="path"/> when given (it must exist), else <c>heygen.json</c> in
    /// <paramref name="workingDirectory"/> when present, else the defaults. Paths in the file are relative to it.
    /// </summary>
    public static (CiConfiguration Configuration, string BaseDirectory) Load(string? path, string workingDirectory)
    {
        var file = path ?? Path.Combine(workingDirectory, FileName);
        if (!File.Exists(file))
        {
            if (path is not null)
            {
                throw Invalid(path, "the file does not exist");
            }

            return (new CiConfiguration(), workingDirectory);
        }

        try
        {
            var configuration = JsonSerializer.Deserialize<CiConfiguration>(File.ReadAllBytes(file), Options)
                ?? throw Invalid(file, "it holds JSON null");

            return (configuration, Path.GetDirectoryName(Path.GetFullPath(file))!);
        }
        catch (JsonException ex)
        {
            var line = ex.LineNumber is { } n ? (int)n + 1 : (int?)null;
            throw Invalid(file, Explain(ex), line);
        }
    }

    // The serializer's own words name .NET types; a user wants the key and what it should hold.
    private static string Explain(JsonException ex)
    {
        var key = ex.Path is { Length: > 2 } path ? path[2..] : null;
        if (ex.Message.Contains("could not be mapped", StringComparison.Ordinal))
        {
            var unknown = UnknownKey().Match(ex.Message) is { Success: true } m ? m.Groups[1].Value : key;
            return $"'{unknown}' is not a key the configuration knows";
        }

        if (ex.Message.Contains("could not be converted", StringComparison.Ordinal) && key is not null)
        {
            return $"the value of '{key}' has the wrong type";
        }

        return key is null ? "it is not valid JSON" : $"it is not valid JSON near '{key}'";
    }

    [GeneratedRegex("property '([^']+)'")]
    private static partial Regex UnknownKey();

    private static HeyGenException Invalid(string file, string why, int? line = null) => new(
        DiagnosticCodes.InvalidConfiguration.Create(
            $"Cannot read the configuration: {why}. The keys are listed in the README under Configuration.",
            file,
            line),
        exitCode: ExitCodes.Usage);
}
